package kb.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import kb.TestContent;
import org.junit.jupiter.api.Test;

/** A site script loses whole comment lines, blank lines and indentation, and nothing else. */
class CompactScriptTest {

  @Test
  void dropsCommentLinesBlankLinesAndIndentation() {
    String source =
        String.join(
            "\n",
            "// kb site search.",
            "(function () {",
            "  \"use strict\";",
            "",
            "    // why the next line is there",
            "  var x = 1;",
            "\t})();",
            "");
    assertEquals("(function () {\n\"use strict\";\nvar x = 1;\n})();\n", CompactScript.of(source));
  }

  @Test
  void keepsCommentsAfterCodeAndSlashesInsideStringsAndPatterns() {
    String source =
        "var url = \"http://example.com\"; // a comment after code stays\n"
            + "var path = /\\/\\/+/g;\n"
            + "var a = b\n"
            + "/2/g.exec(c);\n";
    assertEquals(source, CompactScript.of(source));
  }

  @Test
  void keepsLineBreaksThatEndStatements() {
    // Joined into one line, "return x;" would return x instead of undefined.
    assertEquals("return\nx;\n", CompactScript.of("  return\n  x;\n"));
  }

  @Test
  void readsEveryKindOfLineBreak() {
    assertEquals("a();\nb();\nc();\n", CompactScript.of("  a();\r\n// c\r  b();\n\tc();"));
  }

  @Test
  void leavesAScriptWithATemplateLiteralAsItIs() {
    String source = "var html = `<p>\n  // not a comment: text of the literal\n</p>`;\n";
    assertSame(source, CompactScript.of(source));
  }

  @Test
  void leavesAScriptWithAStringContinuedOnTheNextLineAsItIs() {
    String source = "var s = 'one \\\n  // still the string';\n";
    assertSame(source, CompactScript.of(source));
  }

  @Test
  void leavesAScriptWithABlockCommentOverSeveralLinesAsItIs() {
    // The toggle idiom: "//*/" closes the comment; dropping it would leave the comment open.
    String toggle = "/*\nold();\n//*/\nrun();\n";
    assertSame(toggle, CompactScript.of(toggle));
    String closedByACommentLine = "/* a\n// b */ run();\n";
    assertSame(closedByACommentLine, CompactScript.of(closedByACommentLine));
    assertEquals(
        "try { x(); } catch (e) { /* closed on its line */ }\n",
        CompactScript.of("  // why\n  try { x(); } catch (e) { /* closed on its line */ }\n"));
  }

  @Test
  void leavesAScriptWithALineBreakJavaScriptSeesAndTheSplitDoesNotAsItIs() {
    String source = "// note\u2028globalThis.ran = true;\n";
    assertSame(source, CompactScript.of(source));
  }

  @Test
  void keepsSourceMapAndLicenceComments() {
    assertEquals(
        "// @license MIT\ngo();\n//# sourceMappingURL=go.js.map\n",
        CompactScript.of("// @license MIT\n// why\ngo();\n//# sourceMappingURL=go.js.map\n"));
  }

  /** A backtick in a shipped script (even in a string) would leave it whole, comments and all. */
  @Test
  void everyShippedScriptIsCompacted() throws IOException {
    List<Path> scripts;
    try (Stream<Path> files = Files.list(TestContent.repoRoot().resolve("templates/assets"))) {
      scripts = files.filter(f -> f.toString().endsWith(".js")).sorted().toList();
    }
    assertTrue(scripts.size() >= 3, scripts.toString());
    for (Path script : scripts) {
      String source = Files.readString(script, StandardCharsets.UTF_8);
      String compact = CompactScript.of(source);
      assertTrue(compact.length() < source.length() * 3 / 4, script + " left as it is");
    }
  }
}
