package kb.importer;

import java.nio.file.Path;
import java.util.List;

/**
 * One exported page, read. Immutable.
 *
 * @param file the export file
 * @param title the page heading
 * @param titleAnchor the id of the page heading, or empty
 * @param exportName the page's own name in the export's links ({@code qa_opend} of {@code
 *     ./qa_opend.md#3127}), or empty when the export does not say
 * @param intro lines between the page heading and the first question
 * @param questions the questions in the export's order
 * @param sources the file each variant index was read from: the export file for each, or for a page
 *     exported once per brand, one file per variant
 */
record ExportPage(
    Path file,
    String title,
    String titleAnchor,
    String exportName,
    List<ExportLine> intro,
    List<ExportQuestion> questions,
    List<Path> sources) {

  ExportPage {
    intro = List.copyOf(intro);
    questions = List.copyOf(questions);
    sources = List.copyOf(sources);
  }

  /** The file variant {@code index} of an answer was read from. */
  Path source(int index) {
    return sources.get(Math.min(Math.max(index, 0), sources.size() - 1));
  }
}
