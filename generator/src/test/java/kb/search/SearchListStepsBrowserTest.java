package kb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kb.ShippedSites;
import kb.TestContent;
import kb.browser.Browser;
import kb.browser.StaticServer;
import kb.build.SiteBuild;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search box shows a query's results in two steps, in headless Chromium: the top 5 as soon as
 * their questions are loaded, then the rest of the list (up to 10) below them, in the order of
 * {@code kbSearch.search}; keyboard selection survives the list growing, a newer query cancels an
 * older one at either step, and {@code kbSearch.timings} records both steps.
 *
 * <p>To look at the page between the steps, a test holds back the question chunks ({@code
 * search/d-N.js}) that the search box asks for: all of them, or those asked for once results are
 * shown (the rest of the list), and releases them when it is done looking.
 */
class SearchListStepsBrowserTest {

  /**
   * A query with 10 hits on the fixture site: its top 5 are the first questions, its hits 6 to 10
   * the last ones, 40 questions further on, so they need chunks of their own.
   */
  private static final String QUERY = "gateway";

  /** The word of the shipped sites' own query with more than 5 hits. */
  private static final String SHIPPED_QUERY = "opend";

  private static final String NO_MATCH = "zzqqxx";

  private static JavascriptExecutor js(WebDriver driver) {
    return (JavascriptExecutor) driver;
  }

  @TempDir static Path dir;
  private static Path site;

  @BeforeAll
  static void build() {
    TestContent content = TestContent.twoBrands(dir);
    content.write("faq/gateway.md", TestContent.page("Gateway", "Gateway", 1, questions()));
    Path out = dir.resolve("out");
    new SiteBuild().run(content.options(out, "alpha"));
    site = out.resolve("alpha");
  }

  /**
   * 50 questions: the query word in the titles and answers of the first 5, once in the answers of
   * the last 5, and nowhere else.
   */
  private static String questions() {
    StringBuilder markdown = new StringBuilder();
    for (int q = 0; q < 50; q++) {
      boolean top = q < 5;
      markdown.append("## ").append(top ? "Gateway question " : "Question ").append(q);
      markdown.append(" {#q").append(q).append("}\n\n");
      markdown.append(top ? "The gateway starts the gateway. " : "");
      markdown.append(q >= 45 ? "Restart the gateway after an upgrade. " : "");
      markdown.append("Answer ").append(q).append(" about sockets, logins and quotes.\n\n");
    }
    return markdown.toString();
  }

  /** Opens the fixture's home page. */
  private static void open(WebDriver driver) {
    driver.get(site.resolve("index.html").toUri().toString());
  }

  /** Opens the fixture's home page with question chunks held back: "all", or "after-first". */
  private static void openHolding(WebDriver driver, String mode) {
    open(driver);
    HeldSearchData.hold(driver, HeldSearchData.QUESTION_CHUNKS, mode);
  }

  private static List<?> timings(WebDriver driver) {
    return (List<?>) js(driver).executeScript("return kbSearch.timings;");
  }

  private static void waitFor(WebDriver driver, String what, Predicate<WebDriver> until) {
    new WebDriverWait(driver, Browser.PATIENCE).withMessage(what).until(until::test);
  }

  private static List<String> shown(WebDriver driver) {
    return KbSearchScript.shownUrls(driver);
  }

  private static String selected(WebDriver driver) {
    return driver.findElement(By.id("search-input")).getAttribute("aria-activedescendant");
  }

  /**
   * Returns once the moment has passed at which the last query, had it nothing to show, would say
   * it is searching (1 s after it was typed): a timer of the same delay set later fires after that
   * query's, however late a busy machine runs both.
   */
  private static void pastThePendingMoment(WebDriver driver) {
    js(driver).executeAsyncScript("setTimeout(arguments[arguments.length - 1], 1000);");
  }

  private static Map<?, ?> onlyTiming(WebDriver driver, String query) {
    List<?> timings = timings(driver);
    assertEquals(1, timings.size(), "one entry: " + timings);
    Map<?, ?> timing = (Map<?, ?>) timings.get(0);
    assertEquals(query, timing.get("query"));
    return timing;
  }

