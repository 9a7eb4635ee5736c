package kb.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The grammars of Protobuf, C#, Java, C++, JavaScript and YAML: realistic snippets of the API's
 * examples, token by token, under every fence name; markup in code stays text.
 */
class LanguageGrammarsTest {

  private static String html(String code, String language) {
    return SyntaxHighlighter.toHtml(code, language);
  }

  private static Element code(String html) {
    return Jsoup.parseBodyFragment("<pre><code>" + html + "</code></pre>").selectFirst("code");
  }

  @Test
  void protoKeywordsTypesFieldNamesAndFieldNumbersAreTokens() {
    assertEquals(
        "<span class=\"tk-keyword\">syntax</span> = <span"
            + " class=\"tk-string\">&quot;proto2&quot;</span>;\n"
            + "<span class=\"tk-keyword\">message</span> <span class=\"tk-type\">C2S</span> {\n"
            + "  <span class=\"tk-keyword\">repeated</span> <span"
            + " class=\"tk-type\">Qot_Common.Security</span> <span"
            + " class=\"tk-attr\">securityList</span> = <span class=\"tk-number\">1</span>; <span"
            + " class=\"tk-comment\">// codes</span>\n"
            + "}",
        html(
            "syntax = \"proto2\";\nmessage C2S {\n"
                + "  repeated Qot_Common.Security securityList = 1; // codes\n}",
            "proto"));
  }

  @Test
  void csharpAttributesTypesAndVerbatimAndInterpolatedStringsAreTokens() {
    assertEquals(
        "[<span class=\"tk-meta\">Obsolete</span>]\n"
            + "<span class=\"tk-type\">MMAPI_Qot</span> qot = <span"
            + " class=\"tk-keyword\">new</span> <span class=\"tk-type\">MMAPI_Qot</span>();\n"
            + "<span class=\"tk-keyword\">var</span> s = <span class=\"tk-string\">$&quot;port"
            + " </span><span class=\"tk-variable\">{port}</span><span"
            + " class=\"tk-string\">&quot;</span> + <span"
            + " class=\"tk-string\">@&quot;C:\\&quot;&quot;x&quot;</span>;",
        html(
            "[Obsolete]\nMMAPI_Qot qot = new MMAPI_Qot();\n"
                + "var s = $\"port {port}\" + @\"C:\\\"\"x\";",
            "csharp"));
  }

  @Test
  void javaAnnotationsKeywordsTypesCallsAndNumbersAreTokens() {
    assertEquals(
        "<span class=\"tk-meta\">@Override</span>\n"
            + "<span class=\"tk-keyword\">public</span> <span class=\"tk-type\">void</span> <span"
            + " class=\"tk-function\">onReply</span>(<span class=\"tk-type\">long</span> n) { n ="
            + " <span class=\"tk-number\">10_000L</span>; } <span class=\"tk-comment\">//"
            + " done</span>",
        html("@Override\npublic void onReply(long n) { n = 10_000L; } // done", "java"));
  }

  @Test
  void cppPreprocessorLinesScopedTypesAndCallsAreTokens() {
    assertEquals(
        "<span class=\"tk-meta\">#include</span> <span"
            + " class=\"tk-string\">&lt;vector&gt;</span>\n"
            + "<span class=\"tk-type\">Qot_Sub</span>::<span class=\"tk-type\">Request</span>"
            + " req;\n"
            + "<span class=\"tk-keyword\">auto</span> *c2s = req.<span"
            + " class=\"tk-function\">mutable_c2s</span>(); <span class=\"tk-comment\">/* 0x1F"
            + " */</span>",
        html(
            "#include <vector>\nQot_Sub::Request req;\nauto *c2s = req.mutable_c2s(); /* 0x1F */",
            "cpp"));
  }

  @Test
  void javascriptTemplateLiteralsShowTheirHoles() {
    assertEquals(
        "<span class=\"tk-keyword\">import</span> ftWebsocket <span"
            + " class=\"tk-keyword\">from</span> <span"
            + " class=\"tk-string\">&quot;futu-api&quot;</span>;\n"
            + "<span class=\"tk-keyword\">const</span> msg = <span class=\"tk-string\">`port"
            + " </span><span class=\"tk-variable\">${port}</span><span"
            + " class=\"tk-string\">`</span>; <span class=\"tk-comment\">// 10n</span>",
        html("import ftWebsocket from \"futu-api\";\nconst msg = `port ${port}`; // 10n", "js"));
  }

