package kb.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.ArrayUtil;

/**
 * The distinct words one analysing thread saw, each with its index term: a site's words repeat so
 * often that looking a word up costs less than running it through the stop filter, the product-term
 * marker and the stemmer again.
 *
 * <p>Laid out for the processor's cache, as the lookup runs once per token of a site and a large
 * site's table outgrows the cache: an open-addressing table at most half full keeps, per slot, the
 * word's hash and where its characters are in one character pool, with its term's characters right
 * after them. A lookup reads the slot and then one place in the pool, instead of following
 * references to a word's array and its term's. Not thread-safe.
 */
final class WordTerms {

  /** Per slot: hash, word start in the pool plus one (0: empty), word length, term length. */
  private static final int SLOT = 4;

  /** A term length meaning "no term": a stop word. */
  private static final int STOP_WORD = -1;

  private final Function<String, String> termOf;
  private int[] slots = new int[SLOT * 4096];
  private char[] pool = new char[1 << 15];
  private int poolSize;
  private int size;

  /**
   * @param termOf the index term of a word not seen before, or null for a stop word
   */
  WordTerms(Function<String, String> termOf) {
    this.termOf = termOf;
  }

  /**
   * Replaces the word in {@code token} by its index term and returns true, or returns false for a
   * stop word; the word is remembered the first time.
   */
  boolean toTerm(CharTermAttribute token) {
    int slot = slotOf(token.buffer(), token.length());
    int termLength = slots[slot + 3];
    if (termLength == STOP_WORD) {
      return false;
    }
    token.copyBuffer(pool, slots[slot + 1] - 1 + slots[slot + 2], termLength);
    return true;
  }

  /** The slot of the word {@code buffer[0, length)}, filled if the word is new. */
  private int slotOf(char[] buffer, int length) {
    int hash = hash(buffer, length);
    int mask = slots.length / SLOT - 1;
    for (int i = hash & mask; ; i = (i + 1) & mask) {
      int slot = SLOT * i;
      int start = slots[slot + 1] - 1;
      if (start < 0) {
        return add(slot, hash, buffer, length);
      }
      if (slots[slot] == hash
          && slots[slot + 2] == length
          && Arrays.equals(pool, start, start + length, buffer, 0, length)) {
        return slot;
      }
    }
  }

  private int add(int slot, int hash, char[] buffer, int length) {
    String term = termOf.apply(new String(buffer, 0, length));
    int start = poolSize;
    poolSize = start + length + (term == null ? 0 : term.length());
    if (poolSize > pool.length) {
      pool = ArrayUtil.grow(pool, poolSize);
    }
    System.arraycopy(buffer, 0, pool, start, length);
    if (term != null) {
      term.getChars(0, term.length(), pool, start + length);
    }
    slots[slot] = hash;
    slots[slot + 1] = start + 1;
    slots[slot + 2] = length;
    slots[slot + 3] = term == null ? STOP_WORD : term.length();
    if (++size * 2 > slots.length / SLOT) {
      grow();
      return slotOf(buffer, length);
    }
    return slot;
  }

  int size() {
    return size;
  }

  /** The words, in no particular order. */
  List<String> words() {
    List<String> all = new ArrayList<>(size);
    for (int slot = 0; slot < slots.length; slot += SLOT) {
      if (slots[slot + 1] != 0) {
        all.add(new String(pool, slots[slot + 1] - 1, slots[slot + 2]));
      }
    }
    return all;
  }

  private void grow() {
    int[] old = slots;
    slots = new int[old.length * 2];
    int mask = slots.length / SLOT - 1;
    for (int from = 0; from < old.length; from += SLOT) {
      if (old[from + 1] != 0) {
        int i = old[from] & mask;
        while (slots[SLOT * i + 1] != 0) {
          i = (i + 1) & mask;
        }
        System.arraycopy(old, from, slots, SLOT * i, SLOT);
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
