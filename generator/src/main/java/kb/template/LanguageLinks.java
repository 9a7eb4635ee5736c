package kb.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kb.brand.Brand;
import kb.link.RelativeUrl;

/**
 * The same page in each language of a brand's site, for the header's language switcher and the
 * {@code hreflang} alternates. Every language's site has every page (a page without translation is
 * shown from its source), so no link is ever broken.
 */
final class LanguageLinks {

  /** How each language names itself; any other tag is named by Java's own locale data. */
  private static final Map<String, String> NAMES =
      Map.of("en", "English", "zh-CN", "简体中文", "zh-HK", "繁體中文", "zh-TW", "繁體中文");

  private LanguageLinks() {}

  /**
   * One language of the page.
   *
   * @param tag the BCP 47 tag, for {@code hreflang}
   * @param name what the language calls itself
   * @param href the relative URL of the page in that language
   * @param url the absolute URL, empty when the brand has no {@code site.url}
   * @param current whether this is the page's own language
   */
  record LanguageLink(String tag, String name, String href, String url, boolean current) {}

  /** The page at {@code path} of {@code brand}'s site in each language; none for one language. */
  static List<LanguageLink> of(Brand brand, String path) {
    if (brand.languages().size() < 2) {
      return List.of();
    }
    boolean atRoot = brand.language().equals(brand.rootLanguage());
    String brandRoot = RelativeUrl.toRoot(path) + (atRoot ? "" : "../");
    String siteUrl = brand.variables().getOrDefault("site.url", "");
    if (!siteUrl.isEmpty() && !siteUrl.endsWith("/")) {
      siteUrl += "/";
    }
    List<LanguageLink> links = new ArrayList<>();
    for (String tag : brand.languages()) {
      String folder = tag.equals(brand.rootLanguage()) ? "" : tag + "/";
      links.add(
          new LanguageLink(
              tag,
              name(tag),
              brandRoot + folder + path,
              siteUrl.isEmpty() ? "" : siteUrl + folder + path,
              tag.equals(brand.language())));
    }
    return List.copyOf(links);
  }

  private static String name(String tag) {
    Locale locale = Locale.forLanguageTag(tag);
    return NAMES.getOrDefault(tag, locale.getDisplayName(locale));
  }
}
