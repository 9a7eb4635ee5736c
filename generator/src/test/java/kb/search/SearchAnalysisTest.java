package kb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/** The analysis chain: surface words as the browser splits them, and their index terms. */
class SearchAnalysisTest {

  private final SearchAnalysis analysis = new SearchAnalysis();

  @Test
  void productTermsStayWholeAndAreFollowedByTheirParts() {
    assertEquals(
        List.of("set", "auto_hold_quote_right", "auto", "hold", "quote", "right", "to", "1"),
        analysis.surfaceWords("Set auto_hold_quote_right to 1."));
    assertEquals(List.of("opend.xml", "opend", "xml"), analysis.surfaceWords("OpenD.xml"));
    assertEquals(List.of("127.0.0.1", "127", "0", "1"), analysis.surfaceWords("(127.0.0.1)"));
  }

  @Test
  void dotsAtTheEndsOfWordsAreTrimmed() {
    assertEquals(List.of("opend", "exits"), analysis.surfaceWords("OpenD... exits."));
    assertEquals(
        List.of("appdata", "com.futunn.futuopend", "com", "futunn", "futuopend", "f3cnn"),
        analysis.surfaceWords("%appdata%/com.futunn.FutuOpenD/F3CNN"));
  }

  @Test
  void termsAreStemmedButProductTermsAndNumbersAreKept() {
    assertEquals("verif", analysis.termOf("verification"));
    assertEquals("connect", analysis.termOf("connections"));
    assertEquals("opend.xml", analysis.termOf("opend.xml"));
    assertEquals("11111", analysis.termOf("11111"));
    assertEquals("f3cnn", analysis.termOf("f3cnn"));
    assertEquals("auto_hold_quote_right", analysis.termOf("auto_hold_quote_right"));
  }

  @Test
  void stopWordsAndApostropheLeftoversHaveNoTerm() {
    assertNull(analysis.termOf("the"));
    assertNull(analysis.termOf("s"));
    assertNull(analysis.termOf("t"));
  }

  @Test
  void wordsLongerThan255UnitsAreDroppedWithTheirParts() {
    String longest = "a".repeat(255);
    assertEquals(List.of(longest), analysis.surfaceWords(longest));
    assertEquals(List.of("ok", "end"), analysis.surfaceWords("ok " + "b_".repeat(200) + " end"));
  }

  @Test
  void numbersOfEveryKindAreWordCharactersAsInTheBrowser() {
    assertEquals(List.of("½cup", "ⅻ"), analysis.surfaceWords("½cup (Ⅻ)"));
  }

  @Test
  void nonLatinLettersAreWords() {
    assertEquals(List.of("富途", "牛牛", "café"), analysis.surfaceWords("富途 牛牛, Café!"));
  }

  /**
   * The analyzer that records the vocabulary looks each word's term up once per thread; its tokens
   * (terms and position increments, which make a field's length) are those of the plain chain.
   */
  @Property(tries = 200, seed = "20261126")
  void recordingAnalyzerGivesThePlainChainsTokens(@ForAll("texts") List<String> texts)
      throws IOException {
    SurfaceWordCollector words = new SurfaceWordCollector();
    Analyzer recording = analysis.index(words);
    List<String> seen = new ArrayList<>();
    for (String text : texts) {
      assertEquals(tokens(analysis.index(), text), tokens(recording, text), text);
      seen.addAll(analysis.surfaceWords(text));
    }
    assertEquals(new java.util.HashSet<>(seen), words.words());
  }

  /** Texts of common and stop words, product terms, numbers, stems and punctuation, repeated. */
  @Provide
  Arbitrary<List<String>> texts() {
    Arbitrary<String> word =
        Arbitraries.of(
            "The",
            "the",
            "connections",
            "connect",
            "OpenD.xml",
            "auto_hold_quote_right",
            "11111",
            "s",
            "can't",
            "program's",
            "Futu",
            "verification",
            "富途",
            "a.b.",
            "...",
            "x_",
            "running",
            "runs",
            "ran",
            "½cup",
            "café",
            "IS",
            "it",
            "the_a",
            "s_t",
            "a.the",
            "..x..",
            "OPEND.XML",
            "b_".repeat(200),
            "x".repeat(1100),
            "\uD835\uDFD8", // a mathematical digit, outside the BMP
            "\uD840\uDC00", // a CJK ideograph, outside the BMP
            "\uD800", // a lone surrogate: no word character
            "a\uD800b");
    Arbitrary<String> separator = Arbitraries.of(" ", ", ", ". ", "\n", "/", " (", ") ");
    Arbitrary<String> text =
        Arbitraries.strings()
            .withChars("abc._1 ")
            .ofMaxLength(12)
            .list()
            .ofMaxSize(5)
            .map(String::valueOf)
            .flatMap(
                noise ->
                    word.list()
                        .ofMaxSize(30)
                        .flatMap(
                            ws ->
                                separator
                                    .list()
                                    .ofSize(ws.size())
                                    .map(
                                        seps -> {
                                          StringBuilder out = new StringBuilder(noise);
                                          for (int i = 0; i < ws.size(); i++) {
                                            out.append(seps.get(i)).append(ws.get(i));
                                          }
                                          return out.toString();
                                        })));
    return text.list().ofMinSize(1).ofMaxSize(8);
  }

  private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("answer", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.add(term + "+" + increment.getPositionIncrement());
      }
      stream.end();
      out.add("end+" + increment.getPositionIncrement());
    }
    return out;
  }
}
