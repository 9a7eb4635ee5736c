package kb.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import kb.brand.Brand;

/**
 * The values that tell two brands apart, in one language: every variable both brand files have with
 * different values ({@code data_dir.windows}: {@code %appdata%/com.futunn.FutuOpenD} and {@code
 * %appdata%/com.moomoo.OpenD}), the longest first, so that a path is taken whole before a name
 * inside it. Immutable.
 */
final class BrandValues {

  /** Keys that are no text of a page: a brand's id, colours, languages, lint lists. */
  private static final Set<String> NOT_TEXT =
      Set.of("id", "site.language", "site.languages", "theme.primary_color");

  /**
   * One variable and its value in each brand, in the brands' order.
   *
   * @param key the variable, as {@code {{key}}} writes it
   * @param values its value for each brand
   */
  record Value(String key, List<String> values) {}

  private final List<Value> values;

  /**
   * @param brands the brands, each in the language of the export ({@link Brand#inLanguage})
   */
  BrandValues(List<Brand> brands) {
    List<Value> found = new ArrayList<>();
    Brand first = brands.get(0);
    for (String key : first.variables().keySet()) {
      if (key.startsWith(Brand.LANGUAGE_VALUES)
          || key.startsWith("lint.")
          || NOT_TEXT.contains(key)) {
        continue;
      }
      List<String> each = new ArrayList<>();
      for (Brand brand : brands) {
        each.add(brand.variables().getOrDefault(key, ""));
      }
      boolean usable = each.stream().noneMatch(String::isBlank);
      if (usable && each.stream().distinct().count() == each.size()) {
        found.add(new Value(key, each));
      }
    }
    found.sort(
        Comparator.comparingInt((Value v) -> -v.values().stream().mapToInt(String::length).sum())
            .thenComparing(Value::key));
    this.values = List.copyOf(found);
  }

  List<Value> all() {
    return values;
  }
}
