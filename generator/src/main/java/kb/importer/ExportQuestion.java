package kb.importer;

import java.util.List;

/**
 * One question of an export, its answer still as exported. Immutable.
 *
 * @param id the question's anchor id
 * @param aliases old anchors of the same question (de-duplication suffixes such as {@code 7890-2})
 * @param headings the heading text of each variant, without anchor and "Q1:" number
 * @param headingLine the line of the heading in the export
 * @param before lines before the first variant, the same for every brand
 * @param variants each brand variant's lines, in the export's order; one when the answer is shared
 * @param after lines after the last variant, the same for every brand
 */
record ExportQuestion(
    String id,
    List<String> aliases,
    List<String> headings,
    int headingLine,
    List<ExportLine> before,
    List<List<ExportLine>> variants,
    List<ExportLine> after) {

  ExportQuestion {
    aliases = List.copyOf(aliases);
    headings = List.copyOf(headings);
    before = List.copyOf(before);
    variants = variants.stream().map(List::copyOf).toList();
    after = List.copyOf(after);
  }
}
