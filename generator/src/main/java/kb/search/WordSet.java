package kb.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A set of words given as slices of a token buffer, for recording every token of a site. Lucene's
 * {@code CharArraySet} fills its table to 80% and compares words to find a slot, so a lookup reads
 * several words from memory; this table is at most half full and keeps each word's hash beside it,
 * so a lookup reads about one word. Not thread-safe.
 */
final class WordSet {

  private char[][] words = new char[1 << 12][];
  private int[] hashes = new int[1 << 12];
  private int size;

  /** Adds the word {@code buffer[0, length)} unless it is already in the set. */
  void add(char[] buffer, int length) {
    int hash = hash(buffer, length);
    int mask = words.length - 1;
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      char[] word = words[slot];
      if (word == null) {
        words[slot] = Arrays.copyOf(buffer, length);
        hashes[slot] = hash;
        if (++size * 2 > words.length) {
          grow();
        }
        return;
      }
      if (hashes[slot] == hash && Arrays.equals(word, 0, word.length, buffer, 0, length)) {
        return;
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
    words = new char[oldWords.length * 2][];
    hashes = new int[oldWords.length * 2];
    int mask = words.length - 1;
    for (int i = 0; i < oldWords.length; i++) {
      if (oldWords[i] != null) {
        int slot = oldHashes[i] & mask;
        while (words[slot] != null) {
          slot = (slot + 1) & mask;
        }
        words[slot] = oldWords[i];
        hashes[slot] = oldHashes[i];
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
