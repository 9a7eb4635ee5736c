package kb.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kb.content.ContentSet;
import kb.content.SourcePage;

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

  /**
   * An id mark at the end of any line, its aliases (old ids) in group 2: more than the headings'
   * ids, never fewer.
   */
  private static final Pattern MARK =
      Pattern.compile(
          "\\{#([A-Za-z0-9_-]+)(?: from=[0-9a-fA-F]{8})?(?: aliases=([A-Za-z0-9_,-]+))?"
              + "(?: from=[0-9a-fA-F]{8})?}\\s*$");

  private AnchorIds() {}

  /**
   * Every id the content's pages use, for any brand: question marks, their aliases, page anchors.
   */
  static Set<String> used(ContentSet content) {
    Set<String> ids = new TreeSet<>();
    List<SourcePage> pages = new ArrayList<>(content.pages());
    content.translations().forEach(t -> pages.add(t.page()));
    for (SourcePage page : pages) {
      if (!page.frontMatter().anchor().isEmpty()) {
        ids.add(page.frontMatter().anchor());
      }
      for (String line : page.body().split("\n")) {
        Matcher mark = MARK.matcher(line);
        if (mark.find()) {
          ids.add(mark.group(1));
          if (mark.group(2) != null) {
            for (String alias : mark.group(2).split(",")) {
              if (!alias.isEmpty()) {
                ids.add(alias);
              }
            }
          }
        }
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
