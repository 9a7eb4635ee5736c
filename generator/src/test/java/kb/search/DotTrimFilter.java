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
      if (start == 0 && end == term.length()) {
        return true;
      }
      if (start < end) {
        // Shift the kept chars to the front in place: no String per token.
        char[] buffer = term.buffer();
        System.arraycopy(buffer, start, buffer, 0, end - start);
        term.setLength(end - start);
        return true;
      }
    }
    return false;
  }
}
