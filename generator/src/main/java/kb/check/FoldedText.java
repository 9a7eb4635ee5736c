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

  private final String text;
  private final int[] origins;
  private final int rawLength;

  private FoldedText(String text, int[] origins, int rawLength) {
    this.text = text;
    this.origins = origins;
    this.rawLength = rawLength;
  }

  /** The folded text of {@code raw}. */
  static String of(String raw) {
    return fold(raw, false).text;
  }

  /** The folded text of {@code raw}, with the origin of each of its characters. */
  static FoldedText tracked(String raw) {
    return fold(raw, true);
  }

  String text() {
    return text;
  }

  /**
   * Where in the original text the folded character at {@code index} came from; the original's
   * length for the folded text's length.
   */
  int origin(int index) {
    return index < text.length() ? origins[index] : rawLength;
  }

  private static FoldedText fold(String raw, boolean track) {
    if (isPlain(raw)) {
      String folded = CaseFold.of(raw);
      return new FoldedText(folded, track ? identity(raw.length()) : null, raw.length());
    }
    // Most text needs no decomposition (NFKD leaves it as it is), and asking once is cheaper than
    // asking for each character.
    boolean decompose = !Normalizer.isNormalized(raw, Normalizer.Form.NFKD);
    Folding out = new Folding(raw, track);
    for (int i = 0; i < raw.length(); ) {
      int decoded = raw.charAt(i) == '%' ? out.percentEscapes(raw, i) : i;
      if (decoded > i) {
        i = decoded;
        continue;
      }
      int c = raw.codePointAt(i);
      out.add(c, i, decompose);
      i += Character.charCount(c);
    }
    return out.done();
  }

  /** Printable ASCII, tabs and line breaks without a {@code %}: only letters change. */
  private static boolean isPlain(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c >= 0x7f || c == '%' || (c < ' ' && c != '\n' && c != '\t' && c != '\r')) {
        return false;
      }
    }
    return true;
  }

  private static int[] identity(int length) {
    int[] origins = new int[length];
    Arrays.setAll(origins, i -> i);
    return origins;
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
    private final int rawLength;
    private final StringBuilder text;
    private int[] origins;

    Folding(String raw, boolean track) {
      rawLength = raw.length();
      text = new StringBuilder(raw.length());
      origins = track ? new int[Math.max(16, raw.length())] : null;
    }

    /** Adds code point {@code c}, which comes from {@code origin}, decomposed if asked. */
    void add(int c, int origin, boolean decompose) {
      if (c < 0x80) {
        if (!isInvisible(c)) {
          append(CaseFold.of(c), origin);
        }
        return;
      }
      if (isInvisible(c)) {
        return;
      }
      if (!decompose) {
        append(CaseFold.of(c), origin);
        return;
      }
      String decomposed = Normalizer.normalize(Character.toString(c), Normalizer.Form.NFKD);
      for (int i = 0; i < decomposed.length(); ) {
        int d = decomposed.codePointAt(i);
        if (!isInvisible(d)) {
          append(CaseFold.of(d), origin);
        }
        i += Character.charCount(d);
      }
    }

    private void append(int c, int origin) {
      int before = text.length();
      text.appendCodePoint(c);
      if (origins != null) {
        if (text.length() > origins.length) {
          origins = Arrays.copyOf(origins, Math.max(text.length(), origins.length * 2));
        }
        Arrays.fill(origins, before, text.length(), origin);
      }
    }

    /**
     * Decodes the run of percent-escapes at {@code at} when their bytes are UTF-8, as a browser
     * shows such a URL; returns where the run ends, or {@code at} when it is not decoded.
     */
    int percentEscapes(String raw, int at) {
      int end = at;
      while (end + 2 < raw.length()
          && raw.charAt(end) == '%'
          && Character.digit(raw.charAt(end + 1), 16) >= 0
          && Character.digit(raw.charAt(end + 2), 16) >= 0) {
        end += 3;
      }
      if (end == at) {
        return at;
      }
      ByteBuffer bytes = ByteBuffer.allocate((end - at) / 3);
      for (int i = at; i < end; i += 3) {
        bytes.put(
            (byte)
                (Character.digit(raw.charAt(i + 1), 16) * 16
                    + Character.digit(raw.charAt(i + 2), 16)));
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

    FoldedText done() {
      return new FoldedText(
          text.toString(),
          origins == null ? null : Arrays.copyOf(origins, text.length()),
          rawLength);
    }
  }
}
