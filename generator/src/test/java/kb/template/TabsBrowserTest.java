package kb.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kb.TestContent;
import kb.browser.Browser;
import kb.browser.Emulation;
import kb.build.SiteBuild;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Code tabs in headless Chromium, on a small site built here from {@code file://}: clicks and arrow
 * keys switch panels, the chosen language holds in every group, on another page and after a reload,
 * a link into a hidden panel shows it, every panel reads in order without JavaScript, a phone
 * scrolls a long tab list, and axe finds nothing to fix in either theme.
 */
class TabsBrowserTest {

  @TempDir static Path dir;

  private static Path site;

  private static final String TABS =
      """
      === "Python"

          ```python
          from {{python.package}} import *
          ```

      === "C#"

          ```csharp
          using Alpha;
          ```

      """;

  @BeforeAll
  static void build() {
    TestContent content = TestContent.twoBrands(dir);
    String six =
        "=== \"Python\"\n    py6\n\n=== \"Proto\"\n    proto6\n\n=== \"C#\"\n    cs6\n\n"
            + "=== \"Java\"\n    java6\n\n=== \"C++\"\n    cpp6\n\n=== \"JavaScript\"\n    js6\n";
    content.write(
        "faq/a.md",
        TestContent.page(
            "A",
            "A",
            1,
            "## Install {#1}\n\n"
                + TABS
                + "## Call {#2}\n\n"
                + "=== \"Python\"\n\n    py2\n\n=== \"Java\"\n\n    java2\n\n"
                + "=== \"C#\"\n\n    cs2\n\n    ### Deep in C# {#deep}\n\n    Found.\n\n"
                + "## All languages {#3}\n\n"
                + six
                + "\n??? note \"More\"\n    Folded.\n\n???+ tip\n    Open.\n"));
    content.write(
        "faq/b.md",
        TestContent.page(
            "B", "B", 2, "## Other {#9}\n\n=== \"Python\"\n    pyb\n\n=== \"Java\"\n    javab\n"));
    Path out = dir.resolve("out");
    new SiteBuild().run(content.options(out, "alpha"));
    site = out.resolve("alpha");
  }

  private static String url(String page) {
    return site.resolve(page).toUri().toString();
  }

  @BeforeEach
  void forgetTheChoice() {
    ChromeDriver driver = Browser.get();
    driver.get(url("faq/a.html"));
    driver.executeScript("localStorage.clear();");
  }

  /** For each group of the page, the labels of its shown panels. */
  @SuppressWarnings("unchecked")
  private static List<List<String>> shown(ChromeDriver driver) {
    return (List<List<String>>)
        driver.executeScript(
            "return Array.from(document.querySelectorAll('.tabs')).map(g =>"
                + " Array.from(g.querySelectorAll(':scope > [role=tabpanel]'))"
                + ".filter(p => p.offsetParent !== null)"
                + ".map(p => document.getElementById(p.getAttribute('aria-labelledby'))"
                + ".textContent));");
  }

  private static WebElement tab(ChromeDriver driver, int group, String label) {
    return driver.findElement(
        By.xpath(
            "(//div[@role='tablist'])[" + group + "]/button[normalize-space()='" + label + "']"));
  }

  @Test
  void clicksAndKeysSwitchPanelsAndTheLanguageFollowsInEveryGroup() {
    ChromeDriver driver = Browser.get();
    driver.get(url("faq/a.html"));
    assertEquals(List.of(List.of("Python"), List.of("Python"), List.of("Python")), shown(driver));
    assertEquals(
        "from alphapkg import *",
        driver.findElement(By.cssSelector("#tabs-1-1 pre")).getText().strip());
    tab(driver, 1, "C#").click();
    assertEquals(List.of(List.of("C#"), List.of("C#"), List.of("C#")), shown(driver));
    WebElement chosen = tab(driver, 1, "C#");
    assertEquals("true", chosen.getAttribute("aria-selected"));
    assertEquals("0", chosen.getAttribute("tabindex"));
    assertEquals("-1", tab(driver, 1, "Python").getAttribute("tabindex"));

    WebElement java = tab(driver, 2, "Java");
    java.click();
    assertEquals(List.of(List.of("C#"), List.of("Java"), List.of("Java")), shown(driver));
    java.sendKeys(Keys.ARROW_RIGHT);
    assertEquals(List.of("C#"), shown(driver).get(1));
    assertEquals("C#", driver.switchTo().activeElement().getText());
    driver.switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT); // wraps to the first
    assertEquals(List.of("Python"), shown(driver).get(1));
    driver.switchTo().activeElement().sendKeys(Keys.END);
    assertEquals(List.of("C#"), shown(driver).get(1));
    driver.switchTo().activeElement().sendKeys(Keys.HOME);
    assertEquals(List.of("Python"), shown(driver).get(1));
    driver.switchTo().activeElement().sendKeys(Keys.ARROW_LEFT);
    assertEquals(List.of(List.of("C#"), List.of("C#"), List.of("C#")), shown(driver));
  }

  @Test
  void theChoiceHoldsOnAnotherPageAndAfterAReloadFromFile() {
    ChromeDriver driver = Browser.get();
    driver.get(url("faq/a.html"));
    tab(driver, 2, "Java").click();
    driver.get(url("faq/b.html"));
    assertEquals(List.of(List.of("Java")), shown(driver));
    driver.navigate().refresh();
    assertEquals(List.of(List.of("Java")), shown(driver));
    driver.get(url("faq/a.html"));
    // The first group has no Java: it keeps its first tab.
    assertEquals(List.of(List.of("Python"), List.of("Java"), List.of("Java")), shown(driver));
  }

  @Test
  void aLinkIntoAHiddenPanelShowsIt() {
    ChromeDriver driver = Browser.get();
    driver.get(url("faq/b.html")); // then a new page, not a jump within this one
    driver.get(url("faq/a.html") + "#deep");
    assertEquals(List.of("C#"), shown(driver).get(1));
    assertTrue(driver.findElement(By.id("deep")).isDisplayed());
    assertEquals(List.of("Python"), shown(driver).get(0), "only the group holding it changes");
    driver.executeScript("location.hash = 'tabs-3-5';");
    assertEquals(List.of("C++"), shown(driver).get(2));
    assertTrue(driver.findElement(By.id("tabs-3-5")).isDisplayed());
  }

  @Test
  void withoutJavaScriptEveryPanelReadsInOrderUnderItsCaption() {
    ChromeDriver driver = Browser.get();
    driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
    try {
      driver.get(url("faq/a.html"));
      assertFalse(
          driver.findElement(By.cssSelector(".tabs")).getAttribute("class").contains("is-tabbed"),
          "the page's script did not run");
      for (WebElement list : driver.findElements(By.cssSelector("[role=tablist]"))) {
        assertFalse(list.isDisplayed());
      }
      List<String> read = new ArrayList<>();
      for (WebElement panel : driver.findElements(By.cssSelector("#tabs-3 > [role=tabpanel]"))) {
        assertTrue(panel.isDisplayed(), panel.getAttribute("id"));
        read.add(panel.getText().replace('\n', ' '));
      }
      assertEquals(
          List.of(
              "Python py6", "Proto proto6", "C# cs6", "Java java6", "C++ cpp6", "JavaScript js6"),
          read);
      assertTrue(driver.findElement(By.cssSelector("#tabs-1-2 pre")).isDisplayed());
    } finally {
      driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
    }
  }

  @Test
  void aPrintoutShowsEveryPanelAndWhatCollapsibleBlocksHold() {
    ChromeDriver driver = Browser.get();
    driver.get(url("faq/a.html"));
    Emulation.media(driver, "print");
    try {
      driver.executeScript("window.dispatchEvent(new Event('beforeprint'));");
      assertEquals(
          List.of(
              List.of("Python", "C#"),
              List.of("Python", "Java", "C#"),
              List.of("Python", "Proto", "C#", "Java", "C++", "JavaScript")),
          shown(driver));
      assertFalse(driver.findElement(By.cssSelector("[role=tablist]")).isDisplayed());
      assertTrue(driver.findElement(By.cssSelector("#tabs-1-2 .tabs-caption")).isDisplayed());
      assertTrue(driver.findElement(By.xpath("//details//p[.='Folded.']")).isDisplayed());
    } finally {
      Emulation.media(driver, "");
    }
  }

  @Test
  void onAPhoneALongTabListScrollsAndThePageDoesNot() {
    ChromeDriver driver = Browser.get();
    Emulation.screen(driver, 375, 800, true);
    try {
      driver.get(url("faq/a.html"));
      @SuppressWarnings("unchecked")
      Map<String, Object> widths =
          (Map<String, Object>)
              driver.executeScript(
                  "var l = document.querySelector('#tabs-3 > [role=tablist]');"
                      + " return {list: l.scrollWidth, box: l.clientWidth,"
                      + " top: l.firstElementChild.offsetTop, end: l.lastElementChild.offsetTop,"
                      + " page: document.documentElement.scrollWidth};");
      assertTrue(
          ((Number) widths.get("list")).intValue() > ((Number) widths.get("box")).intValue(),
          "the tabs scroll sideways: " + widths);
      assertEquals(widths.get("top"), widths.get("end"), "the tabs stay on one row");
      assertTrue(((Number) widths.get("page")).intValue() <= 375, "the page fits: " + widths);
    } finally {
      driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }

  @Test
  void axeFindsNoViolationOnAPageWithTabsInEitherTheme() {
    ChromeDriver driver = Browser.get();
    List<String> found = new ArrayList<>();
    for (String theme : List.of("light", "dark")) {
      AccessibilityBrowserTest.useTheme(driver, url("faq/a.html"), theme);
      tab(driver, 2, "Java").click();
      found.addAll(AccessibilityBrowserTest.violations(driver, "tabs " + theme));
    }
    assertEquals(List.of(), found, String.join("\n", found));
  }
}
