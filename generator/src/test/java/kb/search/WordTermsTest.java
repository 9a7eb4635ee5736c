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
    char[] buffer = new char[64];
    Map<String, String> expected = new HashMap<>();
    for (String token : tokens) {
      token.getChars(0, token.length(), buffer, 0);
      buffer[token.length()] = 'x'; // what a reused token buffer holds after the word
      expected.put(token, token.contains("中") ? null : "<" + token + ">");
      char[] term = table.termOf(buffer, token.length());
      assertEquals(expected.get(token), term == null ? null : String.valueOf(term), token);
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
    assertEquals("<Aa>", String.valueOf(table.termOf("Aa".toCharArray(), 2)));
    assertEquals("<BB>", String.valueOf(table.termOf("BB".toCharArray(), 2)));
    assertEquals("<Aa>", String.valueOf(table.termOf("Aa".toCharArray(), 2)));
    assertEquals(2, table.size());
  }

  /** Up to 20,000 tokens from a small alphabet: many repeats, prefixes, the empty word, growth. */
  @Provide
  Arbitrary<List<String>> tokens() {
    return Arbitraries.strings().withChars("abé中").ofMaxLength(6).list().ofMaxSize(20_000);
  }
}
