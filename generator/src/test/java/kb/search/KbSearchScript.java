package kb.search;

import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** Calls the site's own {@code kbSearch.search} in the browser, for tests to compare against. */
final class KbSearchScript {

  private KbSearchScript() {}

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
}
