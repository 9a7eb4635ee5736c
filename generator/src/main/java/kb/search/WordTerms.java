package kb.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The distinct words one analysing thread saw, given as slices of a token buffer, each with its
 * index term: a site's words repeat so often that looking a word up costs less than running it
 * through the stop filter, the product-term marker and the stemmer again. Lucene's {@code
 * CharArrayMap} fills its table to 80% and compares words to find a slot, so a lookup reads several
 * words from memory; this table is at most half full and keeps each word's hash beside it, so a
 * lookup reads about one word. Not thread-safe.
 */
final class WordTerms {

  private final Function<String, String> termOf;
  private char[][] words = new char[1 << 12][];
  private int[] hashes = new int[1 << 12];
  private String[] terms = new String[1 << 12];
  private int size;

  /**
   * @param termOf the index term of a word not seen before, or null for a stop word
   */
  WordTerms(Function<String, String> termOf) {
    this.termOf = termOf;
  }

  /**
   * The index term of the word {@code buffer[0, length)}, or null for a stop word; the word is
   * remembered the first time.
   */
  String termOf(char[] buffer, int length) {
    int hash = hash(buffer, length);
    int mask = words.length - 1;
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      char[] word = words[slot];
      if (word == null) {
        word = Arrays.copyOf(buffer, length);
        String term = termOf.apply(new String(word));
        words[slot] = word;
        hashes[slot] = hash;
        terms[slot] = term;
        if (++size * 2 > words.length) {
          grow();
        }
        return term;
      }
      if (hashes[slot] == hash && Arrays.equals(word, 0, word.length, buffer, 0, length)) {
        return terms[slot];
      }
    }
  }

  int size() {
    return size;
  }

  /** The words, in no particular order. */
  List<String> words() {
    List<String> all = new ArrayList<>(size);
    for (char[] word : words) {
      if (word != null) {
        all.add(new String(word));
      }
    }
    return all;
  }

  private void grow() {
    char[][] oldWords = words;
    int[] oldHashes = hashes;
    String[] oldTerms = terms;
    words = new char[oldWords.length * 2][];
    hashes = new int[oldWords.length * 2];
    terms = new String[oldWords.length * 2];
    int mask = words.length - 1;
    for (int i = 0; i < oldWords.length; i++) {
      if (oldWords[i] != null) {
        int slot = oldHashes[i] & mask;
        while (words[slot] != null) {
          slot = (slot + 1) & mask;
        }
        words[slot] = oldWords[i];
        hashes[slot] = oldHashes[i];
        terms[slot] = oldTerms[i];
      }
    }
  }

  /** String's hash, spread so that linear probing sees its high bits too. */
  private static int hash(char[] buffer, int length) {
    int h = 0;
    for (int i = 0; i < length; i++) {
      h = 31 * h + buffer[i];
    }
    return (h ^ (h >>> 16)) * 0x9E3779B9;
  }
}
