package kb.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kb.url.UrlPolicy;
import org.jsoup.nodes.Element;

/**
 * The attributes of HTML that hold URLs, and how a browser reads the URLs in them: which lead
 * somewhere (and must resolve), which are images (and may be data: images), which hold lists, and a
 * refresh's URL. Every URL is held to {@link UrlPolicy}. Pure functions; thread-safe.
 */
final class UrlAttributes {

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

  private UrlAttributes() {}

  /**
   * Reads one attribute a template wrote.
   *
   * @param written its value as the page holds it, entities and all
   */
  static void read(
      String tag,
      String name,
      String value,
      String written,
      Set<String> ids,
      List<String> urls,
      List<TemplateHtml.Refused> refused) {
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
      List<TemplateHtml.Refused> refused) {
    Optional<UrlPolicy.Refusal> refusal = UrlPolicy.refusal(url, use);
    if (refusal.isPresent()) {
      refused.add(new TemplateHtml.Refused(url, tag, name, refusal.get().reason(), written));
    } else if (linking && !url.isEmpty() && !UrlPolicy.isData(url)) {
      urls.add(url);
    }
  }

  /** Whether an attribute is read: an id, or one that may hold a URL. */
  static boolean matters(Element element, String name) {
    String tag = element.normalName();
    if (tag.equals("meta")) {
      return name.equals("content") && element.attr("http-equiv").equalsIgnoreCase("refresh");
    }
    return name.equals("id")
        || LINKING.contains(name)
        || OTHER_URLS.contains(name)
        || name.equals("data") && tag.equals("object");
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
  static boolean isSpace(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
  }
}
