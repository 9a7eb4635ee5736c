package kb.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import kb.ShippedSites;
import kb.browser.Browser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * axe-core, in headless Chromium, finds no violation of any of its rules on the home page, the FAQ
 * page and the FAQ page with search results open, in both themes, for both brands, in English and
 * in Chinese.
 */
class AccessibilityBrowserTest {

  static void useTheme(WebDriver driver, String url, String theme) {
    driver.get(url);
    ((JavascriptExecutor) driver)
        .executeScript("localStorage.setItem('kb-theme', arguments[0]);", theme);
    driver.get(url);
    assertEquals(theme, driver.findElement(By.tagName("html")).getAttribute("data-theme"));
  }

  /**
   * Types a query into a freshly loaded page and waits until its whole list is shown (the top 5
   * come first, then the rest; kbSearch.timings gets the query's entry once all are shown).
   */
  static void openSearchResults(WebDriver driver, String query) {
    driver.findElement(By.id("search-input")).sendKeys(query);
    new WebDriverWait(driver, Browser.PATIENCE)
        .until(
            d ->
                Boolean.TRUE.equals(
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "var t = kbSearch.timings;"
                                + " return t.length > 0 && t[t.length - 1].query === arguments[0];",
                            query)));
    assertTrue(
        !driver.findElements(By.cssSelector("#search-results .search-result")).isEmpty(),
        "results for " + query);
  }

  @SuppressWarnings("deprecation") // legacy mode: see below
  static List<String> violations(WebDriver driver, String what) {
    // Legacy mode runs axe in the page itself. Otherwise axe opens and switches to an about:blank
    // window for cross-origin frames (kb pages have none), which timed out on a loaded machine.
    Results results = new AxeBuilder().setLegacyMode(true).analyze(driver);
    assertTrue(results.getPasses().size() > 20, what + ": axe ran " + results.getPasses().size());
    System.out.printf(
        "axe %s: %d rules passed, %d violated, %d to review by hand %s%n",
        what,
        results.getPasses().size(),
        results.getViolations().size(),
        results.getIncomplete().size(),
        results.getIncomplete().stream().map(Rule::getId).toList());
    List<String> found = new ArrayList<>();
    for (Rule rule : results.getViolations()) {
      rule.getNodes()
          .forEach(
              node ->
                  found.add(
                      what
                          + ": "
                          + rule.getId()
                          + " ("
                          + rule.getImpact()
                          + ") at "
                          + node.getTarget()
                          + ": "
                          + node.getFailureSummary()));
    }
    return found;
  }

  @ParameterizedTest(name = "{0}, {1} theme")
  @CsvSource({"futu, light", "futu, dark", "moomoo, light", "moomoo, dark"})
  void axeFindsNoViolationOnHomeFaqAndSearchResults(String brand, String theme) {
    ChromeDriver driver = Browser.get();
    List<String> found = new ArrayList<>();
    useTheme(driver, ShippedSites.fileUrl(brand, "index.html"), theme);
    found.addAll(violations(driver, brand + " " + theme + " home"));
    // Jumped to a question with code: the marked question's colours are checked too.
    useTheme(driver, ShippedSites.fileUrl(brand, "faq/opend.html") + "#7685", theme);
    found.addAll(violations(driver, brand + " " + theme + " faq"));
    openSearchResults(driver, "telnet");
    found.addAll(violations(driver, brand + " " + theme + " faq with search results"));
    useTheme(driver, ShippedSites.fileUrl(brand, "404.html"), theme);
    found.addAll(violations(driver, brand + " " + theme + " 404"));
    assertEquals(List.of(), found, String.join("\n", found));
  }

  @ParameterizedTest(name = "{0} {2}, {1} theme")
  @CsvSource({
    "futu, light, zh-CN",
    "futu, dark, zh-CN",
    "moomoo, light, zh-HK",
    "moomoo, dark, zh-HK"
  })
  void axeFindsNoViolationOnTheChinesePages(String brand, String theme, String language) {
    ChromeDriver driver = Browser.get();
    List<String> found = new ArrayList<>();
    String what = brand + " " + language + " " + theme;
    useTheme(driver, ShippedSites.fileUrl(brand, language + "/index.html"), theme);
    found.addAll(violations(driver, what + " home"));
    useTheme(driver, ShippedSites.fileUrl(brand, language + "/faq/opend.html"), theme);
    found.addAll(violations(driver, what + " faq"));
    openSearchResults(driver, "行情");
    found.addAll(violations(driver, what + " faq with search results"));
    useTheme(driver, ShippedSites.fileUrl(brand, language + "/404.html"), theme);
    found.addAll(violations(driver, what + " 404"));
    assertEquals(List.of(), found, String.join("\n", found));
  }

  /**
   * axe cannot decide the contrast of search results (the open list overlaps the page, so it leaves
   * them "to review"), so this checks them: each text colour against the list's opaque background,
   * the highlighted word and the selected result against their tints.
   */
  @ParameterizedTest(name = "{0}, {1} theme")
  @CsvSource({"futu, light", "futu, dark", "moomoo, light", "moomoo, dark"})
  void searchResultsTextPassesAaContrast(String brand, String theme) {
    ChromeDriver driver = Browser.get();
    useTheme(driver, ShippedSites.fileUrl(brand, "faq/opend.html"), theme);
    openSearchResults(driver, "telnet");
    driver.findElement(By.id("search-input")).sendKeys(Keys.ARROW_DOWN);
    @SuppressWarnings("unchecked")
    List<List<String>> pairs =
        (List<List<String>>)
            ((JavascriptExecutor) driver)
                .executeScript(
                    "var panel = getComputedStyle(document.getElementById('search-results'))"
                        + ".backgroundColor, out = [];"
                        + " function bg(e) { var c = getComputedStyle(e).backgroundColor;"
                        + " return c === 'rgba(0, 0, 0, 0)' ? (e.id === 'search-results' ? panel"
                        + " : bg(e.parentElement)) : c; }"
                        + " document.querySelectorAll('#search-results .search-result *')"
                        + ".forEach(function (e) { out.push([e.className || e.tagName,"
                        + " getComputedStyle(e).color, bg(e)]); }); return out;");
    List<String> low = new ArrayList<>();
    for (List<String> pair : pairs) {
      double contrast = rgb(pair.get(1)).contrast(rgb(pair.get(2)));
      if (contrast < BrandPalette.MIN_CONTRAST) {
        low.add(pair + " " + contrast);
      }
    }
    assertTrue(pairs.size() >= 8, "elements checked: " + pairs.size());
    assertEquals(List.of(), low);
  }

  static BrandPalette.Rgb rgb(String css) {
    String[] parts = css.replaceAll("[^0-9.,]", "").split(",");
    assertTrue(parts.length == 3, "an opaque colour: " + css);
    return new BrandPalette.Rgb(
        Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
  }
}
