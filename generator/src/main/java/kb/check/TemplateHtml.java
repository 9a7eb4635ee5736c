package kb.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kb.url.UrlPolicy;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/**
 * The ids and URLs of HTML that templates wrote, read with jsoup as a browser reads them: a
 * template author may quote attributes with {@code '}, leave them unquoted, write them in upper
 * case or with entities, which kb's own HTML never does. Every URL of every element is held to
 * {@link UrlPolicy}; those that lead somewhere the reader goes or a page loads are also returned to
 * be resolved. Thread-safe.
 */
final class TemplateHtml {

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

  private TemplateHtml() {}

  /**
   * A URL a template wrote that {@link UrlPolicy} refuses.
   *
   * @param url the URL, entities decoded
   * @param tag the element's name, for example {@code a}
   * @param attribute the attribute's name, for example {@code href}
   * @param reason why it is refused
   * @param element the element's place among the document's elements, in document order
   */
  record Refused(String url, String tag, String attribute, String reason, int element) {

    /** The attribute's value as the template wrote it, entities and all; empty if not found. */
    String written(String html) {
      Parser parser = Parser.htmlParser().setTrackPosition(true);
      List<Element> elements = parser.parseInput(html, "").getAllElements();
      if (element >= elements.size()) {
        return "";
      }
      Attribute value = elements.get(element).attribute(attribute);
      if (value == null || !value.sourceRange().isTracked()) {
        return "";
      }
      Range range = value.sourceRange().valueRange();
      return html.substring(range.startPos(), range.endPos());
    }
  }

  /**
   * Reads a document a template wrote.
   *
   * @param ids receives the id of every element
   * @param urls receives every URL that must resolve, in document order
   * @param refused receives every URL the policy refuses, which is not also in {@code urls}
   */
  static void read(String html, Set<String> ids, List<String> urls, List<Refused> refused) {
    Document document = Parser.htmlParser().parseInput(html, "");
    int index = 0;
    for (Element element : document.getAllElements()) {
      if (element.attributesSize() > 0) {
        read(element, index, ids, urls, refused);
      }
      index++;
    }
  }

  private static void read(
      Element element, int index, Set<String> ids, List<String> urls, List<Refused> refused) {
    String tag = element.normalName();
    for (Attribute attribute : element.attributes()) {
      String name = attribute.getKey().toLowerCase(Locale.ROOT);
      if (name.equals("id")) {
        ids.add(attribute.getValue());
        continue;
      }
      boolean linking = LINKING.contains(name) || name.equals("data") && tag.equals("object");
      if (!linking && !OTHER_URLS.contains(name)) {
        continue;
      }
      boolean image =
          IMAGE_SOURCES.contains(tag) && (name.equals("src") || name.equals("srcset"))
              || name.equals("poster")
              || name.endsWith("href") && tag.equals("image");
      UrlPolicy.Use use = image ? UrlPolicy.Use.IMAGE : UrlPolicy.Use.LINK;
      for (String url : urls(name, attribute.getValue())) {
        Optional<UrlPolicy.Refusal> refusal = UrlPolicy.refusal(url, use);
        if (refusal.isPresent()) {
          refused.add(new Refused(url, tag, name, refusal.get().reason(), index));
        } else if (linking && !UrlPolicy.isData(url)) {
          urls.add(url);
        }
      }
    }
    if (tag.equals("meta") && element.attr("http-equiv").equalsIgnoreCase("refresh")) {
      String url = refreshUrl(element.attr("content"));
      Optional<UrlPolicy.Refusal> refusal = UrlPolicy.refusal(url, UrlPolicy.Use.LINK);
      if (refusal.isPresent()) {
        refused.add(new Refused(url, tag, "content", refusal.get().reason(), index));
      } else if (!url.isEmpty()) {
        urls.add(url);
      }
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
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
  }
}
