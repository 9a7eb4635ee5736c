package kb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The analysis chain of the search index, in two halves so browsers can copy the first exactly.
 *
 * <ol>
 *   <li><b>Surface words</b>: runs of letters, digits, {@code _} and {@code .}, dots trimmed at the
 *       ends, case-folded ({@link CaseFold}); a word with {@code .} or {@code _} is followed by its
 *       parts. The browser splits queries the same way (a regular expression and a split), so
 *       product terms like {@code OpenD.xml}, {@code auto_hold_quote_right} and {@code 11111} match
 *       as typed.
 *   <li><b>Terms</b>: each surface word alone becomes at most one index term: English stop words
 *       are dropped, words holding a digit, {@code .} or {@code _} are kept as they are, other
 *       words are Porter-stemmed. The browser never stems: the export maps every surface word of
 *       the content to its term.
 * </ol>
 *
 * Thread-safe.
 */
public final class SearchAnalysis {

  /** A surface word, in Java and (as {@code /[\p{L}\p{N}_.]+/gu}) in the browser. */
  static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_.]+");

  /** The longest surface word, in UTF-16 units, as the browser's {@code String.length} counts. */
  static final int MAX_WORD = 255;

  private static final Pattern PART_SEPARATOR = Pattern.compile("[._]+");
  private static final CharArraySet STOP_WORDS = stopWords();

  private final Analyzer surface = new SurfaceAnalyzer();
  private final Analyzer index = new IndexAnalyzer(null);
  private final Analyzer term = new TermAnalyzer();

  /** Surface words, then terms: the question and answer fields. */
  public Analyzer index() {
    return index;
  }

  /**
   * The index analyzer, also handing every surface word it sees to {@code words}: what {@link
   * SearchIndexWriter} uses to learn the vocabulary while it indexes. Its terms are those of {@link
   * #index()}, each word's term looked up once per thread with {@link #termOf}.
   */
  Analyzer index(SurfaceWordCollector words) {
    return new IndexAnalyzer(words);
  }

  /** The surface words of a text, in order, compounds followed by their parts. */
  public List<String> surfaceWords(String text) {
    return tokens(surface, text);
  }

  /** The index term of one surface word, or null for a stop word. */
  public String termOf(String surfaceWord) {
    List<String> terms = tokens(term, surfaceWord);
    return terms.isEmpty() ? null : terms.get(0);
  }

  /** The parts of a compound word, in order, without the word itself and without repeats. */
  static List<String> partsOf(String compound) {
    List<String> parts = new ArrayList<>();
    for (String part : PART_SEPARATOR.split(compound)) {
      if (!part.isEmpty() && !part.equals(compound) && !parts.contains(part)) {
        parts.add(part);
      }
    }
    return parts;
  }

  private static List<String> tokens(Analyzer analyzer, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("", text)) {
      CharTermAttribute attribute = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.add(attribute.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing text in memory", e);
    }
    return out;
  }

  private static CharArraySet stopWords() {
    CharArraySet words = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
    // What apostrophes leave behind: "program's" and "can't" split into "s" and "t".
    words.add("s");
    words.add("t");
    return CharArraySet.unmodifiableSet(words);
  }

  private static TokenStream surfaceWords(Tokenizer source) {
    return new CompoundPartsFilter(source);
  }

  private static TokenStream terms(TokenStream words) {
    TokenStream kept = new ProductTermMarker(new StopFilter(words, STOP_WORDS));
    return new PorterStemFilter(kept);
  }

  private static final class SurfaceAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String field) {
      Tokenizer source = new SurfaceWordTokenizer();
      return new TokenStreamComponents(source, surfaceWords(source));
    }
  }

  private final class IndexAnalyzer extends Analyzer {

    private final SurfaceWordCollector words;

    /** {@code words}: where to record surface words, or null. */
    IndexAnalyzer(SurfaceWordCollector words) {
      this.words = words;
    }

    @Override
    protected TokenStreamComponents createComponents(String field) {
      Tokenizer source = new SurfaceWordTokenizer();
      TokenStream surface = surfaceWords(source);
      return new TokenStreamComponents(
          source,
          words == null ? terms(surface) : words.terms(surface, SearchAnalysis.this::termOf));
    }
  }

  private static final class TermAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String field) {
      Tokenizer source = new KeywordTokenizer();
      return new TokenStreamComponents(source, terms(source));
    }
  }
}
