package kb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import kb.browser.Browser;
import kb.browser.StaticServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Chinese sites' search in headless Chromium: for every query of {@link ChineseQuerySet} and
 * the same query in the other script, the top 5 shown are exactly Lucene's top 5, on both brands of
 * the Simplified and the Traditional site, from {@code file://} and from a static server.
 */
class ChineseSearchBrowserTest {

  /** Types a query into an empty search box and waits until its results are shown. */
  private static List<String> type(WebDriver driver, String query) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript(
        "var i = document.getElementById('search-input'); i.value = '';"
            + " kbSearch.timings.length = 0; i.focus();");
    driver.findElement(By.id("search-input")).sendKeys(query);
    new WebDriverWait(driver, Browser.PATIENCE)
        .until(
            d ->
                query.equals(
                    js.executeScript(
                        "var t = kbSearch.timings; return t.length ? t[t.length - 1].query : null;")));
    List<String> hrefs = new ArrayList<>();
    for (WebElement result :
        driver.findElements(By.cssSelector("#search-results .search-result"))) {
      hrefs.add(result.getAttribute("href").replaceFirst("^.*?(faq/)", "$1"));
    }
    return hrefs;
  }

  private static List<String> queries(String language) {
    Transliterator other =
        Transliterator.getInstance(
            language.equals("zh-CN") ? "Simplified-Traditional" : "Traditional-Simplified");
    List<String> queries = new ArrayList<>();
    for (ChineseQuerySet.Case c : ChineseQuerySet.CASES.get(language)) {
      queries.add(c.query());
      String converted = other.transliterate(c.query());
      if (!converted.equals(c.query())) {
        queries.add(converted);
      }
    }
    return queries;
  }

  private static void assertParity(
      WebDriver driver, String language, String brand, String pageUrl) {
    driver.get(pageUrl);
    List<String> mismatches = new ArrayList<>();
    List<String> queries = queries(language);
    assertTrue(queries.size() >= 20, language);
    for (String query : queries) {
      List<String> shown = type(driver, query);
      List<String> top5 = shown.subList(0, Math.min(5, shown.size()));
      List<String> expected = ChineseSites.top(language, brand, query, 5);
      if (expected.isEmpty() || !top5.equals(expected)) {
        mismatches.add(query + ": browser " + top5 + " lucene " + expected);
      }
    }
    assertEquals(List.of(), mismatches, language + " " + brand + " at " + pageUrl);
  }

  @Test
  void browserTop5EqualsLuceneTop5ForEveryChineseQueryFromFile() {
    ChromeDriver driver = Browser.get();
    for (String language : ChineseSites.LANGUAGES) {
      for (String brand : ChineseSites.BRANDS) {
        String page =
            ChineseSites.out(language).resolve(brand).resolve("index.html").toUri().toString();
        assertParity(driver, language, brand, page);
      }
    }
  }

  @Test
  void resultsMarkTheMatchedCharactersNotTheirWholeClause() {
    ChromeDriver driver = Browser.get();
    driver.get(ChineseSites.out("zh-HK").resolve("futu").resolve("index.html").toUri().toString());
    // Simplified, on the Traditional site: the Traditional characters it found are marked.
    assertEquals("faq/opend.html#5285", type(driver, "行情权限").get(0));
    List<String> marks =
        driver.findElements(By.cssSelector("#search-results .search-result-title mark")).stream()
            .map(WebElement::getText)
            .toList();
    assertEquals("行情權限", marks.get(0));
    assertTrue(marks.stream().allMatch(m -> m.length() <= 4), marks.toString());
  }

  @Test
  void browserTop5EqualsLuceneTop5ForEveryChineseQueryOverHttp() {
    ChromeDriver driver = Browser.get();
    for (String language : ChineseSites.LANGUAGES) {
      for (String brand : ChineseSites.BRANDS) {
        try (StaticServer server =
            StaticServer.serve(ChineseSites.out(language).resolve(brand), "/kb/" + brand + "/")) {
          assertParity(driver, language, brand, server.url("faq/opend.html"));
        }
      }
    }
  }
}
