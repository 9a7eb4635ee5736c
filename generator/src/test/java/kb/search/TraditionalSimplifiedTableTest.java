package kb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Transliterator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import kb.TestContent;
import org.junit.jupiter.api.Test;

/**
 * kb's Traditional-Simplified table is ICU4J's, character by character: run with {@code
 * -Dgolden.update=true} to rewrite {@code kb/search/traditional-simplified.txt} after an ICU4J
 * upgrade.
 */
class TraditionalSimplifiedTableTest {

  private static final Path TABLE =
      TestContent.repoRoot()
          .resolve("generator/src/main/resources/kb/search/traditional-simplified.txt");

  /** ICU4J's mapping of each single Han character, followed until it stops, same length only. */
  static SortedMap<Integer, Integer> fromIcu() {
    Transliterator icu = Transliterator.getInstance("Traditional-Simplified");
    Map<Integer, Integer> once = new TreeMap<>();
    for (int[] range : HanCharacters.RANGES) {
      for (int c = range[0]; c <= range[1]; c++) {
        String folded = icu.transliterate(Character.toString(c));
        if (folded.codePointCount(0, folded.length()) == 1 && folded.codePointAt(0) != c) {
          once.put(c, folded.codePointAt(0));
        }
      }
    }
    SortedMap<Integer, Integer> table = new TreeMap<>();
    for (int c : once.keySet()) {
      int target = end(c, once);
      if (target != c && Character.charCount(target) == Character.charCount(c)) {
        table.put(c, target);
      }
    }
    return table;
  }

  /** Where following the mapping from {@code c} stops; in a cycle (苎 苧), its least member. */
  private static int end(int c, Map<Integer, Integer> once) {
    Set<Integer> seen = new HashSet<>();
    int at = c;
    while (once.containsKey(at) && seen.add(at)) {
      at = once.get(at);
    }
    if (!once.containsKey(at)) {
      return at;
    }
    int least = at;
    for (int x = once.get(at); x != at; x = once.get(x)) {
      least = Math.min(least, x);
    }
    return least;
  }

  static String encode(SortedMap<Integer, Integer> table) {
    StringBuilder out =
        new StringBuilder(
            "# Traditional character, then its Simplified form: ICU4J's Traditional-Simplified,\n"
                + "# written by kb.search.TraditionalSimplifiedTableTest (-Dgolden.update=true).\n");
    table.forEach((from, to) -> out.appendCodePoint(from).appendCodePoint(to).append('\n'));
    return out.toString();
  }

  @Test
  void tableIsIcu4jsTraditionalSimplifiedCharacterByCharacter() throws Exception {
    SortedMap<Integer, Integer> icu = fromIcu();
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(TABLE, encode(icu), StandardCharsets.UTF_8);
    }
    assertTrue(icu.size() > 2500, "ICU4J maps " + icu.size() + " characters");
    assertEquals(encode(icu), Files.readString(TABLE, StandardCharsets.UTF_8));
    assertEquals(icu, ChineseFold.traditionalSimplified());
  }

  @Test
  void everyTargetFoldsToItselfSoTheBrowserNeedsOnlyTheSitesTargets() {
    SortedMap<Integer, Integer> table = ChineseFold.traditionalSimplified();
    table
        .values()
        .forEach(to -> assertEquals((int) to, ChineseFold.of(to), Character.toString(to)));
    assertEquals('台', ChineseFold.of('臺'));
    assertEquals('录', ChineseFold.of('錄'));
    assertEquals(ChineseFold.of('苧'), ChineseFold.of('苎'));
  }
}
