package kb.importer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import kb.brand.Brand;

/**
 * Which of two variants of an answer is which brand's, from what each brand file says names it: its
 * values that differ from the other brand's ({@code com.futunn.FutuOpenD}, Futubull), its name, app
 * name and official domains ({@code futunn.com}), and the terms the other brand forbids ({@code
 * lint.forbidden_terms}). Immutable.
 */
final class BrandEvidence {

  private final List<Set<String>> terms;

  /**
   * @param brands two brands in the export's language
   * @param values what tells them apart
   */
  BrandEvidence(List<Brand> brands, BrandValues values) {
    List<Set<String>> each = new ArrayList<>();
    for (int b = 0; b < brands.size(); b++) {
      Set<String> own = new LinkedHashSet<>();
      for (BrandValues.Value value : values.all()) {
        if (value.values().get(b).length() >= 3) {
          own.add(value.values().get(b));
        }
      }
      own.addAll(brands.get(b).namings());
      for (int other = 0; other < brands.size(); other++) {
        if (other != b) {
          own.addAll(brands.get(other).forbiddenTerms());
        }
      }
      Set<String> folded = new LinkedHashSet<>();
      own.forEach(t -> folded.add(t.toLowerCase(Locale.ROOT)));
      each.add(folded);
    }
    this.terms = List.copyOf(each);
  }

  /** The brand index of each of two variants, or empty when the evidence does not decide. */
  Optional<List<Integer>> assign(String first, String second) {
    int kept = score(first, 0) + score(second, 1);
    int swapped = score(first, 1) + score(second, 0);
    if (kept == swapped) {
      return Optional.empty();
    }
    return Optional.of(kept > swapped ? List.of(0, 1) : List.of(1, 0));
  }

  /** How many of the brand's terms the text holds. */
  private int score(String text, int brand) {
    String folded = text.toLowerCase(Locale.ROOT);
    return (int) terms.get(brand).stream().filter(folded::contains).count();
  }
}
