package kb.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import kb.ShippedSites;
import kb.browser.Browser;
import kb.browser.StaticServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page a static host shows for any missing URL, at any depth: it finds the site root, so its
 * style, links, scripts and search work under the configured path, under another one the site was
 * copied to, at the site root and from disk. futu's {@code site.url} is {@code
 * https://openapi.futunn.com/kb/}.
 */
class NotFoundBrowserTest {

  @Test
  void deepUrlUnderTheConfiguredPathCostsOneRequest() {
    try (StaticServer server = StaticServer.serve(ShippedSites.out().resolve("futu"), "/kb/")) {
      assertWorks(server, "faq/no/such/page.html");
      assertEquals(List.of("HEAD /kb/assets/kb.css"), probes(server));
    }
  }

  @Test
  void aPathStartingWithTwoSlashesNeverLeadsToAnotherHost() {
    Path site = ShippedSites.out().resolve("futu");
    try (StaticServer home = StaticServer.serve(site, "/");
        StaticServer other = StaticServer.serve(site, "/x/")) {
      // "//localhost:port/x/" read as a folder is another origin, which serves a kb site too.
      String otherHost = other.url("").replaceFirst("^http://127\\.0\\.0\\.1", "//localhost");
      String url = home.url("") + otherHost.substring(1) + "a/missing.html";
      ChromeDriver driver = Browser.get();
      driver.get(url);
      assertEquals(List.of(), other.requests(), "nothing was asked of the other host");
      Object base = driver.executeScript("return new URL(document.baseURI).origin;");
      assertEquals(
          driver.executeScript("return location.origin;"), base, "the base stays on this host");
    }
  }

  @Test
  void deepUrlUnderAnotherPathFindsTheRootByProbingParents() {
    try (StaticServer server =
        StaticServer.serve(ShippedSites.out().resolve("futu"), "/docs/help/")) {
      assertWorks(server, "a/b/c/missing.html");
      // Nearest folder first, up to the site root: one request per folder, four here.
      assertEquals(
          List.of(
              "HEAD /docs/help/a/b/c/assets/kb.css",
              "HEAD /docs/help/a/b/assets/kb.css",
              "HEAD /docs/help/a/assets/kb.css",
              "HEAD /docs/help/assets/kb.css"),
          probes(server));
    }
  }

  @Test
  void missingPageAtTheRootOfACopiedSite() {
    try (StaticServer server =
        StaticServer.serve(ShippedSites.out().resolve("futu"), "/docs/help/")) {
      assertWorks(server, "missing.html");
      assertEquals(List.of("HEAD /docs/help/assets/kb.css"), probes(server));
    }
  }

  @Test
  void openedFromDiskItNeedsNoBase() {
    ChromeDriver driver = Browser.get();
    driver.get(ShippedSites.fileUrl("futu", "404.html"));
    assertStyled(driver);
    assertEquals(
        ShippedSites.fileUrl("futu", "index.html"),
        driver.findElement(By.linkText("Go to the home page")).getAttribute("href"));
    assertEquals(0L, driver.executeScript("return document.querySelectorAll('base').length;"));
  }

  private static List<String> probes(StaticServer server) {
    return server.requests().stream().filter(r -> r.startsWith("HEAD ")).toList();
  }

  private static void assertStyled(ChromeDriver driver) {
    assertEquals("Page not found - Futu OpenAPI Help", driver.getTitle());
    assertEquals(
        "sticky",
        driver.executeScript(
            "return getComputedStyle(document.querySelector('.topbar')).position;"));
    // kb.js ran: the theme button it shows is visible.
    assertTrue(driver.findElement(By.cssSelector(".theme-toggle")).isDisplayed());
  }

  /** Styled, its links lead into the site, and search finds questions and links them. */
  private static void assertWorks(StaticServer server, String missing) {
    ChromeDriver driver = Browser.get();
    driver.get(server.url(missing));
    assertStyled(driver);
    WebElement home = driver.findElement(By.linkText("Go to the home page"));
    assertEquals(server.url("index.html"), home.getAttribute("href"));
    String category = driver.findElement(By.cssSelector(".category-links a")).getAttribute("href");
    assertTrue(category.startsWith(server.url("faq/")), category);
    driver.findElement(By.id("search-input")).sendKeys("telnet");
    new WebDriverWait(driver, Browser.PATIENCE)
        .until(d -> !d.findElements(By.cssSelector("#search-results .search-result")).isEmpty());
    String first =
        driver.findElement(By.cssSelector("#search-results .search-result")).getAttribute("href");
    assertTrue(first.startsWith(server.url("faq/opend.html#")), first);
  }
}
