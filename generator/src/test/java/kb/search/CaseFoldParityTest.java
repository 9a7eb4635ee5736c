package kb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kb.TestContent;
import kb.browser.NodeJs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The browser folds case exactly as the build does: {@code kb-rank.js}, run in Node, against {@link
 * CaseFold} for every code point from U+0000 to U+10FFFF but the surrogates, and in words where a
 * browser's own lower-casing looks at the letters around one (a final sigma).
 */
class CaseFoldParityTest {

  /** Words whose lower case is not each letter's: final sigmas, a dotted capital I. */
  private static final List<String> WORDS =
      List.of("ΟΔΟΣ", "ΣΊΣΥΦΟΣ ὈΔΥΣΣΕΎΣ", "İSTANBUL İi", "ǅemal ǈ", "Straße STRASSE ẞ", "ſ ß µ ı");

  /** Code points per string folded at once: whole runs of neighbouring letters, as in words. */
  private static final int BLOCK = 4096;

  @TempDir Path dir;

  @Test
  void browserFoldsEveryCodePointAndWordAsJavaDoes() throws Exception {
    List<String> texts = new ArrayList<>();
    for (int from = 0; from <= Character.MAX_CODE_POINT; from += BLOCK) {
      StringBuilder block = new StringBuilder();
      for (int c = from; c < from + BLOCK; c++) {
        if (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE) {
          block.appendCodePoint(c);
        }
      }
      texts.add(block.toString());
    }
    texts.addAll(WORDS);
    List<String> browser = browserFolds(texts);
    assertEquals(texts.size(), browser.size());
    for (int i = 0; i < texts.size(); i++) {
      String expected = CaseFold.of(texts.get(i));
      String actual = browser.get(i);
      if (!expected.equals(actual)) {
        int at = firstDifference(expected, actual);
        throw new AssertionError(
            "kb-rank.js folds U+"
                + Integer.toHexString(texts.get(i).codePointAt(at)).toUpperCase()
                + " to "
                + codePoints(actual.substring(at, Math.min(actual.length(), at + 2)))
                + ", Java to "
                + codePoints(expected.substring(at, at + 1))
                + "; if Java is right, set FOLDS in kb-rank.js to: "
                + CaseFoldTable.encode());
      }
    }
  }

  @Test
  void foldingIsStableAndKeepsEachCodePointsLength() {
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      int folded = CaseFold.of(c);
      String name = "U+" + Integer.toHexString(c);
      assertEquals(folded, CaseFold.of(folded), name);
      assertEquals(Character.charCount(c), Character.charCount(folded), name);
    }
    assertEquals(
        "οδοσ σίσυφοσ istanbul straße s ß μ i",
        CaseFold.of("ΟΔΟΣ σίσυφος İstanbul STRAẞE ſ ß µ ı"));
  }

  /** What kb-rank.js's fold gives for each text, run in Node. */
  private List<String> browserFolds(List<String> texts) throws IOException {
    Path input = dir.resolve("texts.txt");
    List<String> escaped = new ArrayList<>();
    for (String text : texts) {
      escaped.add(hex(text));
    }
    Files.write(input, escaped, StandardCharsets.UTF_8);
    Path output = dir.resolve("folded.txt");
    Path runner = dir.resolve("fold.js");
    Files.writeString(
        runner,
        String.join(
            "\n",
            "const fs = require('fs'), kbRank = require(process.argv[2]);",
            "const fromHex = l => l ? String.fromCodePoint(...l.split(' ').map(h => parseInt(h, 16))) : '';",
            "const toHex = s => Array.from(s, c => c.codePointAt(0).toString(16)).join(' ');",
            "const lines = fs.readFileSync(process.argv[3], 'utf8').split('\\n');",
            "lines.pop();",
            "fs.writeFileSync(process.argv[4],",
            "  lines.map(l => toHex(kbRank.fold(fromHex(l))) + '\\n').join(''));",
            ""));
    Path script = TestContent.repoRoot().resolve("templates/assets/kb-rank.js");
    NodeJs.Run node =
        NodeJs.run(
            List.of(runner.toString(), script.toString(), input.toString(), output.toString()));
    assertEquals(0, node.exitCode(), node.output());
    List<String> folded = new ArrayList<>();
    for (String line : Files.readAllLines(output, StandardCharsets.UTF_8)) {
      folded.add(unhex(line));
    }
    return folded;
  }

  private static String hex(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .forEach(c -> out.append(out.length() == 0 ? "" : " ").append(Integer.toHexString(c)));
    return out.toString();
  }

  private static String unhex(String line) {
    StringBuilder out = new StringBuilder();
    if (!line.isEmpty()) {
      for (String c : line.split(" ")) {
        out.appendCodePoint(Integer.parseInt(c, 16));
      }
    }
    return out.toString();
  }

  private static int firstDifference(String a, String b) {
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i;
  }

  private static String codePoints(String text) {
    return hex(text).toUpperCase();
  }
}
