package kb.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Drops dots at either end of a token ("OpenD." ends a sentence); drops tokens of dots only. */
final class DotTrimFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  DotTrimFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    while (input.incrementToken()) {
      int start = 0;
      int end = term.length();
      while (start < end && term.charAt(start) == '.') {
        start++;
      }
      while (end > start && term.charAt(end - 1) == '.') {
        end--;
      }
      if (start < end) {
        String kept = term.subSequence(start, end).toString();
        term.setEmpty().append(kept);
        return true;
      }
    }
    return false;
  }
}
