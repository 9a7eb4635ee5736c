package kb.yaml;

import java.util.List;
import kb.diagnostic.SourceSpan;

/**
 * One leaf of a YAML mapping: a scalar, or a list of scalars. Immutable.
 *
 * @param key the dotted path of the leaf, for example {@code data_dir.windows}
 * @param values one value for a scalar, any number for a list
 * @param list whether the YAML wrote a list
 * @param where the line the value starts on
 */
public record YamlValue(String key, List<String> values, boolean list, SourceSpan where) {

  public YamlValue {
    values = List.copyOf(values);
  }

  /** The scalar's text; for a list, its items joined by ", ". */
  public String text() {
    return String.join(", ", values);
  }
}
