package kb.authoring;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what a page leaves open at its end, a code fence or a brand block, where an appended
 * question would silently become code or show for one brand only.
 */
final class OpenBlocks {

  private static final Pattern FENCE = Pattern.compile("\\s*(`{3,}|~{3,})(.*)");
  private static final Pattern BRAND = Pattern.compile("\\{%\\s*brand\\s.*%}");
  private static final Pattern END_BRAND = Pattern.compile("\\{%\\s*endbrand\\s*%}");

  /**
   * What is left open. Immutable.
   *
   * @param what for example "code block"
   * @param line its 1-based line in the page's text
   */
  record Open(String what, int line) {}

  private OpenBlocks() {}

  /** The innermost block open at the end of the text, if any. */
  static Optional<Open> atEnd(String text) {
    String fence = null;
    int fenceLine = 0;
    Deque<Integer> brandLines = new ArrayDeque<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String trimmed = lines[i].strip();
      Matcher marker = FENCE.matcher(lines[i]);
      if (marker.matches()) {
        if (fence == null) {
          fence = marker.group(1);
          fenceLine = i + 1;
        } else if (marker.group(1).charAt(0) == fence.charAt(0)
            && marker.group(1).length() >= fence.length()
            && marker.group(2).isBlank()) {
          fence = null;
        }
      } else if (BRAND.matcher(trimmed).matches()) {
        brandLines.push(i + 1);
      } else if (END_BRAND.matcher(trimmed).matches() && !brandLines.isEmpty()) {
        brandLines.pop();
      }
    }
    if (fence != null) {
      return Optional.of(new Open("code block", fenceLine));
    }
    return brandLines.isEmpty()
        ? Optional.empty()
        : Optional.of(new Open("brand block", brandLines.peek()));
  }
}
