package kb.search;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Search data scripts a page asks for, held back so that a test can look at the page between a
 * query's steps, then released.
 */
final class HeldSearchData {

  /** The question chunks, {@code search/d-N.js}. */
  static final String QUESTION_CHUNKS = "/search/d-\\d+\\.js$";

  /** The later postings chunks, {@code search/p-K-G.js}. */
  static final String LATER_POSTINGS = "/search/p-\\d+-\\d+\\.js$";

  /** Holds every script matching {@code files}. */
  static final String ALL = "all";

  /** Holds those asked for once results are shown: the rest of the list's. */
  static final String AFTER_FIRST = "after-first";

  private static final String HOLD =
      String.join(
          "\n",
          "var head = document.head, append = head.appendChild, files = new RegExp(arguments[0]);",
          "var t = window.kbHold = {held: [], mode: arguments[1], loading: 0};",
          // Adds a script to the page; search data are counted until they have loaded or failed.
          "t.add = function (el) {",
          "  if (/\\/search\\//.test(el.src || '')) {",
          "    t.loading++;",
          "    var ended = function () {",
          "      el.removeEventListener('load', ended); el.removeEventListener('error', ended);",
          "      t.loading--;",
          "    };",
          "    el.addEventListener('load', ended);",
          "    el.addEventListener('error', ended);",
          "  }",
          "  return append.call(head, el);",
          "};",
          "head.appendChild = function (el) {",
          "  if (t.mode && files.test(el.src || '') && (t.mode === 'all'",
          "      || document.querySelector('#search-results .search-result'))) {",
          "    t.held.push(el); return el;",
          "  }",
          "  return t.add(el);",
          "};",
          // Checked a task after the last file ended: what its arrival started has run by then,
          // the search's own steps being promises, and any file it asked for next is counted.
          "t.settled = function (done) {",
          "  (function check() {",
          "    setTimeout(function () { if (t.loading === 0) done(); else check(); }, 0);",
          "  })();",
          "};",
          "t.release = function (done) {",
          "  t.mode = null;",
          "  t.held.splice(0).forEach(t.add);",
          "  t.settled(done);",
          "};");

  private HeldSearchData() {}

  /** From now on, the page holds back the scripts matching {@code files}, in {@code mode}. */
  static void hold(WebDriver driver, String files, String mode) {
    js(driver).executeScript(HOLD, files, mode);
  }

  /** How many scripts are held back. */
  static long held(WebDriver driver) {
    return (Long) js(driver).executeScript("return window.kbHold.held.length;");
  }

  /**
   * Lets the held scripts load, holds no more, and returns once the page is {@linkplain #settled
   * settled}.
   */
  static void release(WebDriver driver) {
    js(driver).executeAsyncScript("window.kbHold.release(arguments[arguments.length - 1]);");
  }

  /**
   * Returns once no search data file the page asked for is on its way, but those held back, and
   * what the last ones to arrive started has run: what the page shows then, it shows until a held
   * file is released. Not a wait of any length: a busy machine only makes it return later.
   */
  static void settled(WebDriver driver) {
    js(driver).executeAsyncScript("window.kbHold.settled(arguments[arguments.length - 1]);");
  }

  private static JavascriptExecutor js(WebDriver driver) {
    return (JavascriptExecutor) driver;
  }
}
