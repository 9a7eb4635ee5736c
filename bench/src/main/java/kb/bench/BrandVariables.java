package kb.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The two brands of the generated corpus, shaped like the shipped {@code content/brands/*.yml}: the
 * YAML kb reads, and the variables the corpus uses, so the Hugo copy can substitute them.
 */
final class BrandVariables {

  static final String HUGO_BRAND = "futu";

  private BrandVariables() {}

  /** The variables the generated pages use, for one brand, by dotted key. */
  static Map<String, String> of(String brand) {
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

  /** The brand file kb reads, {@code content/brands/<brand>.yml}. */
  static String yaml(String brand) {
    boolean futu = brand.equals("futu");
    Map<String, String> v = of(brand);
    return String.join(
        "\n",
        "# Generated for the benchmark, shaped like the shipped brand file.",
        "id: " + brand,
        "name: " + v.get("name"),
        "app_name: " + v.get("app_name"),
        "site:",
        "  title: " + v.get("name") + " OpenAPI Help",
        "  url: https://openapi." + (futu ? "futunn" : "moomoo") + ".com/kb/",
        "doc_site:",
        "  base_path: /" + brand + "-api-doc/",
        "  url: https://openapi." + (futu ? "futunn" : "moomoo") + ".com/" + brand + "-api-doc/",
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
        "  openapi_download: " + v.get("links.openapi_download"),
        "");
  }
}
