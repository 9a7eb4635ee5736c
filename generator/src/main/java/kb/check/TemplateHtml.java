package kb.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import kb.template.PageParts;
import kb.template.SitePage;
import kb.url.UrlPolicy;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/**
 * The ids and URLs of what templates wrote on a site's pages, read with jsoup as a browser reads
 * them: a template author may quote attributes with {@code '}, leave them unquoted, write them in
 * upper case or with entities, which kb's own HTML never does. Every URL of every element is held
 * to {@link UrlPolicy}; those that lead somewhere the reader goes or a page loads are also returned
 * to be resolved.
 *
 * <p>Pages of one shape (the same templates, each section taken as often) differ only in the values
 * filled in, so each shape's skeleton ({@link PageParts#skeleton}) is parsed once, and each page's
 * values are put into the attributes that hold them. Escaped values cannot start a tag, end a
 * quoted attribute or a script; a page whose values could still change how it parses (a value in a
 * tag or attribute name, or an empty one or one with a space in an unquoted attribute) is parsed
 * whole. The shapes are kept from one check to the next (see {@link PageScans}). Thread-safe.
 */
final class TemplateHtml {

  /** Stands for each value in a skeleton: a private-use character templates do not write. */
  private static final char VALUE = '\uE000';

  /**
   * How many characters of skeletons are kept: the shapes of both brands' sites of 10,000 pages
   * (two home pages of 11 million characters). Past it, all are dropped and parsed again as needed.
   */
  private static final long MOST_CHARACTERS = 32_000_000;

  /** Attributes whose URL the reader follows or the page loads, so it must resolve. */
  private static final Set<String> LINKING =
      Set.of("href", "src", "srcset", "poster", "action", "formaction", "xlink:href");

  /** Attributes that hold URLs a browser may still use, held to the policy only. */
  private static final Set<String> OTHER_URLS =
      Set.of(
          "background",
          "cite",
          "classid",
          "codebase",
          "dynsrc",
          "icon",
          "longdesc",
          "lowsrc",
          "manifest",
          "ping",
          "profile",
          "usemap",
          "archive");

  /** Elements whose {@code src} and {@code srcset} are images, which may be data: images. */
  private static final Set<String> IMAGE_SOURCES = Set.of("img", "source", "input", "image");

  /** Attributes that hold several URLs, and how they are split: srcset by commas. */
  private static final Map<String, String> LISTS =
      Map.of("srcset", "srcset", "ping", " ", "archive", " ");

  private final Map<String, Shape> shapes = new ConcurrentHashMap<>();
  private final AtomicLong characters = new AtomicLong();
  private final AtomicInteger parses = new AtomicInteger();

  /**
   * A URL a template wrote that {@link UrlPolicy} refuses.
   *
   * @param url the URL, entities decoded
   * @param tag the element's name, for example {@code a}
   * @param attribute the attribute's name, for example {@code href}
   * @param reason why it is refused
   * @param written the attribute's value as the page holds it, entities and all
   */
  record Refused(String url, String tag, String attribute, String reason, String written) {}

  /**
   * Reads what the templates wrote on a page.
   *
   * @param ids receives the id of every element
   * @param urls receives every URL that must resolve, in document order
   * @param refused receives every URL the policy refuses, which is not also in {@code urls}
   */
  void read(SitePage page, Set<String> ids, List<String> urls, List<Refused> refused) {
    PageParts parts = page.parts();
    List<String> values = parts.values(page.html());
    String skeleton = parts.skeleton(page.html(), VALUE);
    Shape shape = shapes.get(skeleton);
    if (shape == null) {
      parses.incrementAndGet();
      shape = Shape.of(skeleton, values.size());
      keep(skeleton, shape);
    }
    if (!shape.fits(values)) {
      parses.incrementAndGet();
      shape = Shape.of(parts.templateText(page.html()), -1);
      values = List.of();
    }
    for (Attr attr : shape.attributes()) {
      String written = attr.written(values);
      String value = attr.ordinals().length == 0 ? attr.value() : decoded(written);
      read(attr.tag(), attr.name(), value, written, ids, urls, refused);
    }
  }

