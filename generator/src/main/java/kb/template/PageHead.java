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

  private static final String ELLIPSIS = "...";

  /**
   * A description cut at a word boundary to fit {@link #MAX_DESCRIPTION}, with three dots. Not
   * U+2026: one character outside Latin-1 makes Java hold the whole page as UTF-16 while it is
   * filled, checked and encoded, about 5% of a build's time when every page's description is cut.
   */
  static String shorten(String text) {
    if (text.length() <= MAX_DESCRIPTION) {
      return text;
    }
    int room = MAX_DESCRIPTION - ELLIPSIS.length();
    int cut = text.lastIndexOf(' ', room);
    return text.substring(0, cut < 0 ? room : cut).stripTrailing() + ELLIPSIS;
  }
}
