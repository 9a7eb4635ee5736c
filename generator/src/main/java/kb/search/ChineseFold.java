package kb.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What Chinese search folds before it splits text, one code point to one of the same UTF-16 length
 * (so offsets stay put): full-width ASCII ({@code ＯｐｅｎＤ１２}) to ASCII, the ideographic space to a
 * space, and each Traditional character to its Simplified form, so that either script finds the
 * other.
 *
 * <p>The Traditional-Simplified table, {@code traditional-simplified.txt}, is ICU4J's {@code
 * Traditional-Simplified} transliterator applied to each single character, followed until it stops
 * (so every target folds to itself), without the 168 entries that change a character's UTF-16
 * length; {@code TraditionalSimplifiedTableTest} holds it to ICU4J. Single characters only: ICU's
 * own context rules and phrase conversions (乾隆 keeps 乾 where 乾燥 would be 干燥) are not applied, so
 * such characters fold the same everywhere; as index and query fold alike, this only merges a few
 * rare pairs, it never loses a match. Immutable and thread-safe.
 */
final class ChineseFold {

  private static final String TABLE = "traditional-simplified.txt";
  private static final Map<Integer, Integer> TRADITIONAL_SIMPLIFIED = read();

  private ChineseFold() {}

  /** The folded code point. */
  static int of(int c) {
    if (c >= 0xFF01 && c <= 0xFF5E) {
      return c - 0xFEE0; // full-width ASCII
    }
    if (c == 0x3000) {
      return ' ';
    }
    return c < 0x3005 ? c : TRADITIONAL_SIMPLIFIED.getOrDefault(c, c);
  }

  /** The text with each code point folded. */
  static String of(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> out.appendCodePoint(of(c)));
    return out.toString();
  }

  /** Folds {@code text[0, length)} in place. */
  static void fold(char[] text, int length) {
    for (int i = 0; i < length; ) {
      int c = Character.codePointAt(text, i, length);
      int folded = of(c);
      if (folded != c) {
        Character.toChars(folded, text, i);
      }
      i += Character.charCount(c);
    }
  }

  /** The Traditional-Simplified pairs, by Traditional code point. */
  static SortedMap<Integer, Integer> traditionalSimplified() {
    return new TreeMap<>(TRADITIONAL_SIMPLIFIED);
  }

  private static Map<Integer, Integer> read() {
    Map<Integer, Integer> table = new HashMap<>();
    InputStream in = ChineseFold.class.getResourceAsStream(TABLE);
    if (in == null) {
      throw new IllegalStateException("kb's jar lacks kb/search/" + TABLE);
    }
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (!line.isEmpty() && !line.startsWith("#")) {
          int[] pair = line.codePoints().toArray();
          table.put(pair[0], pair[1]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading kb/search/" + TABLE, e);
    }
    return Map.copyOf(table);
  }
}
