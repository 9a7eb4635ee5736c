package kb.search;

import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.ArrayUtil;

/**
 * Surface words, before their parts: runs of letters, numbers, {@code _} and {@code .} (exactly the
 * characters of the browser's {@code /[\p{L}\p{N}_.]+/u}, by Unicode general category), dots
 * trimmed at either end ("OpenD." ends a sentence; a run of dots is no word), case-folded ({@link
 * CaseFold}), and dropped when longer than {@link SearchAnalysis#MAX_WORD} UTF-16 units, leaving a
 * gap in positions as Lucene's {@code LengthFilter} does.
 *
 * <p>One loop over the text instead of Lucene's {@code CharTokenizer} followed by three filters:
 * every token of every question passes through here, and the chain of four cost twice as much.
 * ASCII, most of a site's text, is classified and lower-cased by table.
 *
 * <p>For Chinese ({@link #chinese()}) the text is first folded by {@link ChineseFold}, and a run of
 * {@link HanCharacters} is a word of its own, of any length and typed {@link #HAN}, whatever
 * letters stand next to it: {@code OpenD行情} is {@code opend} and {@code 行情}; {@link
 * HanBigramFilter} then cuts it into bigrams.
 */
final class SurfaceWordTokenizer extends Tokenizer {

  /** The token type of a run of Han characters. */
  static final String HAN = "<han>";

  /**
   * Longer runs are cut into pieces, as {@code CharTokenizer} cuts them at its longest token; the
   * length limit then drops them.
   */
  static final int MAX_RUN = 1024 * 1024;

  private static final int INITIAL_BUFFER = 4096;
  private static final int LARGEST_BUFFER_KEPT = 64 * 1024;
  private static final boolean[] ASCII_WORD = asciiWordChars();

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute position =
      addAttribute(PositionIncrementAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);
  private final boolean chinese;

  /** The text, read whole; a buffer kept between texts unless a long one made it large. */
  private char[] text = new char[INITIAL_BUFFER];

  private int length;
  private int next;
  private int skipped;
  private int finalOffset;
  private boolean readable; // between reset() and close()

  SurfaceWordTokenizer() {
    this(false);
  }

  private SurfaceWordTokenizer(boolean chinese) {
    this.chinese = chinese;
  }

  /** Chinese text's tokenizer: folded, Han runs apart. */
  static SurfaceWordTokenizer chinese() {
    return new SurfaceWordTokenizer(true);
  }

  @Override
  public boolean incrementToken() {
    if (!readable) {
      throw new IllegalStateException("TokenStream contract violation: reset() call missing");
    }
    clearAttributes();
    while (next < length) {
      int start = runStart(next);
      if (start == length) {
        next = length;
        break;
      }
      int end = runEnd(start);
      next = end;
      finalOffset = correctOffset(end);
      if (chinese && HanCharacters.isHan(Character.codePointAt(text, start, end))) {
        // Never too long: it becomes bigrams.
        term.copyBuffer(text, start, end - start);
        type.setType(HAN);
        position.setPositionIncrement(1 + skipped);
        skipped = 0;
        offset.setOffset(correctOffset(start), finalOffset);
        return true;
      }
      int from = start;
      int to = end;
      while (from < to && text[from] == '.') {
        from++;
      }
      while (to > from && text[to - 1] == '.') {
        to--;
      }
      if (from == to) {
        continue; // dots only: no word, and no gap
      }
      if (to - from > SearchAnalysis.MAX_WORD) {
        skipped++;
        continue;
      }
      lowerCase(from, to);
      position.setPositionIncrement(1 + skipped);
      skipped = 0;
      offset.setOffset(correctOffset(start), finalOffset);
      return true;
    }
    finalOffset = correctOffset(length);
    return false;
  }

  private int runStart(int from) {
    int i = from;
    while (i < length) {
      int c = Character.codePointAt(text, i, length);
      if (chinese ? isChineseWordChar(c) : isWordChar(c)) {
        return i;
      }
      i += Character.charCount(c);
    }
    return length;
  }

  private int runEnd(int start) {
    int i = start;
    boolean han = chinese && HanCharacters.isHan(Character.codePointAt(text, i, length));
    while (i < length && i - start < MAX_RUN) {
      int c = Character.codePointAt(text, i, length);
      boolean inRun =
          chinese ? isChineseWordChar(c) && HanCharacters.isHan(c) == han : isWordChar(c);
      if (!inRun) {
        break;
      }
      i += Character.charCount(c);
    }
    return i;
  }

  private void lowerCase(int from, int to) {
    char[] out = term.resizeBuffer(to - from);
    int n = 0;
    for (int i = from; i < to; ) {
      char c = text[i];
      if (c < 128) {
        out[n++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        i++;
      } else {
        // Each code point folded in place, to one of the same length (see CaseFold).
        int cp = Character.codePointAt(text, i, to);
        int count = Character.charCount(cp);
        Character.toChars(CaseFold.of(cp), out, n);
        n += count;
        i += count;
      }
    }
    term.setLength(n);
  }

  /** A word character of Chinese text: one of any other text, or a Han character. */
  static boolean isChineseWordChar(int c) {
    return isWordChar(c) || HanCharacters.isHan(c);
  }

  static boolean isWordChar(int c) {
    if (c < 128) {
      return ASCII_WORD[c];
    }
    switch (Character.getType(c)) {
      case Character.UPPERCASE_LETTER:
      case Character.LOWERCASE_LETTER:
      case Character.TITLECASE_LETTER:
      case Character.MODIFIER_LETTER:
      case Character.OTHER_LETTER:
      case Character.DECIMAL_DIGIT_NUMBER:
      case Character.LETTER_NUMBER:
      case Character.OTHER_NUMBER:
        return true;
      default:
        return false;
    }
  }

  private static boolean[] asciiWordChars() {
    boolean[] word = new boolean[128];
    for (int c = 0; c < 128; c++) {
      word[c] = c == '_' || c == '.' || Character.isLetterOrDigit(c);
    }
    return word;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    length = 0;
    next = 0;
    skipped = 0;
    finalOffset = 0;
    // A question's text is a few kilobytes: read whole, then scanned without a reader's refills.
    for (int read; (read = input.read(text, length, text.length - length)) != -1; ) {
      length += read;
      if (length == text.length) {
        text = ArrayUtil.grow(text, length + 1);
      }
    }
    if (chinese) {
      ChineseFold.fold(text, length);
    }
    readable = true;
  }

  @Override
  public void end() throws IOException {
    super.end();
    position.setPositionIncrement(skipped);
    // Where the last word read ended, or the text's end once every word was read: CharTokenizer's.
    offset.setOffset(finalOffset, finalOffset);
  }

  @Override
  public void close() throws IOException {
    super.close();
    readable = false;
    length = 0;
    if (text.length > LARGEST_BUFFER_KEPT) {
      text = new char[INITIAL_BUFFER];
    }
  }
}
