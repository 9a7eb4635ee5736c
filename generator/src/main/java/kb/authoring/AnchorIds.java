package kb.authoring;

import java.util.Set;
import java.util.TreeSet;
import kb.content.ContentSet;
import kb.content.SourcePage;
import kb.markdown.QuestionSections;

/**
 * The anchor ids of a content folder, and how a new question gets one. A new id is a number from
 * 1000 to 9999 derived from the question's text ({@link String#hashCode}, the same on every
 * machine), moved up to the next number no page uses. Ids are spread over the range rather than
 * counted up, so the id of a deleted question is unlikely to come back on another question and send
 * its old links there.
 */
final class AnchorIds {

  private static final int FIRST = 1000;
  private static final int RANGE = 9000;

  private AnchorIds() {}

  /**
   * Every id the content's pages use, for any brand: question marks, their aliases, page anchors.
   */
  static Set<String> used(ContentSet content) {
    Set<String> ids = new TreeSet<>();
    for (SourcePage page : content.allFiles()) {
      if (!page.frontMatter().anchor().isEmpty()) {
        ids.add(page.frontMatter().anchor());
      }
      for (String line : page.body().split("\n")) {
        // Marks on any line, not only headings: more than the questions' ids, never fewer.
        ids.addAll(QuestionSections.anchorsMarked(line));
      }
    }
    return ids;
  }

  /** The id for a new question: from its text, then the next unused number. */
  static String fresh(String question, Set<String> used) {
    int start = Math.floorMod(question.hashCode(), RANGE);
    for (int step = 0; step < RANGE; step++) {
      String id = Integer.toString(FIRST + (start + step) % RANGE);
      if (!used.contains(id)) {
        return id;
      }
    }
    // Every four-digit id is taken: continue with five digits.
    int id = FIRST + RANGE;
    while (used.contains(Integer.toString(id))) {
      id++;
    }
    return Integer.toString(id);
  }
}
