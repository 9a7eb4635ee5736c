package kb.template;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A site script without its comment lines, blank lines and indentation: what a reader's browser
 * needs of it. The shipped {@code kb-search.js} is a third comments and indentation, bytes every
 * search loads before its first result.
 *
 * <p>Only whole lines are dropped and only leading white space is cut, so every token stays as it
 * was, on the line it was on: a comment after code, a {@code //} inside a string or a regular
 * expression, and the line breaks that automatic semicolon insertion reads are all kept. A script
 * in which a line may be inside a multi-line literal (a template literal, a string continued with a
 * backslash) is kept as it is.
 */
public final class CompactScript {

  private static final Pattern LINES = Pattern.compile("\r\n|\r|\n");

  private CompactScript() {}

  /** The script compacted, or {@code source} itself when a line may belong to a literal. */
  public static String of(String source) {
    List<String> lines = List.of(LINES.split(source, -1));
    StringBuilder compact = new StringBuilder(source.length());
    for (String line : lines) {
      String code = line.strip();
      if (code.isEmpty() || code.startsWith("//")) {
        continue;
      }
      if (code.indexOf('`') >= 0 || code.endsWith("\\")) {
        return source;
      }
      compact.append(code).append('\n');
    }
    return compact.toString();
  }
}
