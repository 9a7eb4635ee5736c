package kb.brand;

import java.nio.file.Path;
import java.util.Arrays;
import kb.diagnostic.SourceSpan;

/**
 * Maps places in a page's brand-resolved Markdown back to its source file. Brand blocks remove
 * lines and front matter shifts them, so this is the one place where a position in the text the
 * Markdown parser saw becomes a 1-based line of the file the author edits. Immutable; equal to a
 * map of the same lines, as the stage records holding it must be for {@code kb serve} to take again
 * what it made of a page that did not change.
 */
public final class LineMap {

  private final Path file;
  private final int[] lineStarts;
  private final int[] sourceLines;

  /**
   * @param file the source file
   * @param lines how many lines the resolved text has; the arrays may be longer
   * @param lineStarts where each line of the resolved text starts, in order, the first at 0
   * @param sourceLines for each line of the resolved text, in order, its 1-based line in {@code
   *     file}
   */
  LineMap(Path file, int lines, int[] lineStarts, int[] sourceLines) {
    this.file = file;
    this.lineStarts = Arrays.copyOf(lineStarts, lines);
    this.sourceLines = Arrays.copyOf(sourceLines, lines);
  }

  /** The source place of a character offset in the resolved text. */
  public SourceSpan at(int offset) {
    int index = Arrays.binarySearch(lineStarts, Math.max(0, offset));
    int line = index >= 0 ? index : -index - 2;
    int column = Math.max(0, offset - lineStarts[line]) + 1;
    return SourceSpan.at(file, sourceLine(line), column);
  }

  /** The source place of a 0-based line of the resolved text. */
  public SourceSpan line(int resolvedLine) {
    return SourceSpan.at(file, sourceLine(resolvedLine));
  }

  private int sourceLine(int resolvedLine) {
    if (sourceLines.length == 0) {
      return 1;
    }
    return sourceLines[Math.min(Math.max(0, resolvedLine), sourceLines.length - 1)];
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LineMap map
        && file.equals(map.file)
        && Arrays.equals(lineStarts, map.lineStarts)
        && Arrays.equals(sourceLines, map.sourceLines);
  }

  @Override
  public int hashCode() {
    return (file.hashCode() * 31 + Arrays.hashCode(lineStarts)) * 31 + Arrays.hashCode(sourceLines);
  }
}
