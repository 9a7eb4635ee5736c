package kb.search;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * After a product term such as {@code auto_hold_quote_right} or {@code opend.xml}, also emits its
 * parts ({@code auto}, {@code hold}, ...), so the term is found as typed and by its words.
 */
final class CompoundPartsFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute position =
      addAttribute(PositionIncrementAttribute.class);
  private final Deque<String> parts = new ArrayDeque<>();
  private State compound;

  CompoundPartsFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!parts.isEmpty()) {
      restoreState(compound);
      term.setEmpty().append(parts.removeFirst());
      position.setPositionIncrement(0);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (isCompound()) {
      for (String part : SearchAnalysis.partsOf(term.toString())) {
        parts.addLast(part);
      }
      compound = captureState();
    }
    return true;
  }

  private boolean isCompound() {
    char[] buffer = term.buffer();
    for (int i = 0; i < term.length(); i++) {
      if (buffer[i] == '.' || buffer[i] == '_') {
        return true;
      }
    }
    return false;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    parts.clear();
    compound = null;
  }
}
