package kb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** The vocabulary's order: code points, as UTF-8 bytes and the browser sort. */
class VocabularyTest {

  @Test
  void ordersASupplementaryCharacterAfterTheHighestBmpCharacters() {
    // In UTF-16 units "\ud83d\ude00" (U+1F600) sorts before U+E000 and U+FFFF; by code point after.
    assertEquals(1, Integer.signum(Vocabulary.compareCodePoints("a\ud83d\ude00", "a\ue000")));
    assertEquals(1, Integer.signum(Vocabulary.compareCodePoints("\ud83d\ude00", "\uffff")));
    assertEquals(-1, Integer.signum(Vocabulary.compareCodePoints("opend", "opend\ud83d\ude00")));
    assertEquals(0, Vocabulary.compareCodePoints("期权", "期权"));
  }

  /**
   * Random words of ASCII, Latin-1, CJK, private-use and last BMP characters, surrogate pairs and
   * lone surrogates: ordered as their code point arrays are.
   */
  @Test
  void ordersRandomWordsAsTheirCodePointsDo() {
    String[] pieces = {
      "a",
      "b",
      "z",
      "\u00e9",
      "\u671f",
      "\ud7ff",
      "\ue000",
      "\uffff",
      "\ud83d\ude00",
      "\ud83d",
      "\ude00",
      "\udbff\udfff",
      "\ud800\udc00"
    };
    Random random = new Random(20261126);
    for (int round = 0; round < 20_000; round++) {
      String a = word(random, pieces);
      String b = random.nextInt(4) == 0 ? a + word(random, pieces) : word(random, pieces);
      int expected =
          Integer.signum(Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray()));
      assertEquals(expected, Integer.signum(Vocabulary.compareCodePoints(a, b)), a + " / " + b);
      assertEquals(-expected, Integer.signum(Vocabulary.compareCodePoints(b, a)), b + " / " + a);
    }
  }

  @Test
  void entriesGivenOutOfOrderOrTwiceAreSortedAndMadeDistinct() {
    List<Vocabulary.Entry> given =
        List.of(
            new Vocabulary.Entry("opend", "opend"),
            new Vocabulary.Entry("\ud840\udc00", "\ud840\udc00"),
            new Vocabulary.Entry("api", "api"),
            new Vocabulary.Entry("\uffff", null),
            new Vocabulary.Entry("api", "api"));
    assertEquals(
        List.of("api", "opend", "\uffff", "\ud840\udc00"),
        Vocabulary.inCodePointOrder(given).stream().map(Vocabulary.Entry::word).toList());
    List<Vocabulary.Entry> sorted = List.of(given.get(2), given.get(0));
    assertEquals(sorted, Vocabulary.inCodePointOrder(sorted));
  }

  private static String word(Random random, String[] pieces) {
    StringBuilder word = new StringBuilder();
    int length = random.nextInt(5);
    for (int i = 0; i < length; i++) {
      word.append(pieces[random.nextInt(pieces.length)]);
    }
    return word.toString();
  }

  /**
   * Words read back from an index: each found by itself, and each prefix (whole code points) gives
   * what filtering every word by it gives, in code point order.
   */
  @Test
  void findsWordsAndPrefixesOfAnIndexedVocabulary() {
    SearchAnalysis analysis = new SearchAnalysis();
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    String text =
        "open opend opendata openapi \u671f\u6743 \u671f\u8d27 caf\u00e9 cafe \ud840\udc00x \ud840\udc01 \ue000y zz";
    new SearchIndexWriter(analysis)
        .write(List.of(new QuestionDoc(0, "a.html#1", 1, "Words", "A", text)), directory);
    try (FaqSearcher searcher = FaqSearcher.open(directory, analysis)) {
      Vocabulary vocabulary = searcher.vocabulary();
      List<String> all = vocabulary.all().stream().map(Vocabulary.Entry::word).toList();
      List<String> sorted = new ArrayList<>(all);
      sorted.sort((a, b) -> Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray()));
      assertEquals(sorted, all);
      for (String word : all) {
        assertEquals(word, vocabulary.get(word).word());
        for (int end = 0;
            end <= word.length();
            end += end < word.length() ? Character.charCount(word.codePointAt(end)) : 1) {
          String prefix = word.substring(0, end);
          List<String> expected = all.stream().filter(w -> w.startsWith(prefix)).toList();
          List<String> found =
              vocabulary.withPrefix(prefix).stream().map(Vocabulary.Entry::word).toList();
          assertEquals(expected, found, prefix);
        }
      }
      assertEquals(
          List.of("open", "openapi", "opend", "opendata"),
          vocabulary.withPrefix("open").stream().map(Vocabulary.Entry::word).toList());
      assertEquals("\ud840\udc00x", vocabulary.get("\ud840\udc00x").word());
      assertNull(vocabulary.get("ope"));
      assertNull(vocabulary.get("zzz"));
      assertEquals(List.of(), List.copyOf(vocabulary.withPrefix("zzz")));
    }
  }
}
