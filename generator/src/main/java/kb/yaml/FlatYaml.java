package kb.yaml;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import kb.diagnostic.Diagnostic;
import kb.diagnostic.SourceSpan;

/**
 * A YAML mapping flattened to dotted keys ({@code doc_site.url}), each leaf with its line. Keys
 * iterate in sorted order so everything built from them is deterministic. Immutable.
 */
public final class FlatYaml {

  private final SourceSpan document;
  private final SortedMap<String, YamlValue> values;

  FlatYaml(SourceSpan document, Map<String, YamlValue> values) {
    this.document = document;
    this.values = Collections.unmodifiableSortedMap(new TreeMap<>(values));
  }

  public Optional<YamlValue> get(String key) {
    return Optional.ofNullable(values.get(key));
  }

  /** A scalar, or an error naming the file and the missing key. */
  public String require(String key, List<Diagnostic> problems) {
    YamlValue value = values.get(key);
    if (value == null || value.list() || value.text().isBlank()) {
      String what = value == null ? "missing required key" : "required key needs a text value:";
      SourceSpan where = value == null ? document : value.where();
      problems.add(Diagnostic.input(where, what + " '" + key + "'"));
      return "";
    }
    return value.text();
  }

  public String optional(String key, String fallback) {
    YamlValue value = values.get(key);
    return value == null ? fallback : value.text();
  }

  public List<String> list(String key) {
    YamlValue value = values.get(key);
    return value == null ? List.of() : value.values();
  }

  /** Every leaf by dotted key, sorted. */
  public Map<String, YamlValue> all() {
    return new LinkedHashMap<>(values);
  }
}