  /** How many documents were parsed: one for each shape of page, and each page parsed whole. */
  int parses() {
    return parses.get();
  }

  private void keep(String skeleton, Shape shape) {
    if (characters.addAndGet(skeleton.length()) > MOST_CHARACTERS) {
      shapes.clear(); // a rough count: racing threads may keep a little more
      characters.set(skeleton.length());
    }
    shapes.putIfAbsent(skeleton, shape);
  }

  /** An attribute's value as jsoup decodes it; most values hold no character reference. */
  private static String decoded(String written) {
    return written.indexOf('&') < 0 ? written : Parser.unescapeEntities(written, true);
  }

  /**
   * Reads an HTML document, all of which a template wrote: as {@link #read(SitePage, Set, List,
   * List)}.
   */
  static void read(String html, Set<String> ids, List<String> urls, List<Refused> refused) {
    new TemplateHtml().read(new SitePage("", html), ids, urls, refused);
  }

  private static void read(
      String tag,
      String name,
      String value,
      String written,
      Set<String> ids,
      List<String> urls,
      List<Refused> refused) {
    if (name.equals("id")) {
      ids.add(value);
      return;
    }
    if (tag.equals("meta")) { // only a refresh's content is kept
      String url = refreshUrl(value);
      check(tag, name, url, written, UrlPolicy.Use.LINK, true, urls, refused);
      return;
    }
    boolean linking = LINKING.contains(name) || name.equals("data");
    boolean image =
        IMAGE_SOURCES.contains(tag) && (name.equals("src") || name.equals("srcset"))
            || name.equals("poster")
            || name.endsWith("href") && tag.equals("image");
    UrlPolicy.Use use = image ? UrlPolicy.Use.IMAGE : UrlPolicy.Use.LINK;
    for (String url : urls(name, value)) {
      check(tag, name, url, written, use, linking, urls, refused);
    }
  }

  private static void check(
      String tag,
      String name,
      String url,
      String written,
      UrlPolicy.Use use,
      boolean linking,
      List<String> urls,
      List<Refused> refused) {
    Optional<UrlPolicy.Refusal> refusal = UrlPolicy.refusal(url, use);
    if (refusal.isPresent()) {
      refused.add(new Refused(url, tag, name, refusal.get().reason(), written));
    } else if (linking && !url.isEmpty() && !UrlPolicy.isData(url)) {
      urls.add(url);
    }
  }

  /** Whether an attribute is read: an id, or one that may hold a URL. */
  private static boolean matters(Element element, String name) {
    String tag = element.normalName();
    if (tag.equals("meta")) {
      return name.equals("content") && element.attr("http-equiv").equalsIgnoreCase("refresh");
    }
    return name.equals("id")
        || LINKING.contains(name)
        || OTHER_URLS.contains(name)
        || name.equals("data") && tag.equals("object");
  }

  /**
   * An attribute that matters in a skeleton: its value is {@code texts[0]}, value {@code
   * ordinals[0]}, {@code texts[1]} and so on, as written.
   *
   * @param value the decoded value, when no value is filled in
   */
  private record Attr(String tag, String name, String[] texts, int[] ordinals, String value) {

    String written(List<String> values) {
      if (ordinals.length == 0) {
        return texts[0];
      }
      StringBuilder out = new StringBuilder(texts[0]);
      for (int i = 0; i < ordinals.length; i++) {
        out.append(values.get(ordinals[i])).append(texts[i + 1]);
      }
      return out.toString();
    }
  }

  /**
   * What the parse of a skeleton found.
   *
   * @param attributes the attributes that matter, in document order
   * @param values how many values the skeleton holds; -1 when it cannot stand for its pages
   * @param unquoted the values that sit in unquoted attributes
   */
  private record Shape(List<Attr> attributes, int values, int[] unquoted) {

