package kb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/**
 * The one-loop tokenizer gives what the Lucene chain it replaced gave: {@link WordTokenizer} (a
 * {@code CharTokenizer}), {@link DotTrimFilter}, {@code LowerCaseFilter} and {@code LengthFilter},
 * with {@link CaseFold} in place of the lower-casing. That chain is kept in the tests as the
 * reference.
 */
class SurfaceWordTokenizerTest {

  @Test
  void wordsAreTrimmedOfDotsLowerCasedAndLimitedInLength() throws IOException {
    assertEquals(
        List.of("opend.xml+1 [0,9)", "exits+1 [10,16)", "½cup+1 [17,21)", "ⅻ+2 [280,281)", "end+0"),
        tokens(new SurfaceWordTokenizer(), "OpenD.xml exits. ½Cup " + "x".repeat(256) + " (Ⅻ)"));
  }

  @Test
  void runsLongerThanTheLongestTokenAreCutAsLuceneCutsThem() throws IOException {
    int max = SurfaceWordTokenizer.MAX_RUN;
    for (String text :
        List.of(
            "a".repeat(max + 300) + " b",
            ".".repeat(max) + "abc",
            ".".repeat(max - 2) + "abcdef",
            "a".repeat(max - 1) + "\uD801\uDC00xyz")) {
      assertEquals(reference(text), tokens(new SurfaceWordTokenizer(), text));
    }
  }

  @Property(tries = 500, seed = "20261126")
  void givesTheTokensOfTheChainItReplaced(@ForAll("texts") String text) throws IOException {
    assertEquals(reference(text), tokens(new SurfaceWordTokenizer(), text), text);
  }

  /**
   * Texts of up to 18,000 characters, read a few characters at a time: past the old tokenizer's
   * 4,096-character buffer (surrogate pairs and lone surrogates land on its edge) and this one's.
   */
  @Property(tries = 100, seed = "20261126")
  void readsLongTextHandedOverInSmallPieces(@ForAll("longTexts") String text) throws IOException {
    Tokenizer tokenizer = new SurfaceWordTokenizer();
    assertEquals(reference(text), tokens(tokenizer, new Trickle(text)));
    // Reused, as Lucene reuses a thread's chain: nothing is left over from the longer text.
    String shorter = text.substring(0, text.length() / 3);
    assertEquals(reference(shorter), tokens(tokenizer, shorter));
  }

  @Test
  void offsetsAreCorrectedThroughACharFilter() throws IOException {
    NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
    map.add("&amp;", "&");
    NormalizeCharMap entities = map.build();
    String text = "Q&amp;A: OpenD.xml &amp; more.";
    Tokenizer tokenizer = new SurfaceWordTokenizer();
    tokenizer.setReader(new MappingCharFilter(entities, new StringReader(text)));
    Tokenizer old = new WordTokenizer();
    old.setReader(new MappingCharFilter(entities, new StringReader(text)));
    TokenStream chain =
        new LengthFilter(new CaseFoldFilter(new DotTrimFilter(old)), 1, SearchAnalysis.MAX_WORD);
    List<String> tokens = tokens(tokenizer);
    assertEquals(tokens(chain), tokens);
    assertEquals("a+1 [6,7)", tokens.get(1), "offsets in the text before the filter");
  }

  @Test
  void readingWithoutResetBreaksTheContractLoudly() throws IOException {
    Tokenizer tokenizer = new SurfaceWordTokenizer();
    tokens(tokenizer, "one text");
    assertThrows(IllegalStateException.class, tokenizer::incrementToken);
  }

  /** Words, dots, underscores, case, numbers, non-Latin text, surrogates and long runs. */
  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> piece =
        Arbitraries.oneOf(
            Arbitraries.strings().withChars("aZ._9 -,'").ofMaxLength(8),
            Arbitraries.of(
                "OpenD.xml",
                "...",
                ".x.",
                "ÉCOLE",
                "İstanbul",
                "Straße",
                "ΣΊΣΥΦΟΣ",
                "σίσυφος", // a final sigma folds as any other
                "ſ ı µ ǅ", // letters whose lower case is not their fold
                "富途牛牛",
                "½",
                "Ⅻ",
                "\uD801\uDC00", // DESERET CAPITAL LONG I: lower-cases outside the BMP
                "\uD835\uDC00", // MATHEMATICAL BOLD CAPITAL A: a letter without lower case
                "\uD800", // a lone high surrogate
                "\uDC00", // a lone low surrogate
                "\t\n",
                "x".repeat(255),
                "y".repeat(256),
                "." + "z".repeat(255) + ".",
                ".".repeat(300)));
    return piece.list().ofMaxSize(12).map(pieces -> String.join("", pieces));
  }

  @Provide
  Arbitrary<String> longTexts() {
    Arbitrary<String> piece =
        Arbitraries.oneOf(
            texts(),
            Arbitraries.of("\uD801\uDC00", "\uD800", "a".repeat(4095), "b".repeat(300) + " "));
    return piece.list().ofMaxSize(60).map(pieces -> String.join("", pieces));
  }

  private static List<String> reference(String text) throws IOException {
    Tokenizer source = new WordTokenizer();
    TokenStream chain =
        new LengthFilter(new CaseFoldFilter(new DotTrimFilter(source)), 1, SearchAnalysis.MAX_WORD);
    source.setReader(new StringReader(text));
    return tokens(chain);
  }

  private static List<String> tokens(Tokenizer tokenizer, String text) throws IOException {
    return tokens(tokenizer, new StringReader(text));
  }

  private static List<String> tokens(Tokenizer tokenizer, Reader text) throws IOException {
    tokenizer.setReader(text);
    return tokens(tokenizer);
  }

  private static List<String> tokens(TokenStream stream) throws IOException {
    CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
    PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
    OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
    List<String> out = new ArrayList<>();
    stream.reset();
    while (stream.incrementToken()) {
      out.add(
          term
              + "+"
              + increment.getPositionIncrement()
              + " ["
              + offset.startOffset()
              + ","
              + offset.endOffset()
              + ")");
    }
    stream.end();
    out.add("end+" + increment.getPositionIncrement());
    stream.close();
    return out;
  }

  /** Lucene's {@code LowerCaseFilter}, folding each code point with {@link CaseFold} instead. */
  private static final class CaseFoldFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    CaseFoldFilter(TokenStream input) {
      super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      String folded = CaseFold.of(term.toString());
      term.setEmpty().append(folded);
      return true;
    }
  }

  /** A reader that hands over one to three characters at a time. */
  private static final class Trickle extends Reader {
    private final String text;
    private int at;

    Trickle(String text) {
      this.text = text;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
      if (at == text.length()) {
        return -1;
      }
      int n = Math.min(Math.min(length, 1 + at % 3), text.length() - at);
      text.getChars(at, at + n, buffer, offset);
      at += n;
      return n;
    }

    @Override
    public void close() {}
  }
}
