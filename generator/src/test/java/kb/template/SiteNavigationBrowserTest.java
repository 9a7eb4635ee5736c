package kb.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import kb.ShippedSites;
import kb.browser.Browser;
import kb.browser.StaticServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The shipped sites navigate by their relative links, from disk and under a base path. */
class SiteNavigationBrowserTest {

  private static Path out;

  @BeforeAll
  static void build() {
    out = ShippedSites.out();
  }

  private static void walkFromHome(WebDriver driver, String homeUrl, String brandTitle) {
    driver.get(homeUrl);
    assertEquals(brandTitle, driver.findElement(By.tagName("h1")).getText());
    driver
        .findElement(By.linkText("How to run the command line OpenD in the background on Linux?"))
        .click();
    new WebDriverWait(driver, Browser.PATIENCE).until(d -> d.getCurrentUrl().endsWith("#758"));
    assertEquals(
        "758",
        ((JavascriptExecutor) driver)
            .executeScript("return document.querySelector(':target').id;"));
    assertTrue(
        ((Number)
                    ((JavascriptExecutor) driver)
                        .executeScript("return document.styleSheets[0].cssRules.length;"))
                .intValue()
            > 20,
        "the stylesheet loaded over a relative URL");
    WebElement toc = driver.findElement(By.cssSelector(".toc a[href='#2453']"));
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", toc);
    toc.click();
    assertTrue(driver.getCurrentUrl().endsWith("#2453"));
    Object loaded =
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "var done = arguments[0];"
                    + " var sources = Array.from(document.querySelectorAll('main img'), i => i.src);"
                    + " Promise.all(sources.map(src => new Promise(ok => { var image = new Image();"
                    + " image.onload = () => ok(image.naturalWidth > 0); image.onerror = () => ok(false);"
                    + " image.src = src; }))).then(results => done(results));");
    assertEquals(List.of(true, true, true, true, true, true), loaded, "all six images load");
    ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0);");
    driver.findElement(By.cssSelector("a.logo")).click();
    assertEquals(brandTitle, driver.findElement(By.tagName("h1")).getText());
  }

  @Test
  void siteWorksFromDisk() {
    ChromeDriver driver = Browser.get();
    walkFromHome(driver, out.resolve("futu/index.html").toUri().toString(), "Futu OpenAPI Help");
  }

  @Test
  void siteWorksUnderABasePathOnAStaticHost() {
    ChromeDriver driver = Browser.get();
    try (StaticServer server = StaticServer.serve(out.resolve("moomoo"), "/docs/help-center/")) {
      walkFromHome(driver, server.url("index.html"), "moomoo OpenAPI Help");
    }
  }
}
