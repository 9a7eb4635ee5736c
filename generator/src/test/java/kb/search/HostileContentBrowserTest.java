package kb.search;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import kb.TestContent;
import kb.browser.Browser;
import kb.build.SiteBuild;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Markup written in content (a {@code <script>} in a question title, an {@code onerror} image in an
 * answer, a line separator) never runs: not on the page, in the navigation, on the home page, in
 * the search data, nor in search results.
 */
class HostileContentBrowserTest {

  @TempDir static Path dir;

  private static final String TITLE = "<script>window.kbPwned='title'</script> Danger zone";

  @BeforeAll
  static void build() {
    TestContent content = TestContent.twoBrands(dir);
    content.write(
        "faq/a.md",
        TestContent.page(
            "A",
            "A",
            1,
            "## "
                + TITLE
                + " {#1}\n\n<img src=x onerror=\"window.kbPwned='img'\"> danger\u2028here"
                + " </script><script>window.kbPwned='data'</script>\n"));
    new SiteBuild().run(content.options(dir.resolve("out"), "all"));
  }

  @Test
  void searchDataNeverHoldsAScriptEndTagOrARawLineSeparator() throws IOException {
    try (Stream<Path> files = Files.list(dir.resolve("out/alpha/search"))) {
      for (Path file : files.toList()) {
        String script = Files.readString(file);
        assertTrue(!script.contains("</") && !script.contains("\u2028"), file.toString());
      }
    }
  }

  @Test
  void scriptInAQuestionNeverRunsAnywhere() {
    ChromeDriver driver = Browser.get();
    JavascriptExecutor js = (JavascriptExecutor) driver;
    for (String page : List.of("index.html", "faq/a.html")) {
      driver.get(dir.resolve("out/alpha").resolve(page).toUri().toString());
      assertNull(js.executeScript("return window.kbPwned;"), page);
      SearchBrowserTest.assertNoAlert(driver);
    }
    String heading = driver.findElement(By.cssSelector("section.question h2")).getText();
    assertTrue(heading.endsWith("Q1: " + TITLE), heading);
    assertTrue(driver.findElement(By.cssSelector(".toc")).getText().contains("<script>"));

    driver.findElement(By.id("search-input")).sendKeys("danger");
    new WebDriverWait(driver, Browser.PATIENCE)
        .until(d -> !d.findElements(By.cssSelector("#search-results .search-result")).isEmpty());
    String result = driver.findElement(By.cssSelector("#search-results .search-result")).getText();
    assertTrue(result.contains("<script>window.kbPwned='title'</script>"), result);
    driver.findElement(By.id("search-input")).sendKeys(Keys.ENTER);
    assertNull(js.executeScript("return window.kbPwned;"));
    SearchBrowserTest.assertNoAlert(driver);
  }
}
