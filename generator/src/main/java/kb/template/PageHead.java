package kb.template;

/**
 * What a page tells browsers, search engines and link previews about itself. Immutable.
 *
 * @param documentTitle the {@code <title>}: the site title alone on the home page, else {@code
 *     "<page title> - <site title>"}
 * @param title the page's own title, for link previews
 * @param description one or two sentences, at most {@link #MAX_DESCRIPTION} characters
 * @param canonicalUrl the page's absolute URL under the brand's {@code site.url}; empty when the
 *     brand has none, as a relative canonical would name the wrong page once the site moves
 * @param indexed false for pages search engines should not list
 */
record PageHead(
    String documentTitle, String title, String description, String canonicalUrl, boolean indexed) {

  /** Search engines show about this many characters of a description. */
  static final int MAX_DESCRIPTION = 160;

  /** A description cut at a word boundary to fit {@link #MAX_DESCRIPTION}, with an ellipsis. */
  static String shorten(String text) {
    if (text.length() <= MAX_DESCRIPTION) {
      return text;
    }
    int cut = text.lastIndexOf(' ', MAX_DESCRIPTION - 1);
    return text.substring(0, cut < 0 ? MAX_DESCRIPTION - 1 : cut).stripTrailing() + "\u2026";
  }
}
