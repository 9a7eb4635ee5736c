package kb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.lucene.analysis.tokenattributes.CharTermAttributeImpl;
import org.junit.jupiter.api.Test;

/**
 * The table holds each distinct word once, whatever the buffer around it, as a HashMap would, and
 * asks for each word's term once.
 */
class WordTermsTest {

  @Property(tries = 300, seed = "20261125")
  void givesEachWordItsTermAskingOncePerDistinctWord(@ForAll("tokens") List<String> tokens) {
    List<String> asked = new ArrayList<>();
    // Words with a "中" are stop words here: the table must remember a null term too.
    WordTerms table =
        new WordTerms(
            word -> {
              asked.add(word);
              return word.contains("中") ? null : "<" + word + ">";
            });
    CharTermAttributeImpl buffer = new CharTermAttributeImpl();
    Map<String, String> expected = new HashMap<>();
    for (String token : tokens) {
      expected.put(token, token.contains("中") ? null : "<" + token + ">");
      assertEquals(expected.get(token), termOf(table, buffer, token), token);
    }
    assertEquals(expected.keySet(), new HashSet<>(table.words()));
    assertEquals(expected.size(), table.size());
    assertEquals(expected.keySet(), Set.copyOf(asked));
    assertEquals(expected.size(), asked.size(), "asked once per word");
  }

  @Test
  void wordsWithTheSameHashStayApart() {
    assertEquals("Aa".hashCode(), "BB".hashCode());
    WordTerms table = new WordTerms(word -> "<" + word + ">");
    CharTermAttributeImpl buffer = new CharTermAttributeImpl();
    assertEquals("<Aa>", termOf(table, buffer, "Aa"));
    assertEquals("<BB>", termOf(table, buffer, "BB"));
    assertEquals("<Aa>", termOf(table, buffer, "Aa"));
    assertEquals(2, table.size());
  }

  /**
   * The term of {@code word} from the table, or null for a stop word, through a token buffer reused
   * as Lucene reuses it: holding what the last, perhaps longer, token left behind.
   */
  private static String termOf(WordTerms table, CharTermAttributeImpl token, String word) {
    token.setEmpty().append("left over from the last token");
    token.setEmpty().append(word);
    return table.toTerm(token) ? token.toString() : null;
  }

  /** Up to 20,000 tokens from a small alphabet: many repeats, prefixes, the empty word, growth. */
  @Provide
  Arbitrary<List<String>> tokens() {
    return Arbitraries.strings().withChars("abé中").ofMaxLength(6).list().ofMaxSize(20_000);
  }
}