    /** Whether a page's values leave its HTML parsed as the skeleton is. */
    boolean fits(List<String> pageValues) {
      if (values != pageValues.size()) {
        return false;
      }
      for (int ordinal : unquoted) {
        String value = pageValues.get(ordinal);
        if (value.isEmpty() || value.chars().anyMatch(TemplateHtml::isSpace)) {
          return false;
        }
      }
      return true;
    }

    /**
     * Parses {@code text}, whose {@link #VALUE}s each stand for a value when {@code expected} is
     * how many there are, or are text when it is -1.
     */
    static Shape of(String text, int expected) {
      int[] holes = expected < 0 ? new int[0] : positions(text);
      if (expected >= 0 && holes.length != expected) {
        return new Shape(List.of(), -1, new int[0]); // a template wrote the placeholder itself
      }
      boolean[] inValue = new boolean[holes.length];
      List<Integer> unquoted = new ArrayList<>();
      List<Attr> attributes = new ArrayList<>();
      Parser parser = Parser.htmlParser().setTrackPosition(true);
      for (Element element : parser.parseInput(text, "").getAllElements()) {
        for (Attribute attribute : element.attributes()) {
          Range range = attribute.sourceRange().valueRange();
          int start = range.isTracked() ? range.startPos() : 0;
          int end = range.isTracked() ? range.endPos() : 0;
          int first = firstAtOrAfter(holes, start);
          int last = firstAtOrAfter(holes, end);
          for (int hole = first; hole < last; hole++) {
            inValue[hole] = true;
            char before = start > 0 ? text.charAt(start - 1) : '=';
            if (before != '"' && before != '\'') {
              unquoted.add(hole);
            }
          }
          String name = attribute.getKey().toLowerCase(Locale.ROOT);
          if (matters(element, name)) {
            attributes.add(
                attr(
                    element.normalName(),
                    name,
                    text,
                    start,
                    end,
                    holes,
                    first,
                    last,
                    attribute.getValue()));
          }
        }
        Range start = element.sourceRange();
        Range end = element.endSourceRange();
        if (start.isTracked() && valueInTag(start.startPos(), start.endPos(), holes, inValue)
            || end.isTracked() && valueInTag(endTag(text, end), end.endPos(), holes, inValue)
            || element.normalName().equals("meta")
                && element.attr("http-equiv").indexOf(VALUE) >= 0) {
          return new Shape(List.of(), -1, new int[0]);
        }
      }
      for (int hole = 0; hole < holes.length; hole++) {
        if (!inValue[hole] && makesMarkup(text, holes[hole])) {
          return new Shape(List.of(), -1, new int[0]);
        }
      }
      int[] unquotedHoles = unquoted.stream().mapToInt(Integer::intValue).toArray();
      return new Shape(List.copyOf(attributes), holes.length, unquotedHoles);
    }

    private static Attr attr(
        String tag,
        String name,
        String text,
        int start,
        int end,
        int[] holes,
        int first,
        int last,
        String value) {
      String[] texts = new String[last - first + 1];
      int[] ordinals = new int[last - first];
      int from = start;
      for (int hole = first; hole < last; hole++) {
        texts[hole - first] = text.substring(from, holes[hole]);
        ordinals[hole - first] = hole;
        from = holes[hole] + 1;
      }
      texts[last - first] = text.substring(from, Math.max(from, end));
      return new Attr(tag, name, texts, ordinals, value);
    }

    /**
     * Whether a value in text could join the template's text around it into markup: a value holds
     * no {@code <} or {@code >}, but after {@code <}, {@code </} or {@code <!-} its letters would
     * start a tag or comment, and before {@code >} its dashes could end a comment.
     */
    private static boolean makesMarkup(String text, int hole) {
      String before = text.substring(Math.max(0, hole - 3), hole);
      String after = text.substring(hole + 1, Math.min(text.length(), hole + 4));
      return before.endsWith("<")
          || before.endsWith("</")
          || before.endsWith("<!")
          || before.endsWith("<!-")
          || after.startsWith(">")
          || after.startsWith("->")
          || after.startsWith("!>")
          || after.startsWith("-!>");
    }

