package kb.template;

import java.util.regex.Pattern;

/**
 * A site script without its comment lines, blank lines and indentation: what a reader's browser
 * needs of it. The shipped {@code kb-search.js} is a third comments and indentation, bytes every
 * search loads before its first result.
 *
 * <p>Only whole lines are dropped and only leading white space is cut, so every token stays as it
 * was, on the line it was on: a comment after code, a {@code //} inside a string or a regular
 * expression, and the line breaks that automatic semicolon insertion reads are all kept. Comment
 * lines a tool reads ({@code //# sourceMappingURL}, {@code @license}) stay. A script in which a
 * line may be inside something that spans lines (a template literal, a string continued with a
 * backslash, a block comment left open, a line break JavaScript sees and the split does not) is
 * kept as it is: there a line starting with {@code //} need not be a comment.
 */
public final class CompactScript {

  private static final Pattern LINES = Pattern.compile("\r\n|\r|\n");

  private CompactScript() {}

  /** The script compacted, or {@code source} itself when a line may belong to something longer. */
  public static String of(String source) {
    if (source.indexOf('\u2028') >= 0 || source.indexOf('\u2029') >= 0) {
      return source; // line breaks to JavaScript, not to the split below
    }
    StringBuilder compact = new StringBuilder(source.length());
    for (String line : LINES.split(source, -1)) {
      String code = line.strip();
      if (code.isEmpty() || (code.startsWith("//") && !keptComment(code))) {
        continue;
      }
      if (spansLines(code)) {
        return source;
      }
      compact.append(code).append('\n');
    }
    return compact.toString();
  }

  /** Source-map and licence comments: read by tools, or owed to a script's authors. */
  private static boolean keptComment(String comment) {
    return comment.startsWith("//#")
        || comment.startsWith("//@")
        || comment.contains("@license")
        || comment.contains("@preserve");
  }

  /**
   * Whether a line may go on into the next: a template literal, a string continued with a
   * backslash, a block comment opened and not closed on it (where a later line starting with {@code
   * //} is part of the comment, and may even close it).
   */
  private static boolean spansLines(String code) {
    int open = code.lastIndexOf("/*");
    return code.indexOf('`') >= 0
        || code.endsWith("\\")
        || (open >= 0 && code.indexOf("*/", open + 2) < 0);
  }
}
