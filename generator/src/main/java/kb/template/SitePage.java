package kb.template;

/**
 * One file of a brand's site made from a template: an HTML page, or the favicon. Immutable.
 *
 * @param path where it is written in the site, for example {@code faq/opend.html}
 * @param html the whole document (SVG for the favicon)
 * @param markdownParts where {@code html} holds what kb rendered from Markdown; the templates wrote
 *     the rest
 */
public record SitePage(String path, String html, MarkdownParts markdownParts) {

  /** A file all of whose text its templates wrote. */
  public SitePage(String path, String html) {
    this(path, html, MarkdownParts.NONE);
  }
}
