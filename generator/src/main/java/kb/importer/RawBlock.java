package kb.importer;

import java.util.List;

/**
 * A block of an export's answer as exported, before conversion. Immutable.
 *
 * @param kind what it is
 * @param lines its lines; for a callout, its content without the title line
 * @param gapBefore blank lines before it
 * @param label a callout's title word ("Tips"), or empty
 */
record RawBlock(AnswerBlock.Kind kind, List<ExportLine> lines, int gapBefore, String label) {

  RawBlock {
    lines = List.copyOf(lines);
  }

  int firstLine() {
    return lines.isEmpty() ? 0 : lines.get(0).number();
  }
}
