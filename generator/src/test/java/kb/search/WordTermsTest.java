package kb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The set holds each distinct word once, whatever the buffer around it, as a HashSet would. */
class WordSetTest {

  @Property(tries = 300, seed = "20261125")
  void holdsTheDistinctWordsAdded(@ForAll("tokens") List<String> tokens) {
    WordSet set = new WordSet();
    char[] buffer = new char[64];
    for (String token : tokens) {
      token.getChars(0, token.length(), buffer, 0);
      buffer[token.length()] = 'x'; // what a reused token buffer holds after the word
      set.add(buffer, token.length());
    }
    Set<String> expected = new HashSet<>(tokens);
    assertEquals(expected, new HashSet<>(set.words()));
    assertEquals(expected.size(), set.size());
  }

  /** Up to 20,000 tokens from a small alphabet: many repeats, prefixes, the empty word, growth. */
  @Provide
  Arbitrary<List<String>> tokens() {
    return Arbitraries.strings().withChars("abé中").ofMaxLength(6).list().ofMaxSize(20_000);
  }
}
