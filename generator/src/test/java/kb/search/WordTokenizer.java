package kb.search;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.util.CharTokenizer;

/**
 * The reference for {@link SurfaceWordTokenizer}: Lucene's {@code CharTokenizer} splitting text
 * into runs of the characters the browser's {@code /[\p{L}\p{N}_.]+/u} matches, each tested with
 * that same expression ({@link SearchAnalysis#WORD}), so the reference shares no code with the
 * tokenizer it checks.
 */
final class WordTokenizer extends CharTokenizer {

  /** Longer runs are cut into pieces this long; {@link SearchAnalysis} then drops them. */
  private static final int MAX_RUN = 1024 * 1024;

  WordTokenizer() {
    super(TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, MAX_RUN);
  }

  @Override
  protected boolean isTokenChar(int c) {
    return SearchAnalysis.WORD.matcher(Character.toString(c)).matches();
  }
}
