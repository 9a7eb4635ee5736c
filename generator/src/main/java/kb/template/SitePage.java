package kb.template;

import kb.cache.CacheKey;

/**
 * One file of a brand's site made from a template: an HTML page, or the favicon. Immutable.
 *
 * @param path where it is written in the site, for example {@code faq/opend.html}
 * @param html the whole document (SVG for the favicon)
 * @param parts where {@code html} holds what kb rendered from Markdown and the values templates
 *     filled in; the templates wrote the rest
 * @param filledFrom the build cache's key of everything the page was filled from, which the checks
 *     key their own results on; null when the build keeps no cache
 */
public record SitePage(String path, String html, PageParts parts, CacheKey filledFrom) {

  public SitePage(String path, String html, PageParts parts) {
    this(path, html, parts, null);
  }

  /** A file all of whose text its templates wrote, none of it filled in. */
  public SitePage(String path, String html) {
    this(path, html, PageParts.NONE);
  }
}