  @Test
  void topFiveShowFirstThenTheListGrowsToTheRankingWithTheSelectionKept() {
    ChromeDriver driver = Browser.get();
    openHolding(driver, HeldSearchData.AFTER_FIRST);
    KbSearchScript.query(driver, QUERY);
    waitFor(
        driver,
        "the first results or the whole list",
        d -> HeldSearchData.held(d) > 0 || !timings(d).isEmpty());
    assertTrue(
        HeldSearchData.held(driver) > 0,
        "hits 6 to 10 of '" + QUERY + "' should need a chunk the top 5 do not: " + shown(driver));

    List<String> first = shown(driver);
    WebElement panel = driver.findElement(By.id("search-results"));
    assertEquals(5, first.size(), "the top 5 first: " + first);
    assertEquals("true", panel.getAttribute("aria-busy"), "the list is still loading");
    assertEquals("", driver.findElement(By.id("search-status")).getAttribute("textContent"));
    assertEquals(List.of(), timings(driver), "no entry before the list is complete");
    WebElement input = driver.findElement(By.id("search-input"));
    input.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
    assertEquals("search-result-1", selected(driver));

    HeldSearchData.release(driver);
    waitFor(driver, "the whole list", d -> !timings(d).isEmpty());
    List<String> all = shown(driver);
    assertEquals(KbSearchScript.rankedUrls(driver, QUERY), all, "the whole list, in ranking order");
    assertEquals(10, all.size());
    assertEquals(first, all.subList(0, 5), "the top 5 stay where they were");
    assertNull(panel.getAttribute("aria-busy"));
    assertEquals(
        "10 results", driver.findElement(By.id("search-status")).getAttribute("textContent"));
    Map<?, ?> timing = onlyTiming(driver, QUERY);
    double firstMs = ((Number) timing.get("firstMs")).doubleValue();
    double ms = ((Number) timing.get("ms")).doubleValue();
    assertTrue(0 < firstMs && firstMs < ms, "top 5 shown before the whole list: " + timing);

    assertEquals("search-result-1", selected(driver), "the selection survives the list growing");
    assertEquals(
        "true", driver.findElement(By.id("search-result-1")).getAttribute("aria-selected"));
    input.sendKeys(Keys.ARROW_DOWN);
    assertEquals("search-result-2", selected(driver));
    input.sendKeys(Keys.ARROW_UP, Keys.ARROW_UP, Keys.ARROW_UP);
    assertEquals("search-result-9", selected(driver), "up from the first wraps to the 10th");
    input.sendKeys(Keys.ENTER);
    String anchor = all.get(9).substring(all.get(9).indexOf('#'));
    waitFor(driver, "the 10th result's page", d -> d.getCurrentUrl().endsWith(anchor));
  }

  @Test
  void newerQueryCancelsAnOlderOneBeforeItsTopFiveShow() {
    ChromeDriver driver = Browser.get();
    openHolding(driver, HeldSearchData.ALL);
    KbSearchScript.query(driver, QUERY);
    waitFor(driver, "the top 5's chunks asked for", d -> HeldSearchData.held(d) > 0);
    assertEquals(List.of(), shown(driver));
    assertNewerQueryWins(driver);
  }

  @Test
  void newerQueryCancelsAnOlderOneBeforeItsListIsComplete() {
    ChromeDriver driver = Browser.get();
    openHolding(driver, HeldSearchData.AFTER_FIRST);
    KbSearchScript.query(driver, QUERY);
    waitFor(driver, "the rest's chunks asked for", d -> HeldSearchData.held(d) > 0);
    assertEquals(5, shown(driver).size());
    assertNewerQueryWins(driver);
  }

  /** A query with no match overtakes the held one, which then loads and must not show. */
  private static void assertNewerQueryWins(WebDriver driver) {
    KbSearchScript.query(driver, NO_MATCH);
    waitFor(driver, "the newer query shown", d -> !timings(d).isEmpty());
    HeldSearchData.release(driver);
    WebElement panel = driver.findElement(By.id("search-results"));
    assertEquals("No questions match \u201c" + NO_MATCH + "\u201d.", panel.getText());
    assertEquals(List.of(), shown(driver));
    assertNull(panel.getAttribute("aria-busy"));
    assertEquals(
        "0 results", driver.findElement(By.id("search-status")).getAttribute("textContent"));
    onlyTiming(driver, NO_MATCH);
  }

