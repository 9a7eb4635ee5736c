package kb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import kb.browser.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A guide page is searched by section: its intro, each {@code ##} section, each {@code ###}
 * subsection and each code tab panel is a result of its own, pointing at its anchor, named with the
 * page and section it sits in (a tab also with its language), unnumbered; the browser ranks them as
 * Lucene does.
 */
class SectionSearchBrowserTest {

  @RegisterExtension
  static final AlphaSearchSite SITE =
      new AlphaSearchSite("guide", "guide", SectionSearchBrowserTest::page);

  private static String page() {
    return String.join(
        "\n",
        "This guide installs the gateway and sends a first request with the zebrafish kit.",
        "",
        "## Install the gateway {#install}",
        "",
        "Download the gateway archive from the website.",
        "",
        "### On Windows",
        "",
        "Run the installer; choose a kangaroo folder for the gateway.",
        "",
        "### On macOS {#mac}",
        "",
        "Open the disk image and drag the gateway to Applications.",
        "",
        "### On Linux",
        "",
        "Unpack the archive with tar and start the gateway from a terminal.",
        "",
        "## First request {#first}",
        "",
        "Call the global state function to check the connection.",
        "",
        "### Python",
        "",
        "Install the package with pip, then call get global state.",
        "",
        "### Java",
        "",
        "Add the package to Maven, then call getGlobalState on the client.",
        "",
        "## Next steps {#next}",
        "",
        "Subscribe to quotes, then unlock trading with the trade password.",
        "",
        "=== \"Python\"",
        "",
        "    ```python",
        "    quote_ctx.subscribe(['HK.00700'], [SubType.QUOTE])  # heron python",
        "    ```",
        "",
        "=== \"C#\"",
        "",
        "    ```csharp",
        "    qot.Sub(req); // heron csharp",
        "    ```",
        "");
  }

  private static final List<String> QUERIES =
      List.of(
          "zebrafish",
          "kangaroo",
          "disk image",
          "tar terminal",
          "gateway",
          "archive",
          "global state",
          "package",
          "Maven",
          "pip",
          "trade password",
          "install",
          "call",
          "connection",
          "Applications",
          "first request",
          "heron",
          "heron csharp",
          "quote_ctx",
          "subscribe");

  @Test
  void eachSubsectionIsAResultAtItsOwnAnchorAndTheIntroAtThePage() {
    assertEquals("faq/guide.html", SITE.top10("zebrafish").get(0));
    assertEquals("faq/guide.html#install-1", SITE.top10("kangaroo").get(0));
    assertEquals("faq/guide.html#mac", SITE.top10("disk image").get(0));
    assertEquals("faq/guide.html#install-3", SITE.top10("tar terminal").get(0));
    assertEquals("faq/guide.html#first-2", SITE.top10("Maven").get(0));
    assertEquals("faq/guide.html#next", SITE.top10("trade password").get(0));
    assertEquals("faq/guide.html#tabs-1-2", SITE.top10("heron csharp").get(0));
    assertEquals("faq/guide.html#tabs-1-1", SITE.top10("quote_ctx").get(0));
  }

  @Test
  void aTabsResultNamesItsLanguageAndTheSectionKeepsOnlyItsOwnText() {
    assertEquals(List.of("faq/guide.html#next"), SITE.top10("unlock"), "tabs are not in it");
    ChromeDriver driver = SITE.home();
    KbSearchScript.query(driver, "heron csharp");
    new WebDriverWait(driver, Browser.PATIENCE)
        .until(d -> !d.findElements(By.cssSelector("#search-results .search-result")).isEmpty());
    var first = driver.findElements(By.cssSelector("#search-results .search-result")).get(0);
    assertEquals(
        "Next steps (C#)",
        first.findElement(By.className("search-result-title")).getAttribute("textContent"));
    assertEquals(
        "guide", first.findElement(By.className("search-result-page")).getAttribute("textContent"));
  }

  @Test
  void theBrowserRanksSectionsAsLuceneDoes() {
    ChromeDriver driver = SITE.home();
    for (String query : QUERIES) {
      assertEquals(SITE.top10(query), KbSearchScript.rankedUrls(driver, query), query);
    }
  }

  @Test
  void nodeRanksSectionsAsLuceneDoes() {
    var ranked = NodeRanking.rank(SITE.site(), QUERIES);
    assertEquals(List.of(), NodeRanking.mismatches(ranked, SITE::top10));
  }

  @Test
  void aSubsectionsResultNamesItsPageAndSectionAndHasNoQuestionNumber() {
    ChromeDriver driver = SITE.home();
    KbSearchScript.query(driver, "kangaroo");
    new WebDriverWait(driver, Browser.PATIENCE)
        .until(d -> !d.findElements(By.cssSelector("#search-results .search-result")).isEmpty());
    var first = driver.findElements(By.cssSelector("#search-results .search-result")).get(0);
    assertEquals(
        "On Windows",
        first.findElement(By.className("search-result-title")).getAttribute("textContent"));
    assertEquals(
        "guide \u203A Install the gateway",
        first.findElement(By.className("search-result-page")).getAttribute("textContent"));
  }
}
