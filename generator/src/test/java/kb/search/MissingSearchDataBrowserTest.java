package kb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import kb.browser.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A site whose search data are incomplete (a file lost in an upload) says so in the search box's
 * list, instead of showing a partial list as if it were the answer. A word no question has is still
 * just no match.
 */
class MissingSearchDataBrowserTest {

  @RegisterExtension
  static final AlphaSearchSite SITE =
      new AlphaSearchSite(
          "missing",
          () ->
              "## Solo question one {#s1}\n\nsolo lorem.\n\n"
                  + "## Solo question two {#s2}\n\nsolo solo lorem.\n");

  /**
   * Types {@code query} into the search box and, once the list is complete, returns what it shows
   * and what the status line announces.
   */
  private static List<String> listAndStatusFor(String query) {
    ChromeDriver driver = SITE.home();
    driver.findElement(By.id("search-input")).sendKeys(query);
    return listAndStatusOnceAnnounced(driver, status -> !status.isEmpty());
  }

  /** The list and the status line once the status line says what {@code announced} accepts. */
  private static List<String> listAndStatusOnceAnnounced(
      ChromeDriver driver, Predicate<String> announced) {
    new WebDriverWait(driver, Browser.PATIENCE)
        .until(
            d -> announced.test(d.findElement(By.id("search-status")).getAttribute("textContent")));
    return List.of(
        driver.findElement(By.id("search-results")).getText(),
        driver.findElement(By.id("search-status")).getAttribute("textContent"));
  }

  private static Path questionChunk() throws IOException {
    List<Path> chunks;
    try (Stream<Path> files = Files.list(SITE.site().resolve("search"))) {
      chunks = files.filter(p -> p.getFileName().toString().startsWith("d-")).toList();
    }
    assertEquals(1, chunks.size(), "two questions, one question chunk: " + chunks);
    return chunks.get(0);
  }

  @Test
  void aLostQuestionChunkIsSaidInsteadOfAList() throws IOException {
    String chunk = questionChunk().getFileName().toString();
    String message = "Search is unavailable: search data missing: search/" + chunk + ".";
    SITE.withoutSearchFile(
        chunk, () -> assertEquals(List.of(message, message), listAndStatusFor("solo")));
  }

  @Test
  void aFileThatFailedIsAskedForAgainByTheNextQueryWithoutAReload() throws IOException {
    assertAskedForAgainOnceWhole(null);
  }

  @Test
  void aFileCutShortIsAskedForAgainByTheNextQueryWithoutAReload() throws IOException {
    byte[] whole = Files.readAllBytes(questionChunk());
    assertAskedForAgainOnceWhole(Arrays.copyOf(whole, whole.length / 2));
  }

  /**
   * With the question chunk deleted ({@code broken} null) or replaced by {@code broken}, "solo"
   * says search is unavailable; with the chunk whole again, the next query on the same page lists
   * both questions, and the page holds one script element for the chunk.
   */
  private static void assertAskedForAgainOnceWhole(byte[] broken) throws IOException {
    Path chunk = questionChunk();
    byte[] kept = Files.readAllBytes(chunk);
    ChromeDriver driver = SITE.home();
    WebElement input = driver.findElement(By.id("search-input"));
    if (broken == null) {
      Files.delete(chunk);
    } else {
      Files.write(chunk, broken);
    }
    try {
      input.sendKeys("solo");
      listAndStatusOnceAnnounced(driver, status -> status.startsWith("Search is unavailable"));
    } finally {
      Files.write(chunk, kept); // back, as when an upload completes
    }
    input.sendKeys(" lorem");
    List<String> shown =
        listAndStatusOnceAnnounced(
            driver, status -> !status.isEmpty() && !status.startsWith("Search is unavailable"));
    assertEquals("2 results", shown.get(1));
    assertTrue(
        shown.get(0).contains("Solo question one") && shown.get(0).contains("Solo question two"),
        shown.get(0));
    assertEquals(
        1L,
        KbSearchScript.scriptElements(
            driver, chunk.getFileName().toString().replaceFirst("\\.js$", "")));
  }

  @Test
  void aFirstLetterNoWordHasIsAskedForOncePerQuery() {
    ChromeDriver driver = SITE.home();
    driver.executeScript(
        "window.asked = 0; var append = Node.prototype.appendChild;"
            + " Node.prototype.appendChild = function (node) {"
            + "   if (node.tagName === 'SCRIPT' && /search\\/w-7a\\.js$/.test(node.src)) asked++;"
            + "   return append.call(this, node); };");
    for (String query : List.of("zebra", "zebras")) {
      driver.executeScript("document.getElementById('search-status').textContent = '';");
      KbSearchScript.query(driver, query);
      assertEquals("0 results", listAndStatusOnceAnnounced(driver, s -> !s.isEmpty()).get(1));
    }
    // A word of five letters is looked for among typos too: from the same first letter's file.
    assertEquals(2L, driver.executeScript("return asked;"));
  }

  @Test
  void aWordNoQuestionHasIsNoMatchNotAnError() {
    // No word of the page starts with z: its word shard does not exist, by design.
    assertEquals(
        List.of("No questions match \u201czebra\u201d.", "0 results"), listAndStatusFor("zebra"));
  }
}
