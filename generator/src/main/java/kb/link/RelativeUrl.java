package kb.link;

/** Relative URLs between files of one site, so the site works under any base path and from disk. */
public final class RelativeUrl {

  private RelativeUrl() {}

  /**
   * The URL that leads from one site file to another.
   *
   * @param from a site path such as {@code faq/opend.html}
   * @param to a site path such as {@code images/a.png}
   * @return for example {@code ../images/a.png}; {@code ./a:b.html} for a file whose name holds a
   *     {@code :}, which browsers would read as a URL scheme
   */
  public static String between(String from, String to) {
    String[] fromParts = from.split("/");
    String[] toParts = to.split("/");
    int common = 0;
    while (common < fromParts.length - 1
        && common < toParts.length - 1
        && fromParts[common].equals(toParts[common])) {
      common++;
    }
    StringBuilder url = new StringBuilder();
    for (int i = common; i < fromParts.length - 1; i++) {
      url.append("../");
    }
    for (int i = common; i < toParts.length; i++) {
      url.append(encode(toParts[i]));
      if (i < toParts.length - 1) {
        url.append('/');
      }
    }
    int colon = url.indexOf(":");
    return colon >= 0 && url.lastIndexOf("/", colon) < 0 ? "./" + url : url.toString();
  }

  /** The prefix that leads from a site file to the site's root: "" or "../" repeated. */
  public static String toRoot(String from) {
    return "../".repeat((int) from.chars().filter(c -> c == '/').count());
  }

  private static String encode(String segment) {
    StringBuilder out = new StringBuilder(segment.length());
    for (char c : segment.toCharArray()) {
      if (c == ' ' || c == '#' || c == '?' || c == '%') {
        out.append('%').append(String.format("%02X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
