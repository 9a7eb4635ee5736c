package kb.template;

/**
 * One file of a brand's site made from a template: an HTML page, or the favicon. Immutable.
 *
 * @param path where it is written in the site, for example {@code faq/opend.html}
 * @param html the whole document (SVG for the favicon)
 */
public record SitePage(String path, String html) {}
