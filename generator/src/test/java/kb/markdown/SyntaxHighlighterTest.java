package kb.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Build-time highlighting: which text becomes which token, and that the code text never changes.
 */
class SyntaxHighlighterTest {

  private static String html(String code, String language) {
    return SyntaxHighlighter.toHtml(code, language);
  }

  /** The text a reader sees (and copies) from the highlighted HTML. */
  private static String text(String html) {
    return Jsoup.parseBodyFragment("<pre><code>" + html + "</code></pre>")
        .selectFirst("code")
        .wholeText();
  }

  @Test
  void pythonKeywordsStringsCommentsNumbersAndCallsAreTokens() {
    assertEquals(
        "<span class=\"tk-keyword\">from</span> futu <span class=\"tk-keyword\">import</span> *\n"
            + "ctx = <span class=\"tk-function\">OpenQuoteContext</span>(host=<span"
            + " class=\"tk-string\">'127.0.0.1'</span>, port=<span class=\"tk-number\">11111</span>,"
            + " is_encrypt=<span class=\"tk-constant\">False</span>) <span class=\"tk-comment\">#"
            + " connect</span>",
        html(
            "from futu import *\n"
                + "ctx = OpenQuoteContext(host='127.0.0.1', port=11111, is_encrypt=False) # connect",
            "python"));
  }

  @Test
  void pythonBuiltinsBytesAndDefinedNamesAreTokens() {
    assertEquals(
        "<span class=\"tk-keyword\">def</span> <span class=\"tk-function\">run</span>():"
            + " <span class=\"tk-builtin\">print</span>(<span class=\"tk-string\">b'\\r\\n'</span>)",
        html("def run(): print(b'\\r\\n')", "python"));
  }

  @Test
  void aKeywordInsideANameOrStringIsNotAKeyword() {
    assertEquals(
        "important = <span class=\"tk-string\">&quot;import if&quot;</span>",
        html("important = \"import if\"", "py"));
  }

  @Test
  void shellCommandsOptionsVariablesAndCommentsAreTokens() {
    assertEquals(
        "<span class=\"tk-function\">nohup</span> <span class=\"tk-function\">./OpenD</span>"
            + " <span class=\"tk-attr\">-login_pwd</span>=<span class=\"tk-variable\">$PWD</span>"
            + " &amp; <span class=\"tk-comment\"># in the background</span>",
        html("nohup ./OpenD -login_pwd=$PWD & # in the background", "bash"));
  }

  @Test
  void xmlTagsAttributesValuesAndCommentsAreTokens() {
    assertEquals(
        "<span class=\"tk-tag\">&lt;api_port</span> <span class=\"tk-attr\">a</span>=<span"
            + " class=\"tk-string\">&quot;1&quot;</span><span class=\"tk-tag\">&gt;</span>11111<span"
            + " class=\"tk-tag\">&lt;/api_port</span><span class=\"tk-tag\">&gt;</span> <span"
            + " class=\"tk-comment\">&lt;!-- port --&gt;</span>",
        html("<api_port a=\"1\">11111</api_port> <!-- port -->", "xml"));
  }

  @Test
  void textBetweenXmlTagsThatLooksLikeAnAttributeStaysPlain() {
    assertEquals(
        "<span class=\"tk-tag\">&lt;p</span><span class=\"tk-tag\">&gt;</span>a=b<span"
            + " class=\"tk-tag\">&lt;/p</span><span class=\"tk-tag\">&gt;</span>",
        html("<p>a=b</p>", "xml"));
  }

  @Test
  void jsonKeysAreTellApartFromStringValues() {
    assertEquals(
        "{<span class=\"tk-attr\">&quot;port&quot;</span>: <span class=\"tk-number\">11111</span>,"
            + " <span class=\"tk-attr\">&quot;host&quot;</span>: <span class=\"tk-string\">&quot;x&quot;</span>,"
            + " <span class=\"tk-attr\">&quot;tls&quot;</span>: <span class=\"tk-constant\">null</span>}",
        html("{\"port\": 11111, \"host\": \"x\", \"tls\": null}", "json"));
  }

  @Test
  void textAndUnknownLanguagesAreOnlyEscaped() {
    assertEquals("nohup ./OpenD &amp; &lt;b&gt;", html("nohup ./OpenD & <b>", "text"));
    assertEquals("if x: &quot;y&quot;", html("if x: \"y\"", "cobol"));
    assertEquals("if x", html("if x", ""));
  }

  @Test
  void highlightingNeverChangesTheCodeText() {
    List<String> samples =
        List.of(
            "from telnetlib import Telnet\nwith Telnet('127.0.0.1', 22222) as tn:\n"
                + "    tn.write(b'request_highest_quote_right\\r\\n')\n    reply = b''\n",
            "s = \"\"\"multi\nline <b>&amp;\"\"\"  # 'quoted' ünïcödé 𝄞\nx = 0x1F + 1.5e3j",
            "unterminated = 'abc\nnext = \"",
            "echo \"$HOME\" '${x}' # c\nif [ -f a ]; then sudo rm -rf /tmp/x; fi",
            "<?xml version=\"1.0\"?>\n<a b='<'><![CDATA[ <x> ]]><!-- open",
            "{\"a\": [1, -2.5e-3, true, \"\\\"q\\\"\"]}\n");
    for (String sample : samples) {
      for (String language : List.of("python", "shell", "xml", "json", "text")) {
        assertEquals(sample, text(html(sample, language)), language + ": " + sample);
      }
    }
  }

  /** Regression, issue 23: a string of some thousand characters overflowed the stack (exit 3). */
  @Test
  void aStringLiteralOfFiftyThousandCharactersIsOneToken() {
    String inside = "a\\\"b".repeat(10_000);
    List<String> codes =
        List.of(
            "python:x = \"" + inside + "\"",
            "python:'" + inside.replace('"', '\'') + "'",
            "json:[\"" + inside + "\"]",
            "shell:echo \"" + inside + "\"",
            "xml:<a " + "b=\"c\" ".repeat(10_000) + ">");
    for (String entry : codes) {
      String language = entry.substring(0, entry.indexOf(':'));
      String code = entry.substring(language.length() + 1);
      String html = html(code, language);
      assertEquals(code, text(html), language);
      if (!language.equals("xml")) { // a tag's attributes are tokens of their own
        int first = html.indexOf("<span class=\"tk-string\">");
        int close = html.indexOf("</span>", first);
        assertEquals(true, first >= 0 && close - first > 40_000, language + ": one string token");
      }
    }
  }
}
