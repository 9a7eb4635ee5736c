package kb.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Code of 100,000 characters shaped to make naive highlighting rules take quadratic time (an
 * opening read to the end and failing, then read again from the next opening), or to overflow the
 * stack, is highlighted as it should be. With the rules written the naive way, each case takes
 * minutes (the Python, shell, JSON and XML ones did, before their rules were made safe); here it
 * takes a moment, so a slow rule shows as a test that hangs. No case measures time: each asserts
 * the tokens and that the text is unchanged.
 */
class PathologicalCodeTest {

  private static final int N = 100_000;

  static Stream<Arguments> cases() {
    return Stream.of(
        // An open string of escaped quotes: a string rule that needs its closing quote fails after
        // reading to the end, at every quote.
        shape("python", "x = \"" + "\\\"".repeat(N / 2), Map.of("string", 1)),
        shape("python", "f\t".repeat(N / 2), Map.of()),
        shape("shell", "echo \"" + "\\\"".repeat(N / 2), Map.of("function", 1, "string", 1)),
        shape("shell", "${".repeat(N / 2), Map.of("variable", 1)),
        shape("json", "[\"" + "\\\"".repeat(N / 2), Map.of("string", 1)),
        // Declarations and tags that never close, and a tag's word an attribute rule backs into.
        shape("xml", "<!".repeat(N / 2), Map.of("meta", 1)),
        shape("xml", "<a".repeat(N / 2), Map.of()),
        shape("xml", "<a " + "b".repeat(N) + ">", Map.of("tag", 2)),
        shape("yaml", "k: \"" + "\\\"".repeat(N / 2), Map.of("attr", 1, "string", 1)),
        shape("yaml", "a.".repeat(N / 2), Map.of()),
        shape("yaml", "a ".repeat(N / 2), Map.of()),
        shape("proto", "/* ".repeat(N / 3), Map.of("comment", 1)),
        shape("proto", "Aa.".repeat(N / 3), Map.of("type", 1)),
        shape("proto", "a b ".repeat(N / 4), Map.of()),
        shape("csharp", "@\"" + "\\".repeat(N), Map.of("string", 1)),
        shape("csharp", "$\"" + "\\\"".repeat(N / 2), Map.of("string", 1)),
        shape("csharp", "a.".repeat(N / 2), Map.of()),
        shape("java", "\"\"\"" + "a".repeat(N), Map.of("string", 1)),
        shape("java", "'" + "\\'".repeat(N / 2), Map.of("string", 1)),
        shape("java", "Aa(".repeat(N / 3), Map.of("function", N / 3)),
        shape("cpp", "R\"x(".repeat(N / 4), Map.of("string", 1)),
        shape("cpp", "#include <" + "a".repeat(N), Map.of("meta", 1, "string", 1)),
        shape("cpp", "1".repeat(N) + "a", Map.of("number", 1)),
        shape("javascript", "`" + "\\`".repeat(N / 2), Map.of("string", 1)),
        shape("javascript", "`" + "${".repeat(N / 2), Map.of("string", 1, "variable", 1)),
        shape("javascript", "/* ".repeat(N / 3), Map.of("comment", 1)));
  }

  private static Arguments shape(String language, String code, Map<String, Integer> tokens) {
    return Arguments.of(language, code, tokens);
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("cases")
  void isHighlightedWhole(String language, String code, Map<String, Integer> tokens) {
    String html = SyntaxHighlighter.toHtml(code, language);
    assertEquals(
        code,
        Jsoup.parseBodyFragment("<pre><code>" + html + "</code></pre>")
            .selectFirst("code")
            .wholeText());
    assertEquals(new TreeMap<>(tokens), tokenCounts(html));
  }

  private static final Pattern TOKEN = Pattern.compile("<span class=\"tk-([a-z]+)\">");

  private static Map<String, Integer> tokenCounts(String html) {
    Map<String, Integer> counts = new TreeMap<>();
    Matcher m = TOKEN.matcher(html);
    while (m.find()) {
      counts.merge(m.group(1), 1, Integer::sum);
    }
    return counts;
  }
}
