package kb.diagnostic;

import java.nio.file.Path;

/**
 * A place in a source file: 1-based line and column, or 0 when unknown. Immutable.
 *
 * @param file the file as the user named it (relative to the working directory where possible)
 * @param line 1-based line, 0 when the problem concerns the whole file
 * @param column 1-based column, 0 when unknown
 */
public record SourceSpan(Path file, int line, int column) {

  public SourceSpan {
    if (file == null) {
      throw new IllegalArgumentException("file must not be null");
    }
    line = Math.max(0, line);
    column = line == 0 ? 0 : Math.max(0, column);
  }

  public static SourceSpan of(Path file) {
    return new SourceSpan(file, 0, 0);
  }

  public static SourceSpan at(Path file, int line) {
    return new SourceSpan(file, line, 0);
  }

  public static SourceSpan at(Path file, int line, int column) {
    return new SourceSpan(file, line, column);
  }

  /** The compiler-style prefix {@code file:line:column}, leaving out what is unknown. */
  @Override
  public String toString() {
    String name = file.toString().replace('\\', '/');
    if (line == 0) {
      return name;
    }
    return column == 0 ? name + ":" + line : name + ":" + line + ":" + column;
  }
}
