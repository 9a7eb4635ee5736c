package kb.brand;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import kb.diagnostic.SourceSpan;

/**
 * One brand, read from {@code content/brands/<id>.yml}. Immutable.
 *
 * @param id the brand id, equal to the file name, for example {@code moomoo}
 * @param name the display name, for example "moomoo"
 * @param siteTitle the title of the brand's help site
 * @param siteUrl where the site is published (for absolute URLs such as a sitemap), may be empty
 * @param docSite the brand's official documentation site
 * @param theme colours and logo
 * @param officialDomains domains the brand's own external links may point at
 * @param forbiddenTerms other brands' tell-tale terms this brand's site must never show
 * @param allowedMentions phrases in which a forbidden term is a deliberate mention
 * @param variables every scalar of the brand file by dotted key, for {@code {{key}}} in pages
 * @param file where the brand file is
 */
public record Brand(
    String id,
    String name,
    String siteTitle,
    String siteUrl,
    DocSite docSite,
    Theme theme,
    List<String> officialDomains,
    List<String> forbiddenTerms,
    List<String> allowedMentions,
    Map<String, String> variables,
    SourceSpan file) {

  public Brand {
    officialDomains = List.copyOf(officialDomains);
    forbiddenTerms = List.copyOf(forbiddenTerms);
    allowedMentions = List.copyOf(allowedMentions);
    variables = sorted(variables);
  }

  /** The language of the site's pages: {@code site.language} (a BCP 47 tag), English by default. */
  public String language() {
    return variables.getOrDefault("site.language", "en");
  }

  private static SortedMap<String, String> sorted(Map<String, String> variables) {
    return Collections.unmodifiableSortedMap(new TreeMap<>(variables));
  }

  /**
   * A brand's official documentation site.
   *
   * @param basePath the path prefix its URLs use, for example {@code /futu-api-doc/}
   * @param url the absolute URL of that prefix, for example {@code
   *     https://openapi.futunn.com/futu-api-doc/}
   */
  public record DocSite(String basePath, String url) {}
}
