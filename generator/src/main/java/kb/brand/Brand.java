package kb.brand;

import java.util.ArrayList;
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
 * @param forbiddenWords what names the other brands (their names, app names, logo texts and
 *     official domains), which this brand's site must never show as whole words
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
    List<String> forbiddenWords,
    List<String> allowedMentions,
    Map<String, String> variables,
    SourceSpan file) {

  public Brand {
    officialDomains = List.copyOf(officialDomains);
    forbiddenTerms = List.copyOf(forbiddenTerms);
    forbiddenWords = List.copyOf(forbiddenWords);
    allowedMentions = List.copyOf(allowedMentions);
    variables = sorted(variables);
  }

  /**
   * The values that name this brand to a reader: its name, app name, logo text and official
   * domains, which every other brand's site forbids.
   */
  public List<String> namings() {
    List<String> namings = new ArrayList<>(List.of(name, theme.logoText()));
    String appName = variables.get("app_name");
    if (appName != null) {
      namings.add(appName);
    }
    namings.addAll(officialDomains);
    return namings.stream().filter(n -> !n.isBlank()).distinct().toList();
  }

  /** The same brand, forbidding {@code words} as whole words. */
  public Brand withForbiddenWords(List<String> words) {
    return new Brand(
        id,
        name,
        siteTitle,
        siteUrl,
        docSite,
        theme,
        officialDomains,
        forbiddenTerms,
        words,
        allowedMentions,
        variables,
        file);
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
