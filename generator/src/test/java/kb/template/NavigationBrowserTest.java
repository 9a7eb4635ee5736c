package kb.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kb.NavigationContent;
import kb.browser.Browser;
import kb.browser.Emulation;
import kb.build.SiteBuild;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In headless Chromium, from disk: sidebar groups open and close by keyboard, the current one is
 * open on load, the sidebar keeps its scroll position from page to page, the header's links fold
 * into a menu button on a phone, the outline marks the section scrolled to, and axe finds no
 * violation on a page with all of it, in both themes.
 */
class NavigationBrowserTest {

  @TempDir static Path dir;
  private static Path out;

  @BeforeAll
  static void build() {
    out = dir.resolve("out");
    new SiteBuild().run(NavigationContent.write(dir).options(out, "alpha"));
  }

  private static String url(String page) {
    return out.resolve("alpha").resolve(page).toUri().toString();
  }

  private static Object js(ChromeDriver driver, String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  private static boolean groupOpen(ChromeDriver driver, String name) {
    return (Boolean)
        js(
            driver,
            "return Array.from(document.querySelectorAll('#sidebar summary'))"
                + ".find(s => s.textContent.trim() === arguments[0]).parentElement.open;",
            name);
  }

  @Test
  void theCurrentGroupIsOpenOnLoadAndGroupsToggleByKeyboard() {
    ChromeDriver driver = Browser.get();
    driver.get(url("api/subscribe.html"));
    assertTrue(groupOpen(driver, "API reference"));
    assertTrue(groupOpen(driver, "Quotes"));
    assertFalse(groupOpen(driver, "Trading"));
    assertFalse(groupOpen(driver, "Guides"));
    WebElement guides =
        driver.findElement(By.xpath("//nav[@id='sidebar']//summary[normalize-space()='Guides']"));
    js(driver, "arguments[0].focus();", guides);
    driver.switchTo().activeElement().sendKeys(Keys.ENTER);
    assertTrue(groupOpen(driver, "Guides"), "Enter opens the group");
    By opend = By.cssSelector("#sidebar a[href='../guides/opend.html']");
    assertTrue(driver.findElement(opend).isDisplayed());
    driver.switchTo().activeElement().sendKeys(Keys.SPACE);
    assertFalse(groupOpen(driver, "Guides"), "Space closes it");
    assertFalse(driver.findElement(opend).isDisplayed());
  }

  @Test
  void theSidebarKeepsItsScrollPositionFromPageToPage() {
    ChromeDriver driver = Browser.get();
    driver.get(url("faq/topic10.html"));
    js(driver, "sessionStorage.clear(); document.getElementById('sidebar').scrollTop = 300;");
    assertEquals(
        300L,
        ((Number) js(driver, "return document.getElementById('sidebar').scrollTop;")).longValue());
    // A link in the middle of the sidebar as scrolled, which a reader would click.
    WebElement link =
        (WebElement)
            js(
                driver,
                "var box = document.getElementById('sidebar').getBoundingClientRect();"
                    + " return Array.from(document.querySelectorAll('#sidebar .nav-category > a'))"
                    + ".find(a => { var r = a.getBoundingClientRect();"
                    + " return r.top > box.top + box.height / 3 && r.bottom < box.bottom - box.height / 3"
                    + " && !a.hasAttribute('aria-current'); });");
    String target = link.getAttribute("href");
    link.click();
    new WebDriverWait(driver, Browser.PATIENCE).until(d -> d.getCurrentUrl().equals(target));
    assertTrue(target.startsWith("file:"), target);
    assertEquals(
        300L,
        ((Number) js(driver, "return document.getElementById('sidebar').scrollTop;")).longValue());
  }

  @Test
  void headerLinksFoldIntoAMenuButtonOnAPhone() {
    ChromeDriver driver = Browser.startNew(500, 812);
    try {
      Emulation.screen(driver, 375, 812, true);
      driver.get(url("api/subscribe.html"));
      WebElement toggle = driver.findElement(By.cssSelector(".links-toggle"));
      WebElement links = driver.findElement(By.id("header-links"));
      assertTrue(toggle.isDisplayed());
      assertFalse(links.isDisplayed());
      assertEquals(
          375L,
          ((Number) js(driver, "return document.documentElement.scrollWidth;")).longValue(),
          "nothing wider than the phone");
      toggle.click();
      assertEquals("true", toggle.getAttribute("aria-expanded"));
      assertTrue(links.isDisplayed());
      assertEquals("API docs", driver.switchTo().activeElement().getText());
      driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
      assertEquals("false", toggle.getAttribute("aria-expanded"));
      assertFalse(links.isDisplayed());
      assertEquals(toggle, driver.switchTo().activeElement(), "focus back on the button");
    } finally {
      driver.quit();
    }
  }

  @Test
  void theOutlineMarksTheSectionScrolledTo() {
    ChromeDriver driver = Browser.get();
    driver.get(url("api/subscribe.html"));
    assertTrue((Boolean) js(driver, "return document.querySelector('.outline-box').open;"));
    WebElement list = driver.findElement(By.cssSelector(".outline-list"));
    var size = list.getRect();
    for (String id : List.of("q3", "q2")) {
      js(driver, "document.getElementById(arguments[0]).scrollIntoView();", id);
      new WebDriverWait(driver, Browser.PATIENCE)
          .until(
              d ->
                  ("#" + id)
                      .equals(
                          js(
                              driver,
                              "var a = document.querySelector('.outline-list a.is-active');"
                                  + " return a && a.getAttribute('aria-current') === 'location'"
                                  + " ? a.getAttribute('href') : null;")));
      assertEquals(1, driver.findElements(By.cssSelector(".outline-list a.is-active")).size());
    }
    assertEquals(size.getDimension(), list.getRect().getDimension(), "the highlight moves nothing");
  }

  @ParameterizedTest(name = "{0} theme")
  @ValueSource(strings = {"light", "dark"})
  void axeFindsNoViolationOnAPageWithAllTheNavigation(String theme) {
    ChromeDriver driver = Browser.get();
    AccessibilityBrowserTest.useTheme(driver, url("api/subscribe.html"), theme);
    List<String> found = violations(driver, new AxeBuilder(), "desktop");
    // The phone's menu open, on a narrow window: the navigation's parts. (The question headings'
    // "#" links fail link-in-text-block on a phone whatever the navigation; see the report.)
    ChromeDriver phone = Browser.startNew(500, 812);
    try {
      Emulation.screen(phone, 375, 812, true);
      AccessibilityBrowserTest.useTheme(phone, url("api/subscribe.html"), theme);
      phone.findElement(By.cssSelector(".links-toggle")).click();
      AxeBuilder navigation =
          new AxeBuilder().include(".topbar").include(".breadcrumbs").include(".outline");
      found.addAll(violations(phone, navigation, "phone"));
    } finally {
      phone.quit();
    }
    assertEquals(List.of(), found, String.join("\n", found));
  }

  @SuppressWarnings("deprecation") // legacy mode: no window switching (AccessibilityBrowserTest)
  private static List<String> violations(ChromeDriver driver, AxeBuilder axe, String what) {
    Results results = axe.setLegacyMode(true).analyze(driver);
    assertTrue(results.getPasses().size() > 10, what + ": axe ran " + results.getPasses().size());
    List<String> found = new ArrayList<>();
    for (Rule rule : results.getViolations()) {
      rule.getNodes()
          .forEach(
              node ->
                  found.add(
                      what
                          + ": "
                          + rule.getId()
                          + " at "
                          + node.getTarget()
                          + ": "
                          + node.getFailureSummary()));
    }
    return found;
  }
}
