package kb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Queries whose top 10 need postings beyond each term's first chunk rank in the browser exactly as
 * in Lucene, with later chunks of neighbouring terms sharing files. 400 questions make the common
 * words' postings run to chunk 3: chunk 1 files hold 128 terms, chunk 2 files 64, chunk 3 16.
 */
class LaterPostingsBrowserTest {

  private static final List<String> WORDS =
      List.of(
          "gateway",
          "gates",
          "gatekeeper",
          "socket",
          "quote",
          "login",
          "tunnel",
          "market",
          "order",
          "account",
          "futures",
          "option",
          "stock",
          "depth",
          "ticker",
          "broker",
          "session",
          "token");

  @RegisterExtension
  static final AlphaSearchSite SITE = new AlphaSearchSite("many", () -> questions(400));

  /** Every word in many questions, a few times each, so scores differ and postings are long. */
  private static String questions(int count) {
    Random random = new Random(20261125);
    StringBuilder markdown = new StringBuilder();
    for (int q = 0; q < count; q++) {
      markdown.append("## Question ").append(q).append(" {#q").append(q).append("}\n\n");
      for (int w = 0; w < 30; w++) {
        // Earlier words are commoner: the first few appear in nearly every question.
        markdown.append(WORDS.get(Math.min(random.nextInt(WORDS.size()), random.nextInt(6))));
        markdown.append(w % 10 == 9 ? ".\n\n" : " ");
      }
    }
    return markdown.toString();
  }

  @Test
  void laterChunksOfNeighbouringTermsShareFiles() throws IOException {
    List<String> files;
    try (Stream<Path> list = Files.list(SITE.site().resolve("search"))) {
      files = list.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("p-")).toList();
    }
    for (int k = 1; k <= 3; k++) {
      String prefix = "p-" + k + "-";
      assertTrue(files.stream().anyMatch(n -> n.startsWith(prefix)), prefix + " in " + files);
    }
    boolean shared = false;
    for (String name : files) {
      String script = Files.readString(SITE.site().resolve("search").resolve(name));
      shared |= name.startsWith("p-1-") && script.matches("(?s).*\"t\":\\[\\d+,\\d+.*");
    }
    assertTrue(shared, "a chunk-1 file holding several terms, in " + files);
  }

  @Test
  void browserTop10EqualsLuceneTop10WhenLaterChunksAreNeeded() {
    ChromeDriver driver = SITE.home();
    List<String> mismatches = new ArrayList<>();
    for (String query :
        List.of(
            "gateway socket",
            "socket quote login",
            "quote tunnel market",
            "gate",
            "login gateway socket quote order",
            "tickers brokers")) {
      List<String> expected = SITE.top10(query);
      List<String> shown = KbSearchScript.rankedUrls(driver, query);
      if (!shown.equals(expected)) {
        mismatches.add(query + ": browser " + shown + " lucene " + expected);
      }
    }
    assertEquals(List.of(), mismatches);
    @SuppressWarnings("unchecked")
    List<String> laterFiles =
        (List<String>)
            ((JavascriptExecutor) driver)
                .executeScript(
                    "return Array.from(document.querySelectorAll('script[src*=\"search/p-\"]'),"
                        + " s => s.src.replace(/.*\\//, ''));");
    for (int k = 1; k <= 3; k++) {
      String prefix = "p-" + k + "-";
      assertTrue(
          laterFiles.stream().anyMatch(n -> n.startsWith(prefix)),
          "a chunk " + k + " file among those loaded: " + laterFiles);
    }
  }
}