  @Test
  void typedQueryEndsWithTheWholeRankingAndTimesTheTopFiveFirst() {
    ChromeDriver driver = Browser.get();
    try (StaticServer server = StaticServer.serve(ShippedSites.out().resolve("moomoo"), "/kb/")) {
      driver.get(server.url("faq/opend.html"));
      WebElement input = driver.findElement(By.id("search-input"));
      input.sendKeys(SHIPPED_QUERY);
      waitFor(
          driver,
          "the whole list of the typed query",
          d ->
              timings(d).stream()
                  .anyMatch(t -> SHIPPED_QUERY.equals(((Map<?, ?>) t).get("query"))));
      List<String> all = shown(driver);
      assertTrue(all.size() > 5, "a query with more than 5 hits: " + all);
      assertEquals(KbSearchScript.rankedUrls(driver, SHIPPED_QUERY), all);
      for (Object entry : timings(driver)) {
        Map<?, ?> timing = (Map<?, ?>) entry;
        double firstMs = ((Number) timing.get("firstMs")).doubleValue();
        double ms = ((Number) timing.get("ms")).doubleValue();
        assertTrue(0 < firstMs && firstMs <= ms, "top 5 not shown after the list: " + timing);
      }
    }
  }

  @Test
  void aQueryStillWaitingForItsDataAfterASecondSaysItIsSearching() {
    ChromeDriver driver = Browser.get();
    openHolding(driver, HeldSearchData.ALL);
    js(driver).executeScript("kbSearch.patienceMs = Infinity;"); // no limit, not none at all
    KbSearchScript.query(driver, " " + QUERY);
    WebElement panel = driver.findElement(By.id("search-results"));
    waitFor(driver, "the pending message", d -> panel.getText().startsWith("Searching"));
    assertEquals("Searching for \u201c" + QUERY + "\u201d\u2026", panel.getText());
    assertEquals("true", panel.getAttribute("aria-busy"));
    assertTrue(panel.isDisplayed());

    HeldSearchData.release(driver);
    waitFor(driver, "the whole list", d -> !timings(d).isEmpty());
    assertEquals(KbSearchScript.rankedUrls(driver, QUERY), shown(driver));
    assertNull(panel.getAttribute("aria-busy"));
  }

  @Test
  void dataThatDoNotArriveInTimeFailTheQueryNamingTheFileAndALaterQueryAsksAnew() {
    ChromeDriver driver = Browser.get();
    openHolding(driver, HeldSearchData.ALL);
    KbSearchScript.shortPatience(driver, HeldSearchData.QUESTION_CHUNKS, 300);
    KbSearchScript.query(driver, QUERY);
    WebElement panel = driver.findElement(By.id("search-results"));
    waitFor(driver, "the error", d -> panel.getText().startsWith("Search is unavailable"));
    String error = panel.getText();
    assertTrue(
        error.matches(
            "Search is unavailable: search data did not arrive within 0\\.3 s:"
                + " search/d-\\d+\\.js\\."),
        error);
    assertEquals(error, driver.findElement(By.id("search-status")).getAttribute("textContent"));
    assertNull(panel.getAttribute("aria-busy"));

    // A request that stalled may never answer: a later query asks for the file anew.
    long heldBefore = HeldSearchData.held(driver);
    KbSearchScript.usualPatience(driver);
    KbSearchScript.query(driver, " " + QUERY);
    waitFor(driver, "the chunk asked for anew", d -> HeldSearchData.held(d) > heldBefore);
    HeldSearchData.release(driver);
    waitFor(driver, "the whole list", d -> !timings(d).isEmpty());
    assertEquals(KbSearchScript.rankedUrls(driver, QUERY), shown(driver));
  }

  /** Any question chunk, asked for again or not. */
  private static final Pattern ANY_QUESTION_CHUNK = Pattern.compile("/search/d-\\d+\\.js");

