package kb.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Cuts each run of Han characters ({@link SurfaceWordTokenizer#HAN}) into its overlapping bigrams,
 * as Lucene's {@code CJKBigramFilter} does: {@code 连接断开} is {@code 连接}, {@code 接断}, {@code 断开}; a
 * lone character stays a word. The first word of a run keeps the type {@code HAN}, the others are
 * {@link #HAN_NEXT}, so a query knows its runs. No dictionary: the browser cuts the same runs the
 * same way, and any run a reader types is found where its bigrams all are.
 */
final class HanBigramFilter extends TokenFilter {

  /** The type of the bigrams of a run after its first. */
  static final String HAN_NEXT = "<han-next>";

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute position =
      addAttribute(PositionIncrementAttribute.class);

  private char[] run = new char[64];
  private int runLength;
  private int runOffset;
  private int next; // where the run's next bigram starts; runLength when none is left
  private State state;

  HanBigramFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (next < runLength && hasBigramAt(next)) {
      restoreState(state);
      emitBigramAt(next);
      type.setType(HAN_NEXT);
      position.setPositionIncrement(1);
      return true;
    }
    runLength = 0;
    next = 0;
    if (!input.incrementToken()) {
      return false;
    }
    if (!SurfaceWordTokenizer.HAN.equals(type.type())) {
      return true;
    }
    int first = Character.charCount(Character.codePointAt(term.buffer(), 0, term.length()));
    if (first == term.length()) {
      return true; // a lone character
    }
    if (run.length < term.length()) {
      run = new char[term.length()];
    }
    runLength = term.length();
    System.arraycopy(term.buffer(), 0, run, 0, runLength);
    runOffset = offset.startOffset();
    state = captureState();
    emitBigramAt(0);
    return true;
  }

  private boolean hasBigramAt(int at) {
    return at + Character.charCount(Character.codePointAt(run, at, runLength)) < runLength;
  }

  /** The bigram starting at {@code at}; {@link #next} moves on to the following one. */
  private void emitBigramAt(int at) {
    int second = at + Character.charCount(Character.codePointAt(run, at, runLength));
    int end = second + Character.charCount(Character.codePointAt(run, second, runLength));
    term.copyBuffer(run, at, end - at);
    offset.setOffset(runOffset + at, runOffset + end);
    next = second;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    runLength = 0;
    next = 0;
    state = null;
  }
}
