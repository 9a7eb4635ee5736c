package kb.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Where kb's warm queries spend their time in the browser: the page open over HTTP as {@link
 * BrowserBench}'s warm queries run (HTTP cache off), one untimed query, then every query under
 * Chromium's sampling profiler (DevTools {@code Profiler} domain, 100 µs). Prints the median
 * latency, then the functions by self time and by total time (their callees included), as shares of
 * the profile.
 *
 * <p>Usage: {@code WarmQueryProfile KB_SITE QUERIES [TOP]}.
 */
public final class WarmQueryProfile {

  private WarmQueryProfile() {}

  public static void main(String[] args) throws IOException {
    Path kbSite = Path.of(args[0]).toAbsolutePath().normalize();
    List<String> queries = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8);
    int top = args.length > 2 ? Integer.parseInt(args[2]) : 25;
    try (CountingServer server = CountingServer.serve(Map.of("/kb/", kbSite), Map.of())) {
      ChromeDriver driver = Chromium.start();
      try {
        Chromium.dropCache(driver);
        driver.get(server.url("/kb/" + BrowserBench.KB_PAGE));
        BrowserBench.run(driver, BrowserBench.KB_QUERY, queries.get(queries.size() - 1));
        driver.executeCdpCommand("Profiler.enable", Map.of());
        driver.executeCdpCommand("Profiler.setSamplingInterval", Map.of("interval", 100));
        driver.executeCdpCommand("Profiler.start", Map.of());
        List<Double> ms = new ArrayList<>();
        List<Double> files = new ArrayList<>();
        List<Double> fetchMs = new ArrayList<>();
        JavascriptExecutor js = driver;
        for (String q : queries) {
          js.executeScript("performance.clearResourceTimings();");
          ms.add(
              ((Number) BrowserBench.run(driver, BrowserBench.KB_QUERY, q).get("ms"))
                  .doubleValue());
          List<?> entries =
              (List<?>)
                  js.executeScript(
                      "return performance.getEntriesByType('resource')"
                          + ".map(function (e) { return e.responseEnd - e.startTime; });");
          files.add((double) entries.size());
          fetchMs.add(
              entries.stream().mapToDouble(e -> ((Number) e).doubleValue()).max().orElse(0));
        }
        files.sort(null);
        fetchMs.sort(null);
        System.out.printf(
            Locale.ROOT,
            "files fetched a query: median %.0f, max %.0f; slowest fetch of a query: median %.1f ms%n",
            files.get(files.size() / 2),
            files.get(files.size() - 1),
            fetchMs.get(fetchMs.size() / 2));
        Map<String, Object> stopped = driver.executeCdpCommand("Profiler.stop", Map.of());
        ms.sort(null);
        System.out.printf(
            Locale.ROOT,
            "%d warm queries: median %.1f ms, p95 %.1f ms%n",
            ms.size(),
            ms.get(ms.size() / 2),
            ms.get((int) Math.ceil(ms.size() * 0.95) - 1));
        print((Map<?, ?>) stopped.get("profile"), top);
      } finally {
        driver.quit();
      }
    }
  }

  /** Self and total samples by function, from the profile's call tree. */
  private static void print(Map<?, ?> profile, int top) {
    List<?> nodes = (List<?>) profile.get("nodes");
    Map<Long, Map<?, ?>> byId = new HashMap<>();
    Map<Long, Long> parent = new HashMap<>();
    for (Object o : nodes) {
      Map<?, ?> node = (Map<?, ?>) o;
      long id = ((Number) node.get("id")).longValue();
      byId.put(id, node);
      Object children = node.get("children");
      if (children != null) {
        for (Object c : (List<?>) children) {
          parent.put(((Number) c).longValue(), id);
        }
      }
    }
    Map<String, Long> self = new HashMap<>();
    Map<String, Long> total = new HashMap<>();
    long all = 0;
    for (Map<?, ?> node : byId.values()) {
      long hits = ((Number) node.get("hitCount")).longValue();
      if (hits == 0) {
        continue;
      }
      all += hits;
      self.merge(name(node), hits, Long::sum);
      List<String> seen = new ArrayList<>();
      for (Long id = ((Number) node.get("id")).longValue(); id != null; id = parent.get(id)) {
        String name = name(byId.get(id));
        if (!seen.contains(name)) {
          seen.add(name);
          total.merge(name, hits, Long::sum);
        }
      }
    }
    System.out.printf(Locale.ROOT, "%d samples%n-- self%n", all);
    table(self, all, top);
    System.out.println("-- total");
    table(total, all, top);
  }

  private static void table(Map<String, Long> counts, long all, int top) {
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
        .limit(top)
        .forEach(
            e ->
                System.out.printf(
                    Locale.ROOT, "%5.1f%% %s%n", 100.0 * e.getValue() / all, e.getKey()));
  }

  private static String name(Map<?, ?> node) {
    Map<?, ?> frame = (Map<?, ?>) node.get("callFrame");
    String url = String.valueOf(frame.get("url"));
    String file = url.substring(url.lastIndexOf('/') + 1);
    String function = String.valueOf(frame.get("functionName"));
    return (function.isEmpty() ? "(anonymous)" : function)
        + (file.isEmpty()
            ? ""
            : " " + file + ":" + (((Number) frame.get("lineNumber")).intValue() + 1));
  }
}