  /**
   * Opens the fixture's home page from {@code server} with every question chunk stalled, queries
   * with a patience of 300 ms for question chunks, and returns the chunk the error names.
   */
  private static String givenUpOnAQuestionChunk(WebDriver driver, StaticServer server) {
    driver.get(server.url("index.html"));
    server.stall(ANY_QUESTION_CHUNK);
    KbSearchScript.shortPatience(driver, ANY_QUESTION_CHUNK.pattern(), 300);
    KbSearchScript.query(driver, QUERY);
    WebElement panel = driver.findElement(By.id("search-results"));
    waitFor(driver, "the error", d -> panel.getText().startsWith("Search is unavailable"));
    Matcher named = Pattern.compile("search/(d-\\d+)\\.js").matcher(panel.getText());
    assertTrue(named.find(), panel.getText());
    assertTrue(server.stalled() > 0, "a request held at the server");
    return named.group(1);
  }

  @Test
  void aFileGivenUpOnIsRequestedAnewAndLeavesOneScriptInThePage() {
    ChromeDriver driver = Browser.get();
    try (StaticServer server = StaticServer.serve(site, "/kb/")) {
      String chunk = givenUpOnAQuestionChunk(driver, server);
      assertEquals(
          0L,
          KbSearchScript.scriptElements(driver, chunk),
          "the stalled request's element is removed");

      int stalledBefore = server.stalled();
      KbSearchScript.usualPatience(driver);
      KbSearchScript.query(driver, " " + QUERY);
      // Under another URL: Chromium would hold a second request for the same one.
      waitFor(driver, "the chunk requested anew", d -> server.stalled() > stalledBefore);
      server.answerStalled();
      waitFor(driver, "the whole list", d -> !timings(d).isEmpty());
      assertEquals(KbSearchScript.rankedUrls(driver, QUERY), shown(driver));
      assertEquals(1L, KbSearchScript.scriptElements(driver, chunk), "one element for the chunk");
    }
  }

  @Test
  void aFileGivenUpOnThatAnswersAfterAllServesTheNextQuery() {
    ChromeDriver driver = Browser.get();
    try (StaticServer server = StaticServer.serve(site, "/kb/")) {
      String chunk = givenUpOnAQuestionChunk(driver, server);
      KbSearchScript.usualPatience(driver);
      recordArrivals(driver);
      server.answerStalled();
      waitFor(driver, "the late answer run", d -> arrived(d).contains(chunk));
      int stalledBefore = server.stalled();
      server.stall(Pattern.compile("/search/" + chunk + "\\.js")); // any new request for it
      KbSearchScript.query(driver, " " + QUERY);
      waitFor(driver, "the whole list", d -> !timings(d).isEmpty());
      assertEquals(KbSearchScript.rankedUrls(driver, QUERY), shown(driver));
      assertEquals(stalledBefore, server.stalled(), "the chunk was not requested again");
    }
  }

  @Test
  void aCopyGivenUpOnThatRunsFirstAnswersTheQueryWaitingForItsRetry() {
    ChromeDriver driver = Browser.get();
    try (StaticServer server = StaticServer.serve(site, "/kb/")) {
      String chunk = givenUpOnAQuestionChunk(driver, server);
      // The retry never leaves the page; the first request then answers.
      HeldSearchData.hold(driver, "/search/" + chunk + "\\.js\\?retry=", HeldSearchData.ALL);
      KbSearchScript.usualPatience(driver);
      KbSearchScript.query(driver, " " + QUERY);
      waitFor(driver, "the retry asked for", d -> HeldSearchData.held(d) > 0);
      server.answerStalled();
      waitFor(driver, "the whole list", d -> !timings(d).isEmpty());
      assertEquals(KbSearchScript.rankedUrls(driver, QUERY), shown(driver));
    }
  }

  /** From now on, the page records the name of each search data file that runs. */
  private static void recordArrivals(WebDriver driver) {
    js(driver)
        .executeScript(
            "var data = kbSearch.data; window.kbArrived = [];"
                + " kbSearch.data = function (name, payload) {"
                + " kbArrived.push(name); return data(name, payload); };");
  }

  private static List<?> arrived(WebDriver driver) {
    return (List<?>) js(driver).executeScript("return window.kbArrived;");
  }

