package kb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import kb.browser.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A term's first chunk holds its 10 best questions and the best score of the rest: a one-word query
 * loads the next chunk only when a question there could still tie the 10th, and ranks as Lucene
 * does either way.
 */
class ChunkBoundBrowserTest {

  @RegisterExtension
  static final AlphaSearchSite SITE =
      new AlphaSearchSite("bounds", ChunkBoundBrowserTest::questions);

  /**
   * 20 questions with "solo" 1-20 times, then 20 identical ones with "twin" once, then 5 with "duo"
   * twice and 15 with it once, then 5 with "trio" and "quad" twice and 15 with one of them once.
   */
  private static String questions() {
    StringBuilder markdown = new StringBuilder();
    for (int i = 1; i <= 20; i++) {
      // "solo" i times in answers of the same length: 20 different scores.
      markdown.append("## Solo question ").append(i).append(" {#s").append(i).append("}\n\n");
      markdown.append("solo ".repeat(i)).append("lorem ".repeat(40 - i).strip()).append(".\n\n");
    }
    for (int i = 1; i <= 20; i++) {
      // "twin" once in 20 identical questions: 20 equal scores.
      markdown.append("## Twin item {#t").append(i).append("}\n\nalpha twin zeta.\n\n");
    }
    for (int i = 1; i <= 20; i++) {
      // The first 5 stand out; the 15 after them tie, so the 10th may tie a question not loaded.
      String duo = i <= 5 ? "duo duo" : "duo gamma";
      markdown.append("## Duo item {#d").append(i).append("}\n\n").append(duo).append(".\n\n");
    }
    for (int i = 1; i <= 20; i++) {
      // Two words: the first 5 have both twice, the others one of them once; all of one length.
      String words =
          i <= 5 ? "trio quad trio quad" : (i % 2 == 0 ? "trio" : "quad") + " zeta gamma delta";
      markdown.append("## Trio item {#r").append(i).append("}\n\n").append(words).append(".\n\n");
    }
    return markdown.toString();
  }

  /** The query's top 10 in the browser, checked against Lucene's; the chunk files it loaded. */
  private static List<String> chunkFilesLoadedBy(String query) {
    ChromeDriver driver = SITE.home();
    assertEquals(SITE.top10(query), KbSearchScript.rankedUrls(driver, query));
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

  @Test
  void aLostLaterChunkIsAnErrorNamingItNotAShorterList() throws IOException {
    String chunk = chunkFilesLoadedBy("twin").get(0);
    SITE.withoutSearchFile(
        chunk,
        () ->
            assertEquals(
                "search data missing: search/" + chunk,
                KbSearchScript.failureOf(SITE.home(), "twin")));
  }

  private static String status(ChromeDriver driver) {
    return driver.findElement(By.id("search-status")).getAttribute("textContent");
  }

  private static List<String> shownUrls(ChromeDriver driver) {
    return driver.findElements(By.cssSelector("#search-results .search-result")).stream()
        .map(a -> a.getAttribute("href").replaceFirst("^.*?/alpha/", ""))
        .toList();
  }

  @Test
  void theFirstFiveShowWhileTheChunkTheTenthNeedsStillLoads() {
    List<String> top10 = SITE.top10("duo");
    assertEquals(10, top10.size(), top10.toString());
    ChromeDriver driver = SITE.home();
    HeldSearchData.hold(driver, HeldSearchData.LATER_POSTINGS, HeldSearchData.ALL);
    KbSearchScript.query(driver, "duo");
    WebDriverWait wait = new WebDriverWait(driver, Browser.PATIENCE);
    wait.until(d -> shownUrls(driver).size() == 5);
    assertEquals(top10.subList(0, 5), shownUrls(driver));
    assertEquals("true", driver.findElement(By.id("search-results")).getAttribute("aria-busy"));
    assertEquals("", status(driver));
    HeldSearchData.release(driver);
    wait.until(d -> shownUrls(driver).size() == 10);
    assertEquals(top10, shownUrls(driver));
    assertEquals("10 results", status(driver));
  }

  @Test
  void aLaterChunksErrorStaysShownWhenTheFirstFivesQuestionsArriveAfterIt() throws IOException {
    String chunk = chunkFilesLoadedBy("duo").get(0);
    SITE.withoutSearchFile(
        chunk,
        () -> {
          ChromeDriver driver = SITE.home();
          HeldSearchData.hold(driver, HeldSearchData.QUESTION_CHUNKS, HeldSearchData.ALL);
          KbSearchScript.query(driver, "duo");
          WebDriverWait wait = new WebDriverWait(driver, Browser.PATIENCE);
          String error = "Search is unavailable: search data missing: search/" + chunk + ".";
          wait.until(d -> status(driver).equals(error));
          HeldSearchData.release(driver); // returns once what they started has run
          assertEquals(error, status(driver));
          assertEquals(List.of(), shownUrls(driver));
        });
  }

  /**
   * Multi-word queries with every later postings chunk held back: whatever shows before the chunks
   * load is Lucene's top 5, and the list ends as Lucene's top 10. At least one of them must show
   * its top 5 early, or the test would prove nothing about the early step.
   */
  @Test
  void multiWordQueriesShowLucenesTopFiveBeforeALaterChunkAndItsTopTenAfter() {
    int early = 0;
    for (String query :
        List.of("trio quad", "duo gamma", "twin duo", "solo duo gamma", "quad duo")) {
      List<String> top10 = SITE.top10(query);
      ChromeDriver driver = SITE.home();
      HeldSearchData.hold(driver, HeldSearchData.LATER_POSTINGS, HeldSearchData.ALL);
      KbSearchScript.query(driver, query);
      WebDriverWait wait = new WebDriverWait(driver, Browser.PATIENCE);
      wait.until(d -> HeldSearchData.held(d) > 0 || status(driver).endsWith("results"));
      if (HeldSearchData.held(driver) > 0) {
        // All that can show without the held chunks has shown; when nothing has, the top 5 depend
        // on a held chunk.
        HeldSearchData.settled(driver);
        List<String> first = shownUrls(driver);
        if (!first.isEmpty()) {
          early++;
          assertEquals(top10.subList(0, Math.min(5, top10.size())), first, query);
          assertEquals("", status(driver), query);
        }
        HeldSearchData.release(driver);
      }
      wait.until(d -> status(driver).endsWith("results"));
      assertEquals(top10, shownUrls(driver), query);
    }
    assertTrue(early > 0, "no query showed its top 5 before a later chunk loaded");
  }
}
