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
 * @param languageList {@link #languages()}; when empty, the one {@code site.language}
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
    SourceSpan file,
    List<String> languageList) {

  /** The prefix of values that hold for one language only: {@code lang.zh-CN.app_name}. */
  public static final String LANGUAGE_VALUES = "lang.";

  public Brand {
    languageList =
        languageList.isEmpty()
            ? List.of(variables.getOrDefault("site.language", "en"))
            : List.copyOf(languageList);
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
    for (String tag : languages()) {
      Brand shown = inLanguage(tag);
      namings.add(shown.name());
      namings.add(shown.theme().logoText());
      String appName = shown.variables().get("app_name");
      if (appName != null) {
        namings.add(appName);
      }
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
        file,
        languageList);
  }

  /**
   * The language of the site's pages: {@code site.language} (a BCP 47 tag), English by default. In
   * a site of several languages, the one at the site's root.
   */
  public String language() {
    return variables.getOrDefault("site.language", "en");
  }

  /**
   * Every language of the brand's site, the one at its root first: {@code site.language}, then the
   * others of {@code site.languages}.
   */
  public List<String> languages() {
    return languageList;
  }

  /** The language at the site's root: in another language's site, not {@link #language()}. */
  public String rootLanguage() {
    return languageList.get(0);
  }

  /**
   * The brand as its site in {@code tag} shows it: each value given under {@code lang.<tag>.<key>}
   * replaces the value of {@code <key>}, and {@link #language()} is {@code tag}.
   */
  public Brand inLanguage(String tag) {
    String prefix = LANGUAGE_VALUES + tag + ".";
    Map<String, String> values = new TreeMap<>();
    variables.forEach(
        (key, value) -> {
          if (!key.startsWith(LANGUAGE_VALUES)) {
            values.put(key, value);
          }
        });
    variables.forEach(
        (key, value) -> {
          if (key.startsWith(prefix)) {
            values.put(key.substring(prefix.length()), value);
          }
        });
    values.put("site.language", tag);
    // Another language's site sits in a folder of its name inside the brand's.
    String url = variables.containsKey(prefix + "site.url") ? values.get("site.url") : siteUrl;
    if (!tag.equals(rootLanguage()) && url.equals(siteUrl) && !url.isEmpty()) {
      url = url + (url.endsWith("/") ? "" : "/") + tag + "/";
    }
    return new Brand(
        id,
        values.getOrDefault("name", name),
        values.getOrDefault("site.title", siteTitle),
        url,
        docSite,
        new Theme(values.getOrDefault("theme.logo_text", theme.logoText()), theme.primaryColor()),
        officialDomains,
        forbiddenTerms,
        forbiddenWords,
        allowedMentions,
        values,
        file,
        languageList);
  }

  /**
   * The brand with a site of {@code tag} alone, at the site's root: {@code kb build --lang}. The
   * language's own values apply, as in {@link #inLanguage}.
   */
  public Brand onlyIn(String tag) {
    return new Brand(
            id,
            name,
            siteTitle,
            siteUrl,
            docSite,
            theme,
            officialDomains,
            forbiddenTerms,
            forbiddenWords,
            allowedMentions,
            variables,
            file,
            List.of(tag))
        .inLanguage(tag);
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
