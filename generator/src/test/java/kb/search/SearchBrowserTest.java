package kb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kb.ShippedSites;
import kb.browser.Browser;
import kb.browser.StaticServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The site search in headless Chromium: the top 5 shown for every query of the set are exactly the
 * top 5 of the Lucene ranking, from {@code file://} and from a static server under a base path;
 * typing, typos, keyboard use and escaping. The latencies it prints are for reading; the benchmark
 * measures them (kb.bench.BrowserBench).
 */
class SearchBrowserTest {

  private static Path out;

  private static FaqSearcher futu;
  private static FaqSearcher moomoo;
  private static final List<Double> TIMINGS = new ArrayList<>();

  @BeforeAll
  static void build() throws Exception {
    out = ShippedSites.out();
    futu = ShippedSites.searcher("futu");
    moomoo = ShippedSites.searcher("moomoo");
  }

  @AfterAll
  static void close() {
    if (!TIMINGS.isEmpty()) {
      double max = TIMINGS.stream().mapToDouble(Double::doubleValue).max().orElse(0);
      double median = TIMINGS.stream().sorted().toList().get(TIMINGS.size() / 2);
      System.out.printf(
          "search latency in Chromium over %d queries: median %.1f ms, max %.1f ms%n",
          TIMINGS.size(), median, max);
    }
  }

  private static String fileUrl(String brand, String page) {
    return out.resolve(brand).resolve(page).toUri().toString();
  }

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
    Number ms = (Number) js.executeScript("var t = kbSearch.timings; return t[t.length - 1].ms;");
    TIMINGS.add(ms.doubleValue());
    if (ms.doubleValue() > 20) {
      System.out.println("slow: " + query + " " + ms + " ms at " + driver.getCurrentUrl());
    }
    return KbSearchScript.shownUrls(driver);
  }

  private static List<String> luceneTop5(String brand, String query) {
    FaqSearcher searcher = brand.equals("futu") ? futu : moomoo;
    return searcher.search(query, 5).stream().map(SearchHit::url).toList();
  }

  private static void assertParity(WebDriver driver, String brand, String pageUrl) {
    driver.get(pageUrl);
    List<String> mismatches = new ArrayList<>();
    for (SearchQuerySet.Case c : SearchQuerySet.CASES) {
      List<String> shown = type(driver, c.query());
      List<String> top5 = shown.subList(0, Math.min(5, shown.size()));
      List<String> expected = luceneTop5(brand, c.query());
      if (!top5.equals(expected)) {
        mismatches.add(c.query() + ": browser " + top5 + " lucene " + expected);
      }
      // The set's questions are the FAQ's: the first FAQ result, guide and reference pages aside.
      String first = c.first(brand).isEmpty() ? "" : "faq/opend.html#" + c.first(brand);
      String firstFaq = shown.stream().filter(u -> u.startsWith("faq/")).findFirst().orElse("");
      if (!first.equals(firstFaq)) {
        mismatches.add(c.query() + ": first " + top5 + " expected " + first);
      }
    }
    assertEquals(List.of(), mismatches, brand + " at " + pageUrl);
  }

  @Test
  void browserTop5EqualsLuceneTop5ForEveryQueryFromFile() {
    ChromeDriver driver = Browser.get();
    for (String brand : List.of("futu", "moomoo")) {
      assertParity(driver, brand, fileUrl(brand, "index.html"));
    }
  }

  @Test
  void browserTop5EqualsLuceneTop5OverHttpUnderABasePath() {
    ChromeDriver driver = Browser.get();
    for (String brand : List.of("futu", "moomoo")) {
      try (StaticServer server = StaticServer.serve(out.resolve(brand), "/help/" + brand + "/")) {
        assertParity(driver, brand, server.url("faq/opend.html"));
      }
    }
  }

  @Test
  void prefixOfTheWordBeingTypedFindsItsQuestion() {
    ChromeDriver driver = Browser.get();
    driver.get(fileUrl("moomoo", "index.html"));
    List<String> shown = type(driver, "verific");
    assertEquals("faq/opend.html#583", shown.get(0));
    String marked =
        driver.findElement(By.cssSelector("#search-results .search-result-title mark")).getText();
    assertEquals("verification", marked.toLowerCase());
  }

  @Test
  void highlightsLeaveTheDotEndingASentenceOutside() {
    ChromeDriver driver = Browser.get();
    driver.get(ShippedSites.fileUrl("futu", "index.html"));
    type(driver, "telnet port");
    List<String> marks =
        driver.findElements(By.cssSelector("#search-results mark")).stream()
            .map(WebElement::getText)
            .toList();
    assertTrue(marks.contains("port"), marks.toString());
    assertTrue(
        marks.stream().noneMatch(m -> m.startsWith(".") || m.endsWith(".")), marks.toString());
  }

  @Test
  void queryWithATypoStillFindsItsQuestion() {
    ChromeDriver driver = Browser.get();
    driver.get(fileUrl("futu", "index.html"));
    assertEquals("faq/opend.html#2453", type(driver, "devise lock ").get(0));
    assertEquals("faq/opend.html#4390", type(driver, "telent port ").get(0));
  }

  @Test
  void arrowKeysAndEnterOpenAQuestionAtItsAnchor() {
    ChromeDriver driver = Browser.get();
    driver.get(fileUrl("futu", "faq/opend.html"));
    List<String> shown = type(driver, "telnet port");
    WebElement input = driver.findElement(By.id("search-input"));
    input.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
    WebElement second = driver.findElement(By.id("search-result-1"));
    assertEquals("true", second.getAttribute("aria-selected"));
    assertEquals("search-result-1", input.getAttribute("aria-activedescendant"));
    input.sendKeys(Keys.ENTER);
    String anchor = shown.get(1).substring(shown.get(1).indexOf('#') + 1);
    new WebDriverWait(driver, Browser.PATIENCE)
        .until(d -> d.getCurrentUrl().endsWith("#" + anchor));
    Object targeted =
        ((JavascriptExecutor) driver).executeScript("return document.querySelector(':target').id;");
    assertEquals(anchor, targeted);
  }

  @Test
  void arrowUpWithNothingSelectedSelectsTheLastResult() {
    ChromeDriver driver = Browser.get();
    driver.get(fileUrl("futu", "index.html"));
    List<String> shown = type(driver, "telnet port");
    assertTrue(shown.size() > 2, "a list to wrap around: " + shown);
    WebElement input = driver.findElement(By.id("search-input"));
    input.sendKeys(Keys.ARROW_UP);
    String last = "search-result-" + (shown.size() - 1);
    assertEquals(last, input.getAttribute("aria-activedescendant"));
    assertEquals("true", driver.findElement(By.id(last)).getAttribute("aria-selected"));
  }

  @Test
  void slashKeyFocusesTheSearchBox() {
    ChromeDriver driver = Browser.get();
    driver.get(fileUrl("futu", "index.html"));
    driver.findElement(By.tagName("body")).sendKeys("/");
    assertEquals("search-input", driver.switchTo().activeElement().getAttribute("id"));
  }

  @Test
  void markupTypedAsAQueryIsShownAsTextAndNeverRuns() {
    ChromeDriver driver = Browser.get();
    driver.get(fileUrl("moomoo", "index.html"));
    type(driver, "<script>alert(1)</script> connect");
    WebElement panel = driver.findElement(By.id("search-results"));
    assertEquals(
        "Script", panel.findElement(By.cssSelector(".search-result-title mark")).getText());
    assertOnlyResultMarkup(panel);
    String query = "<zzq qqqq=xxxx>";
    type(driver, query);
    assertEquals("No questions match \u201c" + query + "\u201d.", panel.getText());
    assertOnlyResultMarkup(panel);
    assertNoAlert(driver);
  }

  private static void assertOnlyResultMarkup(WebElement panel) {
    for (WebElement element : panel.findElements(By.cssSelector("*"))) {
      assertTrue(
          List.of("a", "span", "mark", "p").contains(element.getTagName()),
          "unexpected element in results: " + element.getTagName());
    }
  }

  @Test
  void searchDataLoadsOnlyOnceTheUserTypesAndOnlyAsScripts() {
    ChromeDriver driver = Browser.get();
    JavascriptExecutor js = (JavascriptExecutor) driver;
    String resources =
        "return performance.getEntriesByType('resource').filter(e => e.name.includes('/search/'))"
            + ".map(e => e.initiatorType + ' ' + e.name.replace(/^.*\\/search\\//, ''));";
    try (StaticServer server = StaticServer.serve(out.resolve("futu"), "/kb/")) {
      driver.get(server.url("index.html"));
      assertEquals(List.of(), js.executeScript(resources), "nothing before typing");
      type(driver, "telnet");
      @SuppressWarnings("unchecked")
      List<String> loaded = (List<String>) js.executeScript(resources);
      // The shard comes first; the result chunks load side by side and may finish in any order.
      // "telnet" shows questions of d-0 and d-2; a word typed on the way ("t", "te", ...) loads
      // the chunks of its own results only if no later keystroke overtook it, which depends on
      // typing speed.
      assertEquals("script w-74.js", loaded.get(0), "one word shard first: " + loaded);
      List<String> rest = loaded.subList(1, loaded.size());
      assertTrue(
          rest.containsAll(List.of("script d-0.js", "script d-2.js"))
              && rest.stream().allMatch(r -> r.matches("script d-\\d+\\.js")),
          "then the chunks of the results, as plain scripts: " + loaded);
    }
  }

  static void assertNoAlert(WebDriver driver) {
    try {
      driver.switchTo().alert();
      throw new AssertionError("an alert opened");
    } catch (NoAlertPresentException expected) {
      // no alert: nothing ran
    }
  }
}
