package kb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import kb.browser.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A term's first chunk holds its 10 best questions and the best score of the rest: a one-word query
 * loads the next chunk only when a question there could still tie the 10th, and then ranks the tie
 * as Lucene does (earlier question first).
 */
class ChunkBoundBrowserTest {

  @TempDir static Path dir;
  private static AlphaSearchSite built;
  private static Path site;
  private static FaqSearcher lucene;

  @BeforeAll
  static void build() throws IOException {
    StringBuilder markdown = new StringBuilder();
    for (int i = 1; i <= 20; i++) {
      // "solo" i times in answers of the same length: 20 different scores.
      markdown.append("## Solo question ").append(i).append(" {#s").append(i).append("}\n\n");
      markdown.append("solo ".repeat(i)).append("lorem ".repeat(40 - i).strip()).append(".\n\n");
    }
    for (int i = 1; i <= 20; i++) {
      // "twin" once in 20 identical questions: 20 equal scores.
      markdown.append("## Twin item {#t").append(i).append("}\n\nalpha twin beta.\n\n");
    }
    built = AlphaSearchSite.build(dir, "bounds", "Bounds", markdown.toString());
    site = built.site();
    lucene = built.lucene();
  }

  @AfterAll
  static void close() {
    if (built != null) {
      built.close();
    }
  }

  /** The query's top 10 in the browser, checked against Lucene's; the chunk files it loaded. */
  private static List<String> chunkFilesLoadedBy(String query) {
    ChromeDriver driver = Browser.get();
    driver.get(site.resolve("index.html").toUri().toString());
    assertEquals(
        lucene.search(query, 10).stream().map(SearchHit::url).toList(),
        KbSearchScript.rankedUrls(driver, query));
    @SuppressWarnings("unchecked")
    List<String> files =
        (List<String>)
            driver.executeScript(
                "return Array.from(document.querySelectorAll('script[src*=\"search/p-\"]'),"
                    + " s => s.src.replace(/.*\\//, ''));");
    return files;
  }

  @Test
  void aTermWhoseRestScoresLessThanItsTenthLoadsNoFurtherChunk() {
    assertEquals(List.of(), chunkFilesLoadedBy("solo"));
  }

  @Test
  void aTermWhoseRestCanTieItsTenthLoadsTheNextChunk() {
    assertEquals(1, chunkFilesLoadedBy("twin").size());
  }
}
