package kb.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The two brands of the generated corpus, shaped like the shipped {@code content/brands/*.yml}: the
 * YAML kb reads, and the variables the corpus uses, so the Hugo copy can substitute them.
 */
final class BrandVariables {

  static final String HUGO_BRAND = "futu";

  private BrandVariables() {}

  /** The languages of the multilingual corpus, the source first, as kb's tags. */
  static final List<String> LANGUAGES = List.of("en", "zh-CN", "zh-HK");

  /** The variables the generated pages use, for one brand, by dotted key. */
  static Map<String, String> of(String brand) {
    return of(brand, "en");
  }

  /**
   * The variables of one brand in one of {@link #LANGUAGES}: the brand file's values with its
   * {@code lang.<tag>} overrides applied, as kb applies them.
   */
  static Map<String, String> of(String brand, String language) {
    Map<String, String> values = new LinkedHashMap<>(english(brand));
    values.putAll(overrides(brand, language));
    return values;
  }

  /** The {@code lang.<tag>} overrides of a brand file, by dotted key; none for English. */
  private static Map<String, String> overrides(String brand, String language) {
    boolean futu = brand.equals("futu");
    boolean hk = language.equals("zh-HK");
    Map<String, String> values = new LinkedHashMap<>();
    if (language.equals("en")) {
      return values;
    }
    if (futu) {
      values.put("name", "富途");
      values.put("app_name", "富途牛牛");
    }
    values.put("site.title", (futu ? "富途" : "moomoo") + " OpenAPI " + (hk ? "幫助中心" : "帮助中心"));
    values.put(
        "links.openapi_download",
        futu
            ? "https://www.futunn.com/download/OpenAPI?lang=" + language
            : "https://www.moomoo.com/" + (hk ? "hant" : "hans") + "/download/OpenAPI");
    return values;
  }

  private static Map<String, String> english(String brand) {
    boolean futu = brand.equals("futu");
    Map<String, String> values = new LinkedHashMap<>();
    values.put("name", futu ? "Futu" : "moomoo");
    values.put("app_name", futu ? "Futubull" : "moomoo");
    values.put("opend.program", futu ? "FutuOpenD" : "OpenD");
    values.put("opend.config_file", futu ? "FutuOpenD.xml" : "OpenD.xml");
    values.put("data_dir.unix", futu ? "~/.com.futunn.FutuOpenD" : "~/.com.moomoo.OpenD");
    values.put("python.package", futu ? "futu" : "moomoo");
    values.put(
        "links.openapi_download",
        futu
            ? "https://www.futunn.com/download/OpenAPI?lang=en-US"
            : "https://www.moomoo.com/download/OpenAPI");
    return values;
  }

  /** The brand file kb reads, {@code content/brands/<brand>.yml}, with one language. */
  static String yaml(String brand) {
    return yaml(brand, false);
  }

  /**
   * The brand file kb reads, {@code content/brands/<brand>.yml}; if {@code multilingual}, with
   * every one of {@link #LANGUAGES} (English at the root) and each language's overrides.
   */
  static String yaml(String brand, boolean multilingual) {
    boolean futu = brand.equals("futu");
    Map<String, String> v = of(brand);
    List<String> lines = new ArrayList<>();
    lines.add("# Generated for the benchmark, shaped like the shipped brand file.");
    lines.add("id: " + brand);
    lines.add("name: " + v.get("name"));
    lines.add("app_name: " + v.get("app_name"));
    lines.add("site:");
    if (multilingual) {
      lines.add("  language: en");
      lines.add("  languages: [" + String.join(", ", LANGUAGES) + "]");
    }
    lines.addAll(
        List.of(
            "  title: " + v.get("name") + " OpenAPI Help",
            "  url: https://openapi." + (futu ? "futunn" : "moomoo") + ".com/kb/",
            "doc_site:",
            "  base_path: /" + brand + "-api-doc/",
            "  url: https://openapi."
                + (futu ? "futunn" : "moomoo")
                + ".com/"
                + brand
                + "-api-doc/",
            "theme:",
            "  logo_text: " + v.get("name") + " OpenAPI",
            "  primary_color: \"" + (futu ? "#1f6fe5" : "#e8590c") + "\"",
            "opend:",
            "  program: " + v.get("opend.program"),
            "  config_file: " + v.get("opend.config_file"),
            "data_dir:",
            "  unix: \"" + v.get("data_dir.unix") + "\"",
            "python:",
            "  package: " + v.get("python.package"),
            "links:",
            "  openapi_download: " + v.get("links.openapi_download")));
    if (multilingual) {
      lines.add("lang:");
      for (String language : LANGUAGES.subList(1, LANGUAGES.size())) {
        lines.add("  " + language + ":");
        Map<String, String> overrides = overrides(brand, language);
        for (String key : List.of("name", "app_name")) {
          if (overrides.containsKey(key)) {
            lines.add("    " + key + ": \"" + overrides.get(key) + "\"");
          }
        }
        lines.add("    site:");
        lines.add("      title: \"" + overrides.get("site.title") + "\"");
        lines.add("    links:");
        lines.add("      openapi_download: \"" + overrides.get("links.openapi_download") + "\"");
      }
    }
    lines.add("");
    return String.join("\n", lines);
  }
}
