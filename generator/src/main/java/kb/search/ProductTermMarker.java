package kb.search;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.KeywordMarkerFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Marks product terms as keywords, so no stemmer changes them: words holding a digit or other
 * number character ({@code \p{N}}), {@code _} or {@code .}, such as {@code 11111}, {@code
 * opend.xml} or {@code auto_hold_quote_right}. The same test as the pattern {@code .*[\p{N}_.].*},
 * made on the term's characters without a regular expression per token.
 */
final class ProductTermMarker extends KeywordMarkerFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  ProductTermMarker(TokenStream input) {
    super(input);
  }

  @Override
  protected boolean isKeyword() {
    char[] buffer = term.buffer();
    int length = term.length();
    for (int i = 0; i < length; ) {
      int c = Character.codePointAt(buffer, i, length);
      if (c == '_' || c == '.' || isNumber(c)) {
        return true;
      }
      i += Character.charCount(c);
    }
    return false;
  }

  /** Unicode's N category, what {@code \p{N}} matches. */
  private static boolean isNumber(int c) {
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }
}
