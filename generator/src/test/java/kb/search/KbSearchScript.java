package kb.search;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The site's own search in the browser: {@code kbSearch.search} called directly, for tests to
 * compare against, or a query given to the search box.
 */
final class KbSearchScript {

  private KbSearchScript() {}

  /**
   * The URLs of the results the page shows, from the site root as Lucene gives them ({@code
   * guide/quick-start.html#qs-opend}), on a page at the root or in one folder below it.
   */
  static List<String> shownUrls(WebDriver driver) {
    String folder = driver.getCurrentUrl().replaceFirst("#.*$", "").replaceFirst("[^/]*$", "");
    String site =
        folder.matches(".*/(faq|guide|reference)/$") ? folder.replaceFirst("[^/]+/$", "") : folder;
    return driver.findElements(By.cssSelector("#search-results .search-result")).stream()
        .map(a -> a.getAttribute("href"))
        .map(href -> href.startsWith(site) ? href.substring(site.length()) : href)
        .toList();
  }

  /** The URLs of a query's hits, in the browser's ranking order. */
  @SuppressWarnings("unchecked")
  static List<String> rankedUrls(WebDriver driver, String query) {
    return (List<String>)
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                    + " kbSearch.search(arguments[0]).then(function (r) {"
                    + "   done(r.hits.map(function (h) { return h.url; })); });",
                query);
  }

  /**
   * Why the browser's search for {@code query} failed: its error's message, or "(no error: N hits)"
   * when it did not fail.
   */
  static String failureOf(WebDriver driver, String query) {
    return (String)
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                    + " kbSearch.search(arguments[0]).then("
                    + "   function (r) { done('(no error: ' + r.hits.length + ' hits)'); },"
                    + "   function (e) { done(e.message); });",
                query);
  }

  /** Sets the search box to a query at once, as pasting does: one input event, one query. */
  static void query(WebDriver driver, String query) {
    ((JavascriptExecutor) driver)
        .executeScript(
            "var i = document.getElementById('search-input'); i.focus(); i.value = arguments[0];"
                + " i.dispatchEvent(new Event('input'));",
            query);
  }

  /**
   * How many script elements the page holds for the search data file {@code name} (such as {@code
   * d-0}), whatever query its URL carries.
   */
  static long scriptElements(WebDriver driver, String name) {
    return (Long)
        ((JavascriptExecutor) driver)
            .executeScript(
                "return document.querySelectorAll("
                    + "'script[src*=\"search/' + arguments[0] + '.js\"]').length;",
                name);
  }

  /**
   * From now on, the search gives up on data files whose URL matches {@code files} after {@code
   * ms}, and on any other after its usual patience: a short patience that only the files a test
   * holds back can run out of, however busy the machine. (The search reads its patience as it asks
   * for each file.)
   */
  static void shortPatience(WebDriver driver, String files, int ms) {
    ((JavascriptExecutor) driver)
        .executeScript(
            "var head = document.head, append = head.appendChild, files = new RegExp(arguments[0]);"
                + " var ms = arguments[1];"
                + " var state = window.kbShortPatience = {on: true, usual: kbSearch.patienceMs};"
                + " head.appendChild = function (el) {"
                + "   if (state.on) kbSearch.patienceMs = files.test(el.src || '') ? ms : state.usual;"
                + "   return append.call(head, el); };",
            files,
            ms);
  }

  /** Ends {@link #shortPatience}: every file has the search's usual patience again. */
  static void usualPatience(WebDriver driver) {
    ((JavascriptExecutor) driver)
        .executeScript("kbShortPatience.on = false; kbSearch.patienceMs = kbShortPatience.usual;");
  }
}
