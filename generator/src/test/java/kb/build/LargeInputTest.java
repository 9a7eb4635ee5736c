package kb.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kb.TestContent;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Large but valid input builds without error. Each test prints how long its build took; the numbers
 * are for reading, not asserted (speed claims live in the benchmark).
 */
class LargeInputTest {

  @TempDir Path dir;

  private List<BrandReport> build(String body) {
    TestContent content = TestContent.twoBrands(dir);
    content.write("faq/big.md", TestContent.page("Big", "Big", 1, body));
    long start = System.nanoTime();
    List<BrandReport> reports = new SiteBuild().run(content.options(dir.resolve("out"), "all"));
    System.out.printf(
        "%s: %d KB of Markdown built for 2 brands in %d ms%n",
        Thread.currentThread().getStackTrace()[2].getMethodName(),
        body.length() / 1024,
        (System.nanoTime() - start) / 1_000_000);
    return reports;
  }

  @Test
  void markdownFileOfFiveMegabytesBuilds() throws IOException {
    StringBuilder body = new StringBuilder();
    String paragraph =
        "OpenD provides a socket-based protocol; see the {{app_name}} docs for the port and the"
            + " login, and retry when the connection drops.\n\n";
    for (int q = 0; body.length() < 5 * 1024 * 1024; q++) {
      body.append("## Question number ").append(q).append("? {#q").append(q).append("}\n\n");
      for (int p = 0; p < 40; p++) {
        body.append(paragraph);
      }
    }
    List<BrandReport> reports = build(body.toString());
    assertTrue(reports.get(0).questions() > 200, "questions: " + reports.get(0).questions());
    String html = Files.readString(dir.resolve("out/alpha/faq/big.html"));
    assertTrue(html.contains("see the AlphaApp docs"));
  }

  @Test
  void codeBlockOfTenThousandLinesBuilds() throws IOException {
    StringBuilder body = new StringBuilder("## Long code? {#1}\n\n```python\n");
    for (int i = 0; i < 10_000; i++) {
      body.append("print('line ").append(i).append("', {{python.package}})\n");
    }
    body.append("```\n");
    build(body.toString());
    String code =
        Jsoup.parse(dir.resolve("out/beta/faq/big.html").toFile(), "UTF-8")
            .selectFirst("pre code")
            .wholeText();
    assertEquals(10_000, code.lines().count());
    assertTrue(code.endsWith("print('line 9999', betapkg)\n"), code.substring(code.length() - 60));
  }

  @Test
  void questionTitleOfTwoThousandCharactersBuilds() throws IOException {
    String title = "Why ".repeat(500).strip() + "?";
    assertEquals(2000, title.length());
    List<BrandReport> reports = build("## " + title + " x {#1}\n\nBecause.\n");
    assertEquals(1, reports.get(0).questions());
    assertTrue(Files.readString(dir.resolve("out/alpha/faq/big.html")).contains(title + " x</h2>"));
  }

  @Test
  void pageWithAThousandQuestionsBuilds() throws IOException {
    StringBuilder body = new StringBuilder();
    for (int q = 1; q <= 1000; q++) {
      body.append("## Question ").append(q).append("? {#").append(q).append("}\n\n");
      body.append("Answer ")
          .append(q)
          .append(", see [the next](#")
          .append(q % 1000 + 1)
          .append(").\n\n");
    }
    List<BrandReport> reports = build(body.toString());
    assertEquals(1000, reports.get(1).questions());
    assertTrue(Files.readString(dir.resolve("out/beta/faq/big.html")).contains("Q1000:"));
  }
}
