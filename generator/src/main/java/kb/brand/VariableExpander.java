package kb.brand;

import java.util.Comparator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kb.diagnostic.Diagnostic;
import kb.diagnostic.Diagnostics;
import kb.diagnostic.SourceSpan;

/**
 * Replaces {@code {{key}}} with the brand's value for {@code key}, anywhere in a line: prose,
 * link targets, image paths, code blocks. {@code {{ "text" }}} writes the quoted text as it is,
 * which is how to write a literal {@code {{} ({@code {{ "{{" }}}). An unknown key is an error with
 * its column and the nearest known key.
 */
final class VariableExpander {

  private static final Pattern VARIABLE =
      Pattern.compile("\\{\\{\\s*(?:([A-Za-z_][\\w.-]*)|\"([^\"]*)\")\\s*}}");

  private final Brand brand;

  VariableExpander(Brand brand) {
    this.brand = brand;
  }

  /**
   * @param line one line of source text
   * @param where the line's place, column 0; errors get the column of the variable
   */
  String expand(String line, SourceSpan where, Diagnostics problems) {
    if (line.indexOf('{') < 0) {
      return line;
    }
    StringBuilder out = new StringBuilder(line.length() + 16);
    Matcher variable = VARIABLE.matcher(line);
    int plain = 0; // start of the text copied as it is
    for (int open = line.indexOf('{'); open >= 0; open = line.indexOf('{', open + 1)) {
      if (open >= plain && variable.region(open, line.length()).lookingAt()) {
        out.append(line, plain, open);
        String literal = variable.group(2);
        out.append(literal != null ? literal : value(variable.group(1), where, open + 1, problems));
        plain = variable.end();
      }
    }
    return out.append(line, plain, line.length()).toString();
  }

  private String value(String key, SourceSpan where, int column, Diagnostics problems) {
    String value = brand.variables().get(key);
    if (value != null) {
      return value;
    }
    Diagnostic unknown =
        Diagnostic.content(
            SourceSpan.at(where.file(), where.line(), column),
            "unknown variable '" + key + "' for brand " + brand.id());
    String nearest = nearest(key);
    problems.add(
        unknown.withHint(
            nearest.isEmpty()
                ? "variables are the keys of "
                    + brand.file()
                    + "; write {{ \"{{\" }} for a literal {{"
                : "did you mean {{" + nearest + "}}?"));
    return "";
  }

  private String nearest(String key) {
    return brand.variables().keySet().stream()
        .map(k -> Map.entry(k, distance(k, key)))
        .filter(e -> e.getValue() <= Math.max(2, key.length() / 3))
        .min(Comparator.comparingInt(Map.Entry<String, Integer>::getValue))
        .map(Map.Entry::getKey)
        .orElse("");
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
