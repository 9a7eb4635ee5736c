package kb.search;

/**
 * The characters Chinese search splits into bigrams: CJK ideographs, by fixed code point ranges
 * rather than by the JDK's or a browser's Unicode script data, so that Java and {@code kb-rank.js}
 * (its {@code HAN} ranges, the same) agree on every code point whatever Unicode version each knows.
 */
final class HanCharacters {

  /** Inclusive ranges: 々, 〇, Hangzhou numerals, CJK extensions A to H, compatibility forms. */
  static final int[][] RANGES = {
    {0x3005, 0x3005},
    {0x3007, 0x3007},
    {0x3021, 0x3029},
    {0x3038, 0x303B},
    {0x3400, 0x4DBF},
    {0x4E00, 0x9FFF},
    {0xF900, 0xFAFF},
    {0x20000, 0x323AF},
  };

  private HanCharacters() {}

  static boolean isHan(int c) {
    if (c < 0x3005) {
      return false;
    }
    for (int[] range : RANGES) {
      if (c >= range[0] && c <= range[1]) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word (of one analysis run) is Han: its first code point is. */
  static boolean isHan(String word) {
    return !word.isEmpty() && isHan(word.codePointAt(0));
  }
}