    /** Whether a value stands in a tag outside every attribute value: in a name. */
    private static boolean valueInTag(int start, int end, int[] holes, boolean[] inValue) {
      for (int hole = firstAtOrAfter(holes, start);
          hole < holes.length && holes[hole] < end;
          hole++) {
        if (!inValue[hole]) {
          return true;
        }
      }
      return false;
    }

    /**
     * Where an end tag starts: jsoup's range of the end of a title, script or style element starts
     * with its text. No value holds a {@code <}, so the tag starts at the last one.
     */
    private static int endTag(String text, Range end) {
      int open = end.endPos() > 0 ? text.lastIndexOf('<', end.endPos() - 1) : -1;
      return Math.max(end.startPos(), open);
    }

    private static int[] positions(String text) {
      int[] at = new int[16];
      int count = 0;
      for (int i = text.indexOf(VALUE); i >= 0; i = text.indexOf(VALUE, i + 1)) {
        if (count == at.length) {
          at = Arrays.copyOf(at, 2 * count);
        }
        at[count++] = i;
      }
      return Arrays.copyOf(at, count);
    }

    private static int firstAtOrAfter(int[] sorted, int position) {
      int found = Arrays.binarySearch(sorted, position);
      return found >= 0 ? found : -found - 1;
    }
  }

  /** The URLs of an attribute's value: one, or each of a list. */
  private static List<String> urls(String name, String value) {
    String list = LISTS.get(name);
    if (list == null) {
      return List.of(value);
    }
    return list.equals("srcset") ? srcset(value) : List.of(value.strip().split("\\s+"));
  }

  /**
   * The URLs of a {@code srcset}: candidates separated by commas, each a URL and descriptors after
   * white space. A URL may hold commas itself (a data: URL), but not end in one.
   */
  static List<String> srcset(String value) {
    List<String> urls = new ArrayList<>();
    int at = 0;
    int length = value.length();
    while (at < length) {
      while (at < length && (isSpace(value.charAt(at)) || value.charAt(at) == ',')) {
        at++;
      }
      int start = at;
      while (at < length && !isSpace(value.charAt(at))) {
        at++;
      }
      int end = at;
      while (end > start && value.charAt(end - 1) == ',') {
        end--;
      }
      if (end > start) {
        urls.add(value.substring(start, end));
      }
      if (end == at) { // descriptors follow, up to the next comma
        while (at < length && value.charAt(at) != ',') {
          at++;
        }
      }
    }
    return urls;
  }

  /**
   * The URL of a refresh's {@code content} ("5; url=next.html"), read as the HTML standard's
   * declarative refresh reads it; empty when it names none.
   */
  static String refreshUrl(String content) {
    int at = skipSpace(content, 0);
    int delay = at;
    while (at < content.length()
        && (Character.isDigit(content.charAt(at)) || content.charAt(at) == '.')) {
      at++;
    }
    if (at == delay || at == content.length()) {
      return "";
    }
    char separator = content.charAt(at);
    if (separator != ';' && separator != ',' && !isSpace(separator)) {
      return "";
    }
    at = skipSpace(content, at);
    if (at < content.length() && (content.charAt(at) == ';' || content.charAt(at) == ',')) {
      at = skipSpace(content, at + 1);
    }
    if (content.regionMatches(true, at, "url", 0, 3)) {
      int equals = skipSpace(content, at + 3);
      if (equals < content.length() && content.charAt(equals) == '=') {
        at = skipSpace(content, equals + 1);
      }
    }
    String url = content.substring(at);
    if (!url.isEmpty() && (url.charAt(0) == '"' || url.charAt(0) == '\'')) {
      int close = url.indexOf(url.charAt(0), 1);
      return close < 0 ? url.substring(1) : url.substring(1, close);
    }
    return url.strip();
  }

  private static int skipSpace(String text, int at) {
    while (at < text.length() && isSpace(text.charAt(at))) {
      at++;
    }
    return at;
  }

  /** ASCII white space, as HTML defines it. */
  private static boolean isSpace(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
  }
}
