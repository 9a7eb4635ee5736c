package kb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/** The marker decides as the pattern {@code .*[\p{N}_.].*} it replaced, for any word. */
class ProductTermMarkerTest {

  private static final Pattern PRODUCT_TERM = Pattern.compile(".*[\\p{N}_.].*");

  @Property(tries = 3000, seed = "20261125")
  void marksAWordAsAKeywordExactlyWhenThePatternMatchesIt(@ForAll("words") String word)
      throws IOException {
    assertEquals(PRODUCT_TERM.matcher(word).matches(), marked(word), word);
  }

  /**
   * Letters, ASCII and other digits, letter and other numbers (², Ⅻ, 𝟙 beyond the BMP), _ and .
   */
  @Provide
  Arbitrary<String> words() {
    return Arbitraries.of(
            "a", "z", "é", "ß", "中", "7", "0", "٣", "²", "Ⅻ", "\uD835\uDFD9", "_", ".", "q", "r")
        .list()
        .ofMinSize(1)
        .ofMaxSize(8)
        .map(parts -> String.join("", parts));
  }

  private static boolean marked(String word) throws IOException {
    Tokenizer source = new KeywordTokenizer();
    source.setReader(new StringReader(word));
    try (ProductTermMarker marker = new ProductTermMarker(source)) {
      KeywordAttribute keyword = marker.addAttribute(KeywordAttribute.class);
      marker.reset();
      marker.incrementToken();
      boolean result = keyword.isKeyword();
      marker.end();
      return result;
    }
  }
}
