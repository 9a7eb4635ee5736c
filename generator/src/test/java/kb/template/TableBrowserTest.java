package kb.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Path;
import java.util.List;
import kb.TestContent;
import kb.browser.Browser;
import kb.browser.Emulation;
import kb.build.SiteBuild;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A parameter table on a 375px phone, in headless Chromium: the page never scrolls sideways; the
 * table scrolls in its own box, a labelled region the keyboard reaches and scrolls; a table that
 * fits is no tab stop. An HTML table with lists in cells and a Markdown table with a line break.
 */
class TableBrowserTest {

  @TempDir static Path dir;

  private static Path out;

  @BeforeAll
  static void build() {
    TestContent content = TestContent.twoBrands(dir);
    String body =
        "## Place an order {#1}\n\n"
            + "<table>\n"
            + "<thead><tr><th>Parameter</th><th>Type</th><th>Description</th></tr></thead>\n"
            + "<tr><td><code>trd_side_and_a_long_name</code></td><td><code>TrdSide</code></td>"
            + "<td><p>The side:</p><ul><li><code>BUY_BACK_THE_SHORT_POSITION</code></li>"
            + "<li><code>SELL_SHORT_WITH_A_LONG_NAME</code></li></ul>"
            + "See <a href=\"#2\">the next question</a>.</td></tr>\n"
            + "</table>\n\n"
            + "## Small {#2}\n\n"
            + "| Key | Value |\n|---|---|\n| a | one<br>two |\n";
    content.write("faq/a.md", TestContent.page("Orders", "Orders", 1, body));
    out = dir.resolve("out");
    new SiteBuild().run(content.options(out, "alpha"));
  }

  @Test
  void aWideTableScrollsInALabelledRegionNotThePage() {
    ChromeDriver driver = Browser.startNew(500, 800);
    try {
      Emulation.screen(driver, 375, 800, true);
      driver.get(out.resolve("alpha/faq/a.html").toUri().toString());
      assertEquals(
          0L,
          driver.executeScript(
              "return document.documentElement.scrollWidth - document.documentElement.clientWidth;"));
      List<WebElement> boxes = driver.findElements(By.cssSelector(".table-scroll"));
      assertEquals(2, boxes.size());
      WebElement wide = boxes.get(0);
      assertEquals("region", wide.getAttribute("role"));
      assertEquals("0", wide.getAttribute("tabindex"));
      assertEquals("Table, scrolls sideways", wide.getAccessibleName());
      assertEquals(2, wide.findElements(By.cssSelector("td li")).size());
      // The small table fits: no region, no tab stop.
      assertEquals(null, boxes.get(1).getAttribute("tabindex"));
      assertEquals(1, boxes.get(1).findElements(By.cssSelector("td br")).size());

      driver.executeScript("arguments[0].focus();", wide);
      wide.sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
      // Scrolling may be smooth: wait for it to move.
      new WebDriverWait(driver, Browser.PATIENCE)
          .until(
              d ->
                  ((Number) driver.executeScript("return arguments[0].scrollLeft;", wide))
                          .intValue()
                      > 0);

      Results results = new AxeBuilder().analyze(driver);
      assertEquals(
          List.of(), results.getViolations().stream().map(Rule::getId).toList(), "axe at 375px");
    } finally {
      driver.quit();
    }
  }
}
