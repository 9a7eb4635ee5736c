package kb.importer;

/**
 * One block-level unit of an answer, in kb Markdown: the smallest unit a brand block wraps.
 * Immutable.
 *
 * @param kind what the block is
 * @param text its kb Markdown, without a line end
 * @param firstLine its first line in the export
 * @param gapBefore blank lines before it in the export (0: the same list as the block before)
 */
record AnswerBlock(Kind kind, String text, int firstLine, int gapBefore) {

  /** What a block is: blocks of different kinds are never written as one. */
  enum Kind {
    PARAGRAPH,
    LIST_ITEM,
    CODE,
    TABS,
    CALLOUT,
    TABLE
  }

  /** Whether spaces in it are part of what a reader sees, as in code. */
  boolean spacesMatter() {
    return kind == Kind.CODE || kind == Kind.TABS;
  }
}
