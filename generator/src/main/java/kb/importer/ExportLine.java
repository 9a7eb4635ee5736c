package kb.importer;

/**
 * One line of an export, with its 1-based line number in the export file. Immutable.
 *
 * @param number where the line is in the export
 * @param text the line without its line end
 */
record ExportLine(int number, String text) {

  boolean isBlank() {
    return text.isBlank();
  }
}
