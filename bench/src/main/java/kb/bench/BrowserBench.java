package kb.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Times queries (one English word, or two Chinese characters) in headless Chromium, kb against
 * Pagefind, on the same corpus, and counts the bytes each loads. Appends one row per measurement to
 * the results file ({@code N metric tool value}, tab-separated); {@link BenchTable} turns them into
 * the table.
 *
 * <ul>
 *   <li><b>cold</b>: the HTTP cache is emptied and disabled, the page is loaded again, then the
 *       query runs, so every search file is fetched. Tools alternate query by query.
 *   <li><b>warm</b>: one page per tool stays open; after one untimed query, each query runs on it.
 *   <li><b>slow network</b>: the first {@value #SLOW_QUERIES} queries again, cold and warm, with
 *       the server answering like a reader's network (each file after {@value #SLOW_LATENCY_MS} ms
 *       plus its size at 10 Mbit/s), so the round trips a query waits for count as well as its
 *       bytes.
 *   <li><b>latency</b>: from setting the query (kb: the input event of its search box; Pagefind:
 *       calling {@code pagefind.search}) until the top 5 results are in the page (kb: the first 5
 *       of its results list rendered with snippets, the {@code firstMs} of its {@code
 *       kbSearch.timings} entry; Pagefind: the data of the top 5 loaded and written into the page).
 *       kb then adds the rest of its list (up to 10); a query ends only when that list is complete,
 *       so its loading never overlaps the next query, but the time stops at the top 5. Each tool's
 *       runtime script is loaded with the page, before timing starts.
 *   <li><b>bytes</b>: over HTTP, every file of the search (kb: {@code kb-rank.js}, {@code
 *       kb-search.js} and {@code search/}, the question chunks of its whole list included;
 *       Pagefind: everything under {@code pagefind/}, its worker and WASM included) as logged by
 *       the server for that page load and query; from {@code file://}, the files of the page's
 *       script elements (kb loads its data as scripts).
 * </ul>
 *
 * <p>Usage: {@code BrowserBench N KB_SITE HUGO_PUBLIC QUERIES RESULTS [LANG]}: {@code KB_SITE} is
 * the folder of one language of kb's site ({@code futu/} or {@code futu/zh-CN/}); {@code LANG}
 * (default {@code en}) is the {@code lang} attribute of the Pagefind page, by which Pagefind picks
 * the index of that language from the bundle at the root of {@code HUGO_PUBLIC}.
 */
public final class BrowserBench {

  static final String KB_PAGE = "faq/p00001.html";

  /** Queries timed again over the slow network, cold and warm. */
  static final int SLOW_QUERIES = 40;

  /** The slow network: each response waits this long, plus its size at 10 Mbit/s. */
  static final int SLOW_LATENCY_MS = 40;

  static final int SLOW_BYTES_PER_S = 1_250_000;

  static final String PAGEFIND_PAGE = "/hugo/pagefind-bench.html";

  // kb-search.js pushes {query, firstMs, ms} to kbSearch.timings once its list is complete;
  // firstMs runs from the input event until its top 5 were in the page. The time reported is from
  // t0 to then: the event's own timeStamp (the time it was made) minus t0, plus firstMs.
  static final String KB_QUERY =
      String.join(
          "\n",
          "var q = arguments[0], done = arguments[arguments.length - 1];",
          "var input = document.getElementById('search-input');",
          "var timings = kbSearch.timings, push = timings.push, t0, event;",
          "timings.push = function (x) {",
          "  push.call(timings, x); timings.push = push;",
          "  done({ms: event.timeStamp - t0 + x.firstMs,",
          "    count: document.querySelectorAll('#search-results .search-result').length});",
          "};",
          "t0 = performance.now();",
          "input.value = q;",
          "event = new Event('input');",
          "input.dispatchEvent(event);");
  private static final String PAGEFIND_QUERY =
      String.join(
          "\n",
          "var q = arguments[0], done = arguments[arguments.length - 1];",
          "window.pagefindReady.then(function () { return window.pagefindQuery(q); })",
          "  .then(done, function (e) { done({error: String(e)}); });");
  // Resource timing has no entries for file:// URLs; kb loads its data as script elements.
  private static final String SCRIPTS =
      "return Array.from(document.scripts).map(function (s) { return s.src; });";

  private final String n;
  private final Path kbSite;
  private final CountingServer server;
  private final ChromeDriver driver;
  private final PrintWriter results;
  private final FileSizes sizes = new FileSizes();

  private BrowserBench(
      String n, Path kbSite, CountingServer server, ChromeDriver driver, PrintWriter results) {
    this.n = n;
    this.kbSite = kbSite;
    this.server = server;
    this.driver = driver;
    this.results = results;
  }

  public static void main(String[] args) throws IOException {
    String n = args[0];
    Path kbSite = Path.of(args[1]).toAbsolutePath().normalize();
    Path hugo = Path.of(args[2]).toAbsolutePath().normalize();
    List<String> queries = Files.readAllLines(Path.of(args[3]), StandardCharsets.UTF_8);
    Path out = Path.of(args[4]);
    String lang = args.length > 5 ? args[5] : "en";
    String page =
        new String(pagefindPage(), StandardCharsets.UTF_8)
            .replace("<html lang=\"en\">", "<html lang=\"" + lang + "\">");
    try (CountingServer server =
            CountingServer.serve(
                Map.of("/kb/", kbSite, "/hugo/", hugo), Map.of(PAGEFIND_PAGE, page));
        PrintWriter results =
            new PrintWriter(
                Files.newBufferedWriter(
                    out,
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND))) {
      ChromeDriver driver = Chromium.start();
      try {
        BrowserBench bench = new BrowserBench(n, kbSite, server, driver, results);
        bench.cold(queries);
        bench.warm(queries);
        bench.slowNetwork(queries.subList(0, Math.min(SLOW_QUERIES, queries.size())));
      } finally {
        driver.quit();
      }
    }
  }

  private static byte[] pagefindPage() throws IOException {
    try (var in = BrowserBench.class.getResourceAsStream("pagefind-bench.html")) {
      return in.readAllBytes();
    }
  }

  private void cold(List<String> queries) {
    Chromium.dropCache(driver);
    for (int i = 0; i < queries.size(); i++) {
      String q = queries.get(i);
      coldPair(i, q, "cold");
      coldKbFile(q);
      results.flush();
      if (i % 20 == 19) {
        System.out.printf("  %d/%d cold queries%n", i + 1, queries.size());
      }
    }
  }

  /** Query {@code i} cold in kb and in Pagefind, the one first alternating so drift hits both. */
  private void coldPair(int i, String q, String mode) {
    if (i % 2 == 0) {
      coldKbHttp(q, mode);
      coldPagefind(q, mode);
    } else {
      coldPagefind(q, mode);
      coldKbHttp(q, mode);
    }
  }

  /** Whether a URL or path is one of kb's search files: its two scripts and its data. */
  private static boolean isSearchFile(String url) {
    return url.contains("/search/") || url.endsWith("/kb-search.js") || url.endsWith("/kb-rank.js");
  }

  private void coldKbHttp(String q, String mode) {
    driver.get("about:blank");
    server.clearLog();
    driver.get(server.url("/kb/" + KB_PAGE));
    Map<?, ?> r = run(KB_QUERY, q);
    List<Path> files = new ArrayList<>();
    for (CountingServer.Sent sent : server.log()) {
      if (isSearchFile(sent.path())) {
        files.add(sent.file());
      }
    }
    record("kb-http", mode, r, sizes.of(files));
  }

  private void coldKbFile(String q) {
    driver.get("about:blank");
    driver.get(kbSite.resolve(KB_PAGE).toUri().toString());
    Map<?, ?> r = run(KB_QUERY, q);
    List<Path> files = new ArrayList<>();
    for (Object name : (List<?>) driver.executeScript(SCRIPTS)) {
      String url = name.toString();
      if (isSearchFile(url)) {
        files.add(Path.of(URI.create(url)));
      }
    }
    record("kb-file", "cold", r, sizes.of(files));
  }

  private void coldPagefind(String q, String mode) {
    driver.get("about:blank");
    server.clearLog();
    driver.get(server.url(PAGEFIND_PAGE));
    Map<?, ?> r = run(PAGEFIND_QUERY, q);
    List<Path> files = new ArrayList<>();
    for (CountingServer.Sent sent : server.log()) {
      if (sent.path().startsWith("/hugo/pagefind/")) {
        files.add(sent.file());
      }
    }
    record("pagefind", mode, r, sizes.of(files));
  }

  private void warm(List<String> queries) {
    warm(queries, "warm");
  }

  /**
   * Warm queries, tools alternating, each on its page kept open: kb's in the current tab, as the
   * cold queries left it, Pagefind's in a new one.
   */
  private void warm(List<String> queries, String mode) {
    driver.get(server.url("/kb/" + KB_PAGE));
    String kb = driver.getWindowHandle();
    run(KB_QUERY, queries.get(queries.size() - 1));
    driver.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
    driver.get(server.url(PAGEFIND_PAGE));
    String pagefind = driver.getWindowHandle();
    run(PAGEFIND_QUERY, queries.get(queries.size() - 1));
    for (String q : queries) {
      driver.switchTo().window(kb);
      record("kb-http", mode, run(KB_QUERY, q), null);
      driver.switchTo().window(pagefind);
      record("pagefind", mode, run(PAGEFIND_QUERY, q), null);
    }
    results.flush();
  }

  /** Cold and warm queries again, the server slowed down like a reader's network. */
  private void slowNetwork(List<String> queries) {
    server.slow(SLOW_LATENCY_MS, SLOW_BYTES_PER_S);
    driver.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
    Chromium.dropCache(driver);
    for (int i = 0; i < queries.size(); i++) {
      coldPair(i, queries.get(i), "slowcold");
    }
    results.flush();
    warm(queries, "slowwarm");
  }

  private Map<?, ?> run(String script, String query) {
    return run(driver, script, query);
  }

  /** Runs a query script ({@link #KB_QUERY}, or Pagefind's) with {@code query} on the open page. */
  static Map<?, ?> run(ChromeDriver driver, String script, String query) {
    Object result = ((JavascriptExecutor) driver).executeAsyncScript(script, query);
    Map<?, ?> map = (Map<?, ?>) result;
    if (map.containsKey("error")) {
      throw new IllegalStateException("query '" + query + "' failed: " + map.get("error"));
    }
    return map;
  }

  private void record(String tool, String mode, Map<?, ?> result, FileSizes.Total bytes) {
    row("query_" + mode + "_ms", tool, ((Number) result.get("ms")).doubleValue());
    row("query_" + mode + "_results", tool, ((Number) result.get("count")).doubleValue());
    if (bytes != null) {
      row("query_" + mode + "_bytes", tool, bytes.bytes());
      row("query_" + mode + "_gzbytes", tool, bytes.gzipped());
      row("query_" + mode + "_files", tool, bytes.files());
    }
  }

  private void row(String metric, String tool, double value) {
    results.printf("%s\t%s\t%s\t%s%n", n, metric, tool, value);
  }
}
