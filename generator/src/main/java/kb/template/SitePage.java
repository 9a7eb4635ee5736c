package kb.template;

/**
 * One HTML file of a brand's site. Immutable.
 *
 * @param path where it is written in the site, for example {@code faq/opend.html}
 * @param html the whole document
 */
public record SitePage(String path, String html) {}
