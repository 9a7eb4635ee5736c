package kb.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import kb.TestContent;
import kb.browser.Browser;
import kb.browser.Emulation;
import kb.browser.StaticServer;
import kb.build.SiteBuild;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A question's heading in headless Chromium: the question jumped to is marked whole, by its id or
 * an old one (alias); one copy-link control per heading, shown on hover, keyboard focus and touch
 * screens; the link it copies is the page at the site's configured URL when the brand has one.
 * alpha is published at https://help.alpha.example/kb/, beta has no {@code site.url}.
 */
class QuestionMarksBrowserTest {

  @TempDir static Path dir;

  private static Path out;

  @BeforeAll
  static void build() {
    TestContent content = TestContent.twoBrands(dir);
    content.write(
        "brands/alpha.yml",
        TestContent.brand("alpha", "Alpha", "alphapkg", "#112233")
            .replace(
                "  title: Alpha Help\n",
                "  title: Alpha Help\n  url: https://help.alpha.example/kb\n"));
    StringBuilder body = new StringBuilder();
    for (int i = 1; i <= 8; i++) {
      body.append("## Question ").append(i).append(" {#").append(i);
      body.append(i == 5 ? " aliases=q-old}" : "}").append("\n\n");
      for (int p = 0; p < 6; p++) {
        body.append("Answer paragraph ").append(p).append(".\n\n");
      }
    }
    content.write("faq/a.md", TestContent.page("Start", "Start", 1, body.toString()));
    out = dir.resolve("out");
    new SiteBuild().run(content.options(out, "all"));
  }

  private static String page(String brand) {
    return out.resolve(brand + "/faq/a.html").toUri().toString();
  }

  /** The ids of the questions whose section has a background of its own. */
  @SuppressWarnings("unchecked")
  private static List<String> marked(ChromeDriver driver) {
    return (List<String>)
        driver.executeScript(
            "return Array.from(document.querySelectorAll('section.question'))"
                + ".filter(s => getComputedStyle(s).backgroundColor !== 'rgba(0, 0, 0, 0)')"
                + ".map(s => s.querySelector('h2').id);");
  }

  private static double opacity(ChromeDriver driver, WebElement element) {
    return Double.parseDouble(
        (String) driver.executeScript("return getComputedStyle(arguments[0]).opacity;", element));
  }

  private static WebElement copyLink(ChromeDriver driver, String id) {
    return driver
        .findElement(By.id(id))
        .findElement(By.xpath(".."))
        .findElement(By.cssSelector(".copy-link"));
  }

  @Test
  void theQuestionJumpedToIsMarkedWholeAlsoFromAnAlias() {
    ChromeDriver driver = Browser.get();
    driver.get(page("alpha") + "#3");
    assertEquals(List.of("3"), marked(driver));
    driver.get(page("alpha") + "#q-old");
    assertEquals(List.of("5"), marked(driver));
    driver.get(page("alpha"));
    assertEquals(List.of(), marked(driver));
  }

  @Test
  void eachHeadingHasOneControlShownOnHoverAndKeyboardFocus() {
    ChromeDriver driver = Browser.startNew(1280, 900, Browser.WITH_MOUSE);
    try {
      desktopControls(driver);
    } finally {
      driver.quit();
    }
  }

  private static void desktopControls(ChromeDriver driver) {
    driver.get(page("alpha"));
    for (WebElement section : driver.findElements(By.cssSelector("section.question"))) {
      assertEquals(List.of(), section.findElements(By.cssSelector("h2 a, h2 button")));
      assertEquals(1, section.findElements(By.cssSelector("a, button")).size());
      assertTrue(section.findElement(By.tagName("h2")).getText().startsWith("Q"));
    }
    WebElement second = copyLink(driver, "2");
    assertEquals("Copy link to Q2", second.getAccessibleName());
    assertEquals(0.0, opacity(driver, second));
    new Actions(driver).moveToElement(driver.findElement(By.id("2"))).perform();
    new WebDriverWait(driver, Browser.PATIENCE).until(d -> opacity(driver, second) == 1.0);

    // From the first question's button, Tab reaches the second's, which shows itself.
    new Actions(driver).moveToElement(driver.findElement(By.tagName("h1"))).perform();
    new WebDriverWait(driver, Browser.PATIENCE).until(d -> opacity(driver, second) == 0.0);
    driver.executeScript("arguments[0].focus();", copyLink(driver, "1"));
    driver.switchTo().activeElement().sendKeys(Keys.TAB);
    assertEquals(second, driver.switchTo().activeElement());
    new WebDriverWait(driver, Browser.PATIENCE).until(d -> opacity(driver, second) == 1.0);
  }

  @Test
  void onATouchScreenEveryControlIsShown() {
    // Headless Chromium, like a phone, has no pointer that hovers.
    ChromeDriver driver = Browser.get();
    driver.get(page("alpha"));
    assertEquals(true, driver.executeScript("return matchMedia('(hover: none)').matches;"));
    assertEquals(1.0, opacity(driver, copyLink(driver, "7")));
  }

  @Test
  void copiedLinkIsAtTheConfiguredSiteUrlElseWhereThePageIs() {
    ChromeDriver driver = Browser.get();
    try (StaticServer server = StaticServer.serve(out, "/copy/")) {
      URI uri = URI.create(server.url(""));
      Emulation.allowClipboard(driver, uri.getScheme() + "://" + uri.getAuthority());
      driver.get(server.url("alpha/faq/a.html"));
      copyLink(driver, "4").click();
      new WebDriverWait(driver, Browser.PATIENCE)
          .until(
              d ->
                  "https://help.alpha.example/kb/faq/a.html#4".equals(Emulation.clipboard(driver)));
      driver.get(server.url("beta/faq/a.html") + "?from=test#2");
      copyLink(driver, "4").click();
      String here = server.url("beta/faq/a.html") + "?from=test#4";
      new WebDriverWait(driver, Browser.PATIENCE)
          .until(d -> here.equals(Emulation.clipboard(driver)));
      assertNotEquals(here, page("beta"));
    }
  }
}