  @Test
  void escapeClosesTheListOnItsWayKeepsTheQueryAndTheListKeepsItsSelectionWhileClosed() {
    ChromeDriver driver = Browser.get();
    openHolding(driver, HeldSearchData.ALL);
    js(driver).executeScript("kbSearch.patienceMs = Infinity;");
    KbSearchScript.query(driver, QUERY);
    WebElement input = driver.findElement(By.id("search-input"));
    WebElement panel = driver.findElement(By.id("search-results"));
    input.sendKeys(Keys.ESCAPE); // before anything is shown
    assertEquals(QUERY, input.getAttribute("value"), "Escape keeps the query");
    pastThePendingMoment(driver);
    assertFalse(panel.isDisplayed(), "the pending message fills the list, closed");
    assertTrue(panel.getAttribute("textContent").startsWith("Searching"));

    HeldSearchData.release(driver);
    waitFor(driver, "the whole list", d -> !timings(d).isEmpty());
    assertFalse(panel.isDisplayed(), "the list arrived closed");
    assertEquals("false", input.getAttribute("aria-expanded"));
    input.sendKeys(Keys.ENTER);
    assertTrue(driver.getCurrentUrl().endsWith("index.html"), "no unseen result is opened");

    input.sendKeys(Keys.ARROW_DOWN);
    assertTrue(panel.isDisplayed(), "an arrow key opens the list");
    assertEquals("true", input.getAttribute("aria-expanded"));
    assertNull(selected(driver), "and selects nothing yet");
    assertEquals(KbSearchScript.rankedUrls(driver, QUERY), shown(driver));
    input.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
    assertEquals("search-result-1", selected(driver));

    input.sendKeys(Keys.ESCAPE);
    assertFalse(panel.isDisplayed());
    assertNull(selected(driver), "a closed list has no option to point at");
    input.click(); // the box kept its focus: the click alone opens the list
    assertTrue(panel.isDisplayed(), "clicking the box opens the list");
    assertEquals("search-result-1", selected(driver), "with its selection");
    input.sendKeys(Keys.ESCAPE, Keys.ARROW_UP);
    assertTrue(panel.isDisplayed(), "the up arrow opens it too");
    assertEquals("search-result-1", selected(driver), "without moving the selection");

    input.sendKeys(Keys.ESCAPE, Keys.ESCAPE); // the second, with the list closed, is Chromium's
    assertEquals("", input.getAttribute("value"), "a second Escape empties the box");
    assertFalse(panel.isDisplayed());
  }

  /** Queries with every question chunk held back, then clicks the page outside the search box. */
  private static ChromeDriver queriedThenClickedAway() {
    ChromeDriver driver = Browser.get();
    openHolding(driver, HeldSearchData.ALL);
    KbSearchScript.query(driver, QUERY);
    driver.findElement(By.tagName("main")).click();
    return driver;
  }

  @Test
  void aListClosedByAClickElsewhereStaysClosedUntilTheBoxHasFocusAgain() {
    ChromeDriver driver = queriedThenClickedAway();
    HeldSearchData.release(driver);
    waitFor(driver, "the whole list", d -> !timings(d).isEmpty());
    WebElement panel = driver.findElement(By.id("search-results"));
    assertFalse(panel.isDisplayed(), "the list arrived closed");
    new Actions(driver).sendKeys("/").perform(); // focuses the box, without a click
    assertTrue(panel.isDisplayed(), "focusing the box opens the list");
    assertEquals(KbSearchScript.rankedUrls(driver, QUERY), shown(driver));
  }

  @Test
  void aReaderBackInTheBoxBeforeTheListArrivesSeesItOpen() {
    ChromeDriver driver = queriedThenClickedAway();
    driver.findElement(By.id("search-input")).click();
    HeldSearchData.release(driver);
    waitFor(driver, "the whole list", d -> !timings(d).isEmpty());
    assertTrue(driver.findElement(By.id("search-results")).isDisplayed());
    assertEquals(KbSearchScript.rankedUrls(driver, QUERY), shown(driver));
  }

  @Test
  void aListShownWithinASecondIsStillThereAfterIt() {
    ChromeDriver driver = Browser.get();
    open(driver);
    KbSearchScript.query(driver, QUERY);
    waitFor(driver, "the whole list", d -> !timings(d).isEmpty());
    pastThePendingMoment(driver);
    assertEquals(KbSearchScript.rankedUrls(driver, QUERY), shown(driver));
    assertEquals(
        "10 results", driver.findElement(By.id("search-status")).getAttribute("textContent"));
  }
}
