package kb.check;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import kb.search.CaseFold;

/**
 * Text as the leak lint compares it, so that no way of writing a term hides it: percent-escapes
 * decoded ({@code %66utunn}), compatibility forms unified (full-width {@code Ｆｕｔｕ}, ligatures:
 * Unicode NFKC's equivalences, compared decomposed, as NFKD), invisible characters removed (soft
 * hyphens, zero-width spaces and joiners, bidirectional marks, variation selectors, control
 * characters but line breaks and tabs), and every letter case-folded with {@link CaseFold}.
 * Optionally keeps, for each character, where in the original text it came from. Immutable.
 */
final class FoldedText {

  /** Each ASCII character folded, 0 for one that takes the long way (controls, {@code %}). */
  private static final char[] ASCII = asciiFolds();

  private final char[] chars;
  private final int length;
  private final int[] origins;
  private final int rawLength;

  private FoldedText(char[] chars, int length, int[] origins, int rawLength) {
    this.chars = chars;
    this.length = length;
    this.origins = origins;
    this.rawLength = rawLength;
  }

  /** The folded text of {@code raw}. */
  static FoldedText of(String raw) {
    return fold(raw, false);
  }

  /** The folded text of {@code raw}, with the origin of each of its characters. */
  static FoldedText tracked(String raw) {
    return fold(raw, true);
  }

  /** The folded text's characters, up to {@link #length}; not to be changed. */
  char[] chars() {
    return chars;
  }

  int length() {
    return length;
  }

  String text() {
    return new String(chars, 0, length);
  }

  /**
   * Where in the original text the folded character at {@code index} came from; the original's
   * length for the folded text's length. Only for a text made {@link #tracked}.
   */
  int origin(int index) {
    return index < length ? origins[index] : rawLength;
  }

  private static FoldedText fold(String raw, boolean track) {
    // One loop over arrays: this reads every page, question and search data file of a site, and
    // nearly all of their characters are ASCII, folded by table here, without a call.
    char[] in = raw.toCharArray();
    Folding out = new Folding(in.length, track);
    // Most text needs no decomposition (NFKD leaves it as it is): asked once for all of it, and
    // only when it holds a character that might.
    Boolean decompose = null;
    for (int i = 0; i < in.length; ) {
      char c = in[i];
      char folded = c < 128 ? ASCII[c] : 0;
      if (folded != 0 && out.length < out.text.length) {
        if (out.origins != null) {
          out.origins[out.length] = i;
        }
        out.text[out.length++] = folded;
        i++;
        continue;
      }
      int escaped = c == '%' ? out.percentEscapes(in, i) : i;
      if (escaped > i) {
        i = escaped;
      } else {
        int code = Character.codePointAt(in, i);
        if (decompose == null && code >= 128) {
          decompose = !Normalizer.isNormalized(raw, Normalizer.Form.NFKD);
        }
        out.add(code, i, decompose != null && decompose);
        i += Character.charCount(code);
      }
    }
    return out.done(in.length);
  }

  private static char[] asciiFolds() {
    char[] folds = new char[128];
    for (char c = 0; c < 128; c++) {
      boolean special = c == '%' || c == 0x7f || (c < ' ' && c != '\n' && c != '\t' && c != '\r');
      folds[c] = special ? 0 : (char) CaseFold.of(c);
    }
    return folds;
  }

  /** Whether a code point shows as nothing: format characters, fillers, variation selectors. */
  static boolean isInvisible(int c) {
    int type = Character.getType(c);
    if (type == Character.FORMAT) {
      return true; // soft hyphen, zero-width space and joiners, direction marks, word joiner, BOM
    }
    if (type == Character.CONTROL) {
      return c != '\n' && c != '\t' && c != '\r' && c != '\f';
    }
    return c == 0x034F // combining grapheme joiner
        || c == 0x115F
        || c == 0x1160
        || c == 0x3164
        || c == 0xFFA0 // Hangul fillers
        || c == 0x17B4
        || c == 0x17B5 // Khmer inherent vowels
        || (c >= 0x180B && c <= 0x180F) // Mongolian variation selectors
        || (c >= 0xFE00 && c <= 0xFE0F)
        || (c >= 0xE0100 && c <= 0xE01EF); // variation selectors
  }

  /** The folded text as it is made. */
  private static final class Folding {
    char[] text;
    int length;
    int[] origins;

    Folding(int capacity, boolean track) {
      text = new char[Math.max(16, capacity)];
      origins = track ? new int[text.length] : null;
    }

    /** Adds code point {@code c}, which comes from {@code origin}, decomposed if asked. */
    void add(int c, int origin, boolean decompose) {
      if (isInvisible(c)) {
        return;
      }
      if (!decompose || c < 128) {
        appendCodePoint(CaseFold.of(c), origin);
        return;
      }
      String decomposed = Normalizer.normalize(Character.toString(c), Normalizer.Form.NFKD);
      for (int i = 0; i < decomposed.length(); ) {
        int d = decomposed.codePointAt(i);
        if (!isInvisible(d)) {
          appendCodePoint(CaseFold.of(d), origin);
        }
        i += Character.charCount(d);
      }
    }

    void append(char c, int origin) {
      if (length == text.length) {
        grow();
      }
      if (origins != null) {
        origins[length] = origin;
      }
      text[length++] = c;
    }

    private void appendCodePoint(int c, int origin) {
      if (Character.isBmpCodePoint(c)) {
        append((char) c, origin);
      } else {
        append(Character.highSurrogate(c), origin);
        append(Character.lowSurrogate(c), origin);
      }
    }

    private void grow() {
      text = Arrays.copyOf(text, text.length * 2);
      if (origins != null) {
        origins = Arrays.copyOf(origins, text.length);
      }
    }

    /**
     * Decodes the run of percent-escapes at {@code at} when their bytes are UTF-8, as a browser
     * shows such a URL; returns where the run ends, or {@code at} when it is not decoded.
     */
    int percentEscapes(char[] raw, int at) {
      int end = at;
      while (end + 2 < raw.length
          && raw[end] == '%'
          && Character.digit(raw[end + 1], 16) >= 0
          && Character.digit(raw[end + 2], 16) >= 0) {
        end += 3;
      }
      if (end == at) {
        return at;
      }
      ByteBuffer bytes = ByteBuffer.allocate((end - at) / 3);
      for (int i = at; i < end; i += 3) {
        bytes.put((byte) (Character.digit(raw[i + 1], 16) * 16 + Character.digit(raw[i + 2], 16)));
      }
      CharBuffer chars;
      try {
        chars =
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(bytes.flip());
      } catch (CharacterCodingException notUtf8) {
        return at;
      }
      String decoded = chars.toString();
      for (int i = 0; i < decoded.length(); ) {
        int c = decoded.codePointAt(i);
        add(c, at, true); // what an escape decodes to was never asked about
        i += Character.charCount(c);
      }
      return end;
    }

    FoldedText done(int rawLength) {
      return new FoldedText(text, length, origins, rawLength);
    }
  }
}
