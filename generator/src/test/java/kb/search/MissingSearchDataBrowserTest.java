package kb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
    ChromeDriver driver = Browser.get();
    driver.get(SITE.site().resolve("index.html").toUri().toString());
    driver.findElement(By.id("search-input")).sendKeys(query);
    return listAndStatusOnceAnnounced(driver, status -> !status.isEmpty());
  }

  /** The list and the status line once the status line says what {@code announced} accepts. */
  private static List<String> listAndStatusOnceAnnounced(
      ChromeDriver driver, Predicate<String> announced) {
    new WebDriverWait(driver, Duration.ofSeconds(10))
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
    Path chunk = questionChunk();
    byte[] kept = Files.readAllBytes(chunk);
    Files.delete(chunk);
    try {
      String message =
          "Search is unavailable: search data missing: search/" + chunk.getFileName() + ".";
      assertEquals(List.of(message, message), listAndStatusFor("solo"));
    } finally {
      Files.write(chunk, kept);
    }
  }

  @Test
  void aFileThatFailedIsAskedForAgainByTheNextQueryWithoutAReload() throws IOException {
    Path chunk = questionChunk();
    byte[] kept = Files.readAllBytes(chunk);
    ChromeDriver driver = Browser.get();
    driver.get(SITE.site().resolve("index.html").toUri().toString());
    WebElement input = driver.findElement(By.id("search-input"));
    Files.delete(chunk);
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
  }

  @Test
  void aWordNoQuestionHasIsNoMatchNotAnError() {
    // No word of the page starts with z: its word shard does not exist, by design.
    assertEquals(
        List.of("No questions match \u201czebra\u201d.", "0 results"), listAndStatusFor("zebra"));
  }
}
