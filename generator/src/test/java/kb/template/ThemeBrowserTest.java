package kb.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import kb.ShippedSites;
import kb.browser.Browser;
import kb.browser.Emulation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Light and dark themes in headless Chromium: the system's theme until the reader picks one with
 * the toggle, the pick remembered and painted from the first frame, and the print stylesheet.
 */
class ThemeBrowserTest {

  private static final String LIGHT_BG = "rgb(255, 255, 255)";
  private static final String DARK_BG = "rgb(15, 20, 25)";

  private ChromeDriver driver;

  @BeforeEach
  void start() {
    driver = Browser.startNew(1280, 900);
  }

  @AfterEach
  void quit() {
    driver.quit();
  }

  private String css(String selector, String property) {
    return (String)
        driver.executeScript(
            "return getComputedStyle(document.querySelector(arguments[0]))"
                + ".getPropertyValue(arguments[1]);",
            selector,
            property);
  }

  private String pressed() {
    return driver.findElement(By.cssSelector(".theme-toggle")).getAttribute("aria-pressed");
  }

  @Test
  void themeFollowsTheSystemUntilTheReaderPicksOne() {
    Emulation.colorScheme(driver, "dark");
    driver.get(ShippedSites.fileUrl("futu", "faq/opend.html"));
    assertNull(driver.findElement(By.tagName("html")).getAttribute("data-theme"));
    assertEquals(DARK_BG, css("body", "background-color"));
    assertEquals("true", pressed());
    Emulation.colorScheme(driver, "light");
    assertEquals(LIGHT_BG, css("body", "background-color"));
    new WebDriverWait(driver, Browser.PATIENCE).until(d -> "false".equals(pressed()));

    driver.findElement(By.cssSelector(".theme-toggle")).click();
    assertEquals("dark", driver.findElement(By.tagName("html")).getAttribute("data-theme"));
    assertEquals(DARK_BG, css("body", "background-color"));
    assertEquals("true", pressed());
    driver.navigate().refresh();
    assertEquals(DARK_BG, css("body", "background-color"), "the pick outlives the page");
    Emulation.colorScheme(driver, "dark");
    driver.findElement(By.cssSelector(".theme-toggle")).click();
    driver.get(ShippedSites.fileUrl("futu", "index.html"));
    assertEquals(LIGHT_BG, css("body", "background-color"), "light picked on a dark system");
  }

  @Test
  void rememberedThemeIsPaintedFromTheFirstFrame() {
    // Records the body's background in the first animation frame that has a body: the first
    // paint. A theme set later by a script at the end of the page would show light here.
    Emulation.beforeEveryPage(
        driver,
        "(function wait() { requestAnimationFrame(function () {"
            + " if (document.body) window.kbFirstPaint = getComputedStyle(document.body)"
            + ".backgroundColor; else wait(); }); })();");
    driver.get(ShippedSites.fileUrl("moomoo", "faq/opend.html"));
    driver.executeScript("localStorage.setItem('kb-theme', 'dark');");
    driver.get(ShippedSites.fileUrl("moomoo", "faq/opend.html"));
    new WebDriverWait(driver, Browser.PATIENCE)
        .until(d -> driver.executeScript("return window.kbFirstPaint") != null);
    assertEquals(DARK_BG, driver.executeScript("return window.kbFirstPaint"));
  }

  @Test
  void toggleIsAPressedStateButtonNamedDarkTheme() {
    driver.get(ShippedSites.fileUrl("futu", "index.html"));
    WebElement toggle = driver.findElement(By.cssSelector(".theme-toggle"));
    assertTrue(toggle.isDisplayed());
    assertEquals("Dark theme", toggle.getAccessibleName());
    assertEquals("false", pressed());
    toggle.sendKeys(" ");
    assertEquals("true", pressed());
  }

  @Test
  void printShowsOnlyTheAnswersInDarkOnWhiteWithLinkAddresses() {
    driver.get(ShippedSites.fileUrl("futu", "faq/opend.html"));
    driver.executeScript("localStorage.setItem('kb-theme', 'dark');");
    driver.navigate().refresh();
    Emulation.media(driver, "print");
    for (String hidden : new String[] {".topbar", ".sidebar", ".footer", ".pager", ".copy-link"}) {
      assertEquals("none", css(hidden, "display"), hidden);
    }
    assertEquals(LIGHT_BG, css("body", "background-color"));
    assertEquals("rgb(0, 0, 0)", css("body", "color"));
    assertEquals("pre-wrap", css("pre", "white-space"));
    Object after =
        driver.executeScript(
            "return getComputedStyle(document.querySelector('.answer a[href^=\"http\"]'),"
                + " '::after').content;");
    assertTrue(String.valueOf(after).contains("https://"), String.valueOf(after));
    Emulation.media(driver, "");
    assertEquals("sticky", css(".topbar", "position"));
  }
}
