package kb.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kb.ShippedSites;
import kb.browser.Browser;
import kb.browser.Emulation;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Keyboard use in headless Chromium: the skip link comes first, every tab stop shows a visible
 * focus ring, the phone menu opens, closes and hides its links from the keyboard, and Escape closes
 * one thing at a time.
 */
class KeyboardBrowserTest {

  private static final String FOCUSED =
      "var e = document.activeElement, s = getComputedStyle(e);"
          + " return {tag: e.tagName, id: e.id, cls: String(e.className),"
          + " text: (e.getAttribute('aria-label') || e.textContent).trim().slice(0, 40),"
          + " outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2,"
          + " ring: s.boxShadow !== 'none',"
          + " onScreen: e.getBoundingClientRect().right > 0 && e.getBoundingClientRect().left"
          + " < innerWidth};";

  @SuppressWarnings("unchecked")
  private static Map<String, Object> focused(ChromeDriver driver) {
    return (Map<String, Object>) driver.executeScript(FOCUSED);
  }

  private static void tab(ChromeDriver driver) {
    new Actions(driver).sendKeys(Keys.TAB).perform();
  }

  @Test
  void skipLinkIsTheFirstTabStopAndMovesFocusToTheContent() {
    ChromeDriver driver = Browser.get();
    driver.get(ShippedSites.fileUrl("futu", "faq/opend.html"));
    tab(driver);
    Map<String, Object> first = focused(driver);
    assertEquals("skip-link", first.get("cls"));
    assertEquals(true, first.get("onScreen"), "the skip link shows when focused");
    new Actions(driver).sendKeys(Keys.ENTER).perform();
    assertEquals("main", focused(driver).get("id"));
  }

  @Test
  void everyTabStopShowsAVisibleFocusIndicator() {
    ChromeDriver driver = Browser.get();
    for (String page : List.of("index.html", "faq/opend.html")) {
      driver.get(ShippedSites.fileUrl("moomoo", page));
      List<String> invisible = new ArrayList<>();
      List<String> kinds = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        tab(driver);
        Map<String, Object> f = focused(driver);
        if ("BODY".equals(f.get("tag")) || (i > 0 && "skip-link".equals(f.get("cls")))) {
          break;
        }
        if (!Boolean.TRUE.equals(f.get("outline")) && !Boolean.TRUE.equals(f.get("ring"))) {
          invisible.add(f.toString());
        }
        kinds.add(f.get("tag") + "." + f.get("cls"));
      }
      assertEquals(List.of(), invisible, page);
      assertTrue(kinds.size() > 20, page + ": " + kinds.size() + " tab stops");
      if (page.startsWith("faq")) {
        for (String kind :
            List.of(
                "INPUT.search-input",
                "BUTTON.theme-toggle",
                "BUTTON.copy-button copy-link",
                "PRE.",
                "BUTTON.copy-button copy-code",
                "A.pager-link pager-previous")) {
          assertTrue(kinds.contains(kind), kind + " is reachable by keyboard: " + kinds);
        }
      }
    }
  }

  @Test
  void phoneMenuOpensFromTheKeyboardAndEscapeClosesIt() {
    ChromeDriver driver = Browser.startNew(500, 844);
    try {
      Emulation.screen(driver, 390, 844, true);
      driver.get(ShippedSites.fileUrl("futu", "faq/opend.html"));
      WebElement toggle = driver.findElement(By.cssSelector(".nav-toggle"));
      tab(driver);
      tab(driver);
      assertEquals("nav-toggle", focused(driver).get("cls"));
      tab(driver);
      assertEquals("logo", focused(driver).get("cls"), "closed menu links are not tab stops");
      toggle.sendKeys(Keys.ENTER);
      assertEquals("true", toggle.getAttribute("aria-expanded"));
      Map<String, Object> inMenu = focused(driver);
      assertEquals("A", inMenu.get("tag"));
      new WebDriverWait(driver, Browser.PATIENCE)
          .until(d -> Boolean.TRUE.equals(focused(driver).get("onScreen")));
      assertTrue(String.valueOf(inMenu.get("text")).startsWith("OpenD Related"), inMenu.toString());
      new Actions(driver).sendKeys(Keys.ESCAPE).perform();
      assertEquals("false", toggle.getAttribute("aria-expanded"));
      assertEquals("nav-toggle", focused(driver).get("cls"));
    } finally {
      driver.quit();
    }
  }

  @Test
  void escapeClosingTheSearchListLeavesThePhoneMenuOpenAndTheNextClosesIt() {
    ChromeDriver driver = Browser.startNew(500, 844);
    try {
      Emulation.screen(driver, 390, 844, true);
      driver.get(ShippedSites.fileUrl("futu", "faq/opend.html"));
      driver.findElement(By.cssSelector(".nav-toggle")).click();
      WebElement body = driver.findElement(By.tagName("body"));
      assertTrue(body.getAttribute("class").contains("nav-open"));
      new Actions(driver).sendKeys("/").sendKeys("opend").perform();
      WebElement list = driver.findElement(By.id("search-results"));
      new WebDriverWait(driver, Browser.PATIENCE).until(d -> list.isDisplayed());

      new Actions(driver).sendKeys(Keys.ESCAPE).perform();
      assertFalse(list.isDisplayed(), "the first Escape closes the search list");
      assertTrue(body.getAttribute("class").contains("nav-open"), "and only the list");
      new Actions(driver).sendKeys(Keys.ESCAPE).perform();
      assertFalse(body.getAttribute("class").contains("nav-open"), "the next closes the menu");
    } finally {
      driver.quit();
    }
  }
}