  @Test
  void yamlKeysScalarsAndCommentsAreTokens() {
    assertEquals(
        "<span class=\"tk-attr\">api_port</span>: <span class=\"tk-number\">11111</span> <span"
            + " class=\"tk-comment\"># port</span>\n"
            + "<span class=\"tk-attr\">tags</span>: [<span"
            + " class=\"tk-string\">&quot;a&quot;</span>, <span class=\"tk-constant\">true</span>,"
            + " <span class=\"tk-constant\">~</span>]",
        html("api_port: 11111 # port\ntags: [\"a\", true, ~]", "yaml"));
  }

  @Test
  void yamlPlainTextWithQuotesHashesAndColonsStaysPlain() {
    assertEquals(
        "<span class=\"tk-attr\">note</span>: it's a#b at 12:30 v1.2.3",
        html("note: it's a#b at 12:30 v1.2.3", "yml"));
  }

  @Test
  void everyFenceNameOfALanguageGivesItsGrammar() {
    Map<String, List<String>> names =
        Map.of(
            "proto", List.of("protobuf"),
            "csharp", List.of("cs", "c#", "CSharp"),
            "java", List.of("Java"),
            "cpp", List.of("c++", "cc", "h", "hpp"),
            "javascript", List.of("js", "mjs"),
            "yaml", List.of("yml"));
    String code = "// x\n# y\nclass A { if (true) return \"s\"; } a: 1\n";
    names.forEach(
        (language, aliases) -> {
          String expected = html(code, language);
          assertTrue(expected.contains("tk-"), language + " highlights: " + expected);
          for (String alias : aliases) {
            assertEquals(expected, html(code, alias), alias);
          }
        });
  }

  @Test
  void markupInCodeStaysTextInEveryLanguage() {
    String code = "<script>alert(1)</script> \"<b>&amp;</b>\" // <img src=x onerror=alert(2)>\n";
    for (String language :
        List.of("python", "shell", "xml", "json", "yaml", "proto", "cs", "java", "cpp", "js")) {
      String html = html(code, language);
      Element element = code(html);
      assertEquals(code, element.wholeText(), language);
      assertTrue(element.select("script, b, img").isEmpty(), language + ": " + html);
      assertFalse(html.contains("<script") || html.contains("<b>"), language + ": " + html);
    }
  }

  @Test
  void highlightingNeverChangesTheCodeText() {
    List<String> samples =
        List.of(
            "syntax = \"proto2\";\npackage Qot_Sub;\nmessage C2S {\n"
                + "  repeated Qot_Common.Security securityList = 1; /* open",
            "using Futu.OpenApi;\n#region x\n[DllImport(\"a\")]\nvar s = $@\"{a}\"\"\n{{b}}\";"
                + " var t = $\"{x}\\\"\";\nchar c = '\\''; decimal d = 1.5m; @\"open",
            "import com.futu.openapi.*;\npublic class QotDemo implements FTSPI_Qot {\n"
                + "  String s = \"\"\"\n  block\n  \"\"\"; long n = 0x1F_FFL; // é 𝄞\n}",
            "#include \"FTAPI.h\"\nQot_Sub::Request req;\nauto *c2s = req.mutable_c2s();\n"
                + "auto r = u8R\"x(a)\"b)x\"; int n = 1'000; const char *o = R\"(",
            "import ftWebsocket from \"futu-api\";\nconst { Qot_Common } = Common;\n"
                + "const m = `a ${b} \\${c} ${`;\nlet big = 10n; // end",
            "---\nkey: &a !!str 'it''s'\n- name: \"x\\\"y\" # c\n  ref: *a\n...\nopen: '");
    for (String sample : samples) {
      for (String language :
          List.of("yaml", "proto", "csharp", "java", "cpp", "javascript", "python", "xml")) {
        assertEquals(sample, code(html(sample, language)).wholeText(), language + ": " + sample);
      }
    }
  }
}
