package kb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

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
 * <p>Each site language has its analysis ({@link #forLanguage}). Chinese ({@code zh}, {@code
 * zh-CN}, {@code zh-HK}, ...) folds the text first ({@link ChineseFold}: full-width to ASCII,
 * Traditional to Simplified) and cuts every run of Han characters into overlapping bigrams ({@link
 * HanBigramFilter}), each its own term; other words are analysed as in English. A query's Han run
 * matches the questions holding all of its bigrams ({@link #queryWords}).
 *
 * <p>Thread-safe.
 */
public final class SearchAnalysis {

  /** A surface word, in Java and (as {@code /[\p{L}\p{N}_.]+/gu}) in the browser. */
  static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_.]+");

  /** A raw word of Chinese text once folded: a run of Han characters, or of other word ones. */
  static final Pattern CHINESE_WORD = Pattern.compile(chineseWord());

  /**
   * One word of a query: a surface word, or one bigram of a run of Han characters.
   *
   * @param word the surface word
   * @param run for a bigram (or lone character), which Han run of the query it belongs to, counting
   *     from 0; -1 for other words. A question matches a run if it holds all its words.
   */
  public record QueryWord(String word, int run) {}

  /** The longest surface word, in UTF-16 units, as the browser's {@code String.length} counts. */
  static final int MAX_WORD = 255;

  private static final Pattern PART_SEPARATOR = Pattern.compile("[._]+");
  private static final CharArraySet STOP_WORDS = stopWords();

  private final String language;
  private final boolean chinese;
  private final Analyzer surface = new SurfaceAnalyzer();
  private final Analyzer index = new IndexAnalyzer(null);
  private final Analyzer term = new TermAnalyzer();

  /** English analysis: what any language but Chinese gets. */
  public SearchAnalysis() {
    this("en", false);
  }

  private SearchAnalysis(String language, boolean chinese) {
    this.language = language;
    this.chinese = chinese;
  }

  /**
   * The analysis for a site in the language {@code tag} (BCP 47): Chinese for {@code zh} and its
   * subtags (zh-CN, zh-HK, zh-Hant-TW, any case), English for every other language.
   */
  public static SearchAnalysis forLanguage(String tag) {
    String primary = tag.split("-", 2)[0];
    return new SearchAnalysis(tag, primary.equalsIgnoreCase("zh"));
  }

  /** The language tag this analysis was made for. */
  public String language() {
    return language;
  }

  /** Whether runs of Han characters are cut into bigrams: Chinese analysis. */
  public boolean chinese() {
    return chinese;
  }

  /** Surface words only: the vocabulary field, and queries. */
  public Analyzer surface() {
    return surface;
  }

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

  /**
   * The words of a query, in order: each surface word, and for each run of Han characters its
   * bigrams, each once, marked with the run's number.
   */
  public List<QueryWord> queryWords(String query) {
    List<QueryWord> out = new ArrayList<>();
    int run = -1;
    try (TokenStream stream = surface.tokenStream("", query)) {
      CharTermAttribute attribute = stream.addAttribute(CharTermAttribute.class);
      TypeAttribute type = stream.addAttribute(TypeAttribute.class);
      stream.reset();
      int runStart = 0;
      while (stream.incrementToken()) {
        String word = attribute.toString();
        if (SurfaceWordTokenizer.HAN.equals(type.type())) {
          run++;
          runStart = out.size();
          out.add(new QueryWord(word, run));
        } else if (HanBigramFilter.HAN_NEXT.equals(type.type())) {
          // A bigram twice in a run ("一一一") is one condition, counted once.
          if (!out.subList(runStart, out.size()).contains(new QueryWord(word, run))) {
            out.add(new QueryWord(word, run));
          }
        } else {
          out.add(new QueryWord(word, -1));
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing a query", e);
    }
    return List.copyOf(out);
  }

  /**
   * The query's last raw word, as the query's words are found in it: for Chinese after folding, a
   * run of Han characters or of other word characters; "" if the query has none.
   */
  String lastRawWord(String query) {
    var matcher = (chinese ? CHINESE_WORD : WORD).matcher(chinese ? ChineseFold.of(query) : query);
    String last = "";
    while (matcher.find()) {
      last = matcher.group();
    }
    return last;
  }

  /** Whether the query ends with a word character: its last word may still be being typed. */
  boolean endsInWord(String query) {
    if (query.isEmpty()) {
      return false;
    }
    int last = query.codePointBefore(query.length());
    return chinese
        ? SurfaceWordTokenizer.isChineseWordChar(ChineseFold.of(last))
        : WORD.matcher(Character.toString(last)).matches();
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

  private Tokenizer tokenizer() {
    return chinese ? SurfaceWordTokenizer.chinese() : new SurfaceWordTokenizer();
  }

  private TokenStream surfaceWords(Tokenizer source) {
    return new CompoundPartsFilter(chinese ? new HanBigramFilter(source) : source);
  }

  /** The class of {@link #CHINESE_WORD}: Han runs apart from the rest, as the tokenizer cuts. */
  private static String chineseWord() {
    StringBuilder han = new StringBuilder();
    for (int[] range : HanCharacters.RANGES) {
      han.append(String.format(Locale.ROOT, "\\x{%X}-\\x{%X}", range[0], range[1]));
    }
    return "[" + han + "]+|[[\\p{L}\\p{N}_.]&&[^" + han + "]]+";
  }

  private static TokenStream terms(TokenStream words) {
    TokenStream kept = new ProductTermMarker(new StopFilter(words, STOP_WORDS));
    return new PorterStemFilter(kept);
  }

  private final class SurfaceAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String field) {
      Tokenizer source = tokenizer();
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
      Tokenizer source = tokenizer();
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
