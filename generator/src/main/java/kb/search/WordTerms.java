package kb.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The distinct words one analysing thread saw, given as slices of a token buffer, each with its
 * index term: a site's words repeat so often that looking a word up costs less than running it
 * through the stop filter, the product-term marker and the stemmer again.
 *
 * <p>Laid out for the cache, as the lookup runs once per token of a site: an open-addressing table
 * at most half full keeps each slot's hash and entry number side by side, so a probe that misses
 * reads one cache line, and words and terms are numbered in the order they are first seen, so a
 * text's frequent words, met early, sit close together. Terms are kept as characters, copied into
 * the token as they are. Not thread-safe.
 */
final class WordTerms {

  private final Function<String, String> termOf;

  /** Per slot: the word's hash, then its entry number plus one (0 for an empty slot). */
  private int[] slots = new int[2 * 4096];

  private char[][] words = new char[1 << 11][];
  private char[][] terms = new char[1 << 11][];
  private int size;

  /**
   * @param termOf the index term of a word not seen before, or null for a stop word
   */
  WordTerms(Function<String, String> termOf) {
    this.termOf = termOf;
  }

  /**
   * The index term of the word {@code buffer[0, length)}, or null for a stop word; the word is
   * remembered the first time. The array returned is the table's: read it, never change it.
   */
  char[] termOf(char[] buffer, int length) {
    int hash = hash(buffer, length);
    int mask = slots.length / 2 - 1;
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      int entry = slots[2 * slot + 1] - 1;
      if (entry < 0) {
        return add(slot, hash, Arrays.copyOf(buffer, length));
      }
      if (slots[2 * slot] == hash
          && Arrays.equals(words[entry], 0, words[entry].length, buffer, 0, length)) {
        return terms[entry];
      }
    }
  }

  private char[] add(int slot, int hash, char[] word) {
    String term = termOf.apply(new String(word));
    if (size == words.length) {
      words = Arrays.copyOf(words, size * 2);
      terms = Arrays.copyOf(terms, size * 2);
    }
    words[size] = word;
    terms[size] = term == null ? null : term.toCharArray();
    slots[2 * slot] = hash;
    slots[2 * slot + 1] = ++size;
    if (size * 2 > slots.length / 2) {
      grow();
    }
    return terms[size - 1];
  }

  int size() {
    return size;
  }

  /** The words, in the order first seen. */
  List<String> words() {
    List<String> all = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      all.add(new String(words[i]));
    }
    return all;
  }

  private void grow() {
    int[] old = slots;
    slots = new int[old.length * 2];
    int mask = slots.length / 2 - 1;
    for (int i = 0; i < old.length; i += 2) {
      if (old[i + 1] != 0) {
        int slot = old[i] & mask;
        while (slots[2 * slot + 1] != 0) {
          slot = (slot + 1) & mask;
        }
        slots[2 * slot] = old[i];
        slots[2 * slot + 1] = old[i + 1];
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
