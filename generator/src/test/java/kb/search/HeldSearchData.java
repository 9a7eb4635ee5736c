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
          "var t = window.kbHold = {held: [], mode: arguments[1]};",
          "head.appendChild = function (el) {",
          "  if (t.mode && files.test(el.src || '') && (t.mode === 'all'",
          "      || document.querySelector('#search-results .search-result'))) {",
          "    t.held.push(el); return el;",
          "  }",
          "  return append.call(head, el);",
          "};",
          "t.release = function (done) {",
          "  t.mode = null;",
          "  var els = t.held.splice(0), left = els.length;",
          "  function settled() { setTimeout(done, 50); }",
          "  if (!left) { settled(); return; }",
          "  els.forEach(function (el) {",
          "    function one() { if (--left === 0) settled(); }",
          "    el.addEventListener('load', one);",
          "    el.addEventListener('error', one);",
          "    append.call(head, el);",
          "  });",
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
   * Lets the held scripts load, holds no more, and returns once they have loaded (or failed) and
   * what they started has had 50 ms to show.
   */
  static void release(WebDriver driver) {
    js(driver).executeAsyncScript("window.kbHold.release(arguments[arguments.length - 1]);");
  }

  private static JavascriptExecutor js(WebDriver driver) {
    return (JavascriptExecutor) driver;
  }
}
