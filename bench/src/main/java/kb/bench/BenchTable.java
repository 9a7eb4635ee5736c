package kb.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Prints the benchmark table from the results file: for each corpus size, kb's figure, the peer's,
 * and kb/peer (below 1.0 kb wins). Build ratios are the median of the ratios of runs made side by
 * side, shown with every run's; the other ratios divide the medians. A median of an even number of
 * values is the mean of the middle two.
 *
 * <p>Usage: {@code BenchTable RESULTS}
 */
public final class BenchTable {

  /** The N of rows measured on the shipped content rather than a generated corpus. */
  static final String SHIPPED = "shipped";

  /**
   * The prefix of the N of rows measured on the multilingual corpus ({@code zh-1000}: 1,000 pages
   * in each of en, zh-CN and zh-HK; builds of every language, search in zh-CN).
   */
  static final String CHINESE = "zh-";

  private final Map<String, List<Double>> values = new LinkedHashMap<>();
  private final StringBuilder out = new StringBuilder();

  public static void main(String[] args) throws IOException {
    System.out.print(of(Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)));
  }

  /**
   * The table of the results file's lines ({@code N, metric, tool, value}, tab-separated; other
   * lines are skipped), one section per corpus size, smallest first, then one per size of the
   * multilingual corpus (rows whose N starts with {@value #CHINESE}), then one for the shipped
   * content (rows whose N is {@value #SHIPPED}) if it was measured.
   */
  static String of(List<String> results) {
    BenchTable table = new BenchTable();
    TreeSet<Integer> sizes = new TreeSet<>();
    TreeSet<Integer> chinese = new TreeSet<>();
    for (String line : results) {
      String[] f = line.split("\t");
      if (f.length == 4) {
        if (f[0].startsWith(CHINESE)) {
          chinese.add(Integer.parseInt(f[0].substring(CHINESE.length())));
        } else if (!f[0].equals(SHIPPED)) {
          sizes.add(Integer.parseInt(f[0]));
        }
        table
            .values
            .computeIfAbsent(f[0] + "/" + f[1] + "/" + f[2], k -> new ArrayList<>())
            .add(Double.parseDouble(f[3]));
      }
    }
    for (int n : sizes) {
      table.section(Integer.toString(n));
    }
    for (int n : chinese) {
      table.section(CHINESE + n);
    }
    table.shippedSection();
    return table.out.toString();
  }

  /** What the repository ships, measured once whatever the corpus sizes. */
  private void shippedSection() {
    List<Double> reloads = get(SHIPPED, "live_reload_ms", "kb");
    if (reloads.isEmpty()) {
      return;
    }
    out.append(String.format("%n### shipped content%n%n"));
    out.append("| measure | kb | peer | kb / peer |\n|---|---:|---:|---:|\n");
    out.append(
        String.format(
            Locale.ROOT,
            "| kb serve, both brands: a question edited, to the page reloaded with it in Chromium,"
                + " ms (median of %d, max %.0f; target 500) | %.0f | n/a | |%n",
            reloads.size(),
            percentile(reloads, 1),
            median(reloads)));
  }

  private void section(String n) {
    boolean zh = n.startsWith(CHINESE);
    int questions = (int) median(n, "questions", "kb");
    if (zh) {
      out.append(
          String.format(
              "%n### %s pages in each of en, zh-CN and zh-HK (%,d questions each)%n%n",
              n.substring(CHINESE.length()), questions));
    } else {
      out.append(String.format("%n### %s pages (%,d questions)%n%n", n, questions));
    }
    out.append("| measure | kb | peer | kb / peer | each run |\n|---|---:|---:|---:|---|\n");
    int runs = get(n, "build_s", "kb-futu").size();
    String brand = zh ? "one brand, en + zh-CN + zh-HK" : "one brand";
    String hugo = zh ? "Hugo, multilingual" : "Hugo";
    paired(
        n,
        "build_s",
        "kb-futu",
        "hugo",
        "build, " + brand + ", s (vs " + hugo + "; %d run%s)",
        runs,
        1);
    paired(n, "build_s", "kb-all", "hugo", "build, both brands, s (vs Hugo)", runs, 1);
    paired(
        n, "rss_kb", "kb-futu", "hugo", "peak RSS, " + brand + ", MiB (vs " + hugo + ")", 0, 1024);
    paired(n, "rss_kb", "kb-all", "hugo", "peak RSS, both brands, MiB (vs Hugo)", 0, 1024);
    paired(n, "build_s", "kb-futu-1g", "hugo", "build, one brand, heap capped at 1 GiB, s", 0, 1);
    paired(
        n,
        "rss_kb",
        "kb-futu-1g",
        "hugo",
        "peak RSS, one brand, heap capped at 1 GiB, MiB",
        0,
        1024);
    paired(n, "build_s", "kb-all-1g", "hugo", "build, both brands, heap capped at 1 GiB, s", 0, 1);
    paired(
        n,
        "rss_kb",
        "kb-all-1g",
        "hugo",
        "peak RSS, both brands, heap capped at 1 GiB, MiB",
        0,
        1024);
    paired(
        n,
        "build_s",
        "kb-futu",
        "hugo+pagefind",
        "build + search index, " + (zh ? brand + ", " : "") + "s (vs " + hugo + " + Pagefind)",
        0,
        1);
    paired(
        n,
        "build_s",
        "kb-futu-edit",
        "hugo",
        "build after editing one page, with the build cache, one brand, s (vs Hugo's full build)",
        0,
        1);
    row("Pagefind indexing of Hugo's output, s", "", median(n, "build_s", "pagefind"), 1);
    List<Double> edits = get(n, "incremental_ms", "kb");
    if (!edits.isEmpty()) {
      out.append(
          String.format(
              Locale.ROOT,
              "| kb serve, one brand, rebuild after editing one page, s (median of %d) | %.2f |"
                  + " n/a | |%n",
              edits.size(),
              median(n, "incremental_ms", "kb") / 1000));
    }
    List<Double> kbReloads = get(n, "edit_reload_ms", "kb");
    List<Double> hugoReloads = get(n, "edit_reload_ms", "hugo");
    if (!kbReloads.isEmpty() && !hugoReloads.isEmpty()) {
      double kb = median(kbReloads);
      double peer = median(hugoReloads);
      out.append(
          String.format(
              Locale.ROOT,
              "| kb serve, one brand: one page edited, to the open page showing it in Chromium, ms"
                  + " (median of %d; vs hugo server) | %.0f | %.0f | **%.2f** | %s |%n",
              kbReloads.size(),
              kb,
              peer,
              kb / peer,
              kbReloads.stream()
                      .map(ms -> String.format(Locale.ROOT, "%.0f", ms))
                      .collect(Collectors.joining(", "))
                  + " / "
                  + hugoReloads.stream()
                      .map(ms -> String.format(Locale.ROOT, "%.0f", ms))
                      .collect(Collectors.joining(", "))));
    }
    String data = zh ? "zh-CN search data (what a zh-CN query can load)" : "search data";
    medians(n, "data_bytes", data + ", total KB", 1024);
    medians(n, "data_gzbytes", data + ", gzipped KB", 1024);
    medians(n, "data_files", data + ", files", 1);
    String query = zh ? "cold two-character zh-CN query" : "cold one-word query";
    medians(n, "query_cold_bytes", query + ": bytes loaded, KB (median)", 1024);
    medians(n, "query_cold_gzbytes", query + ": bytes if gzipped, KB (median)", 1024);
    medians(n, "query_cold_files", query + ": files loaded (median)", 1);
    latency(n, "query_cold_ms", "cold query latency, ms");
    latency(n, "query_warm_ms", "warm query latency, ms");
    if (!get(n, "query_slowcold_ms", "kb-http").isEmpty()) {
      String slow =
          String.format(
              Locale.ROOT,
              " over a slow network (%d ms + %d Mbit/s a file)",
              BrowserBench.SLOW_LATENCY_MS,
              BrowserBench.SLOW_BYTES_PER_S * 8 / 1_000_000);
      latency(n, "query_slowcold_ms", "cold query latency" + slow + ", ms");
      latency(n, "query_slowwarm_ms", "warm query latency" + slow + ", ms");
    }
    double fileBytes = median(n, "query_cold_bytes", "kb-file");
    out.append(
        String.format(
            Locale.ROOT,
            "| kb from file://, cold: KB loaded / median ms / p95 ms | %.1f / %.1f / %.1f | n/a"
                + " (needs a server) | |%n",
            fileBytes / 1024,
            median(n, "query_cold_ms", "kb-file"),
            percentile(get(n, "query_cold_ms", "kb-file"), 0.95)));
  }

  /**
   * A row of kb against a peer. Run side by side (as many runs of each), the ratio is the median of
   * the runs' ratios, shown with the kb and peer figures of the run it came from (of the two middle
   * runs, whose ratios it is the mean of, for an even number), and every run's ratio in run order.
   */
  private void paired(
      String n, String metric, String kb, String peer, String label, int runs, double unit) {
    List<Double> a = get(n, metric, kb);
    List<Double> b = get(n, metric, peer);
    if (a.isEmpty() || b.isEmpty()) {
      return;
    }
    String name = String.format(label, runs, runs == 1 ? "" : "s");
    if (a.size() != b.size()) {
      // Not run side by side (a heap-capped build runs once): the medians shown, divided.
      double kbMedian = median(a);
      double peerMedian = median(b);
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %.2f | %.2f | **%.2f** |%n",
              name,
              kbMedian / unit,
              peerMedian / unit,
              kbMedian / peerMedian));
      return;
    }
    List<Integer> byRatio = new ArrayList<>();
    List<String> each = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      byRatio.add(i);
      each.add(String.format(Locale.ROOT, "%.2f", a.get(i) / b.get(i)));
    }
    byRatio.sort(Comparator.comparingDouble(i -> a.get(i) / b.get(i)));
    List<Integer> middle =
        byRatio.subList((byRatio.size() - 1) / 2, byRatio.size() / 2 + 1).stream()
            .sorted()
            .toList();
    double ratio = middle.stream().mapToDouble(i -> a.get(i) / b.get(i)).average().orElseThrow();
    out.append(
        String.format(
            Locale.ROOT,
            "| %s | %s | %s | **%.2f** | %s |%n",
            name,
            figures(middle, a, unit),
            figures(middle, b, unit),
            ratio,
            String.join(", ", each)));
  }

  /** The figures of the runs {@code at}, joined by "and". */
  private static String figures(List<Integer> at, List<Double> values, double unit) {
    return at.stream()
        .map(i -> String.format(Locale.ROOT, "%.2f", values.get(i) / unit))
        .collect(Collectors.joining(" and "));
  }

  private void medians(String n, String metric, String label, double unit) {
    String kbTool = metric.startsWith("query") ? "kb-http" : "kb";
    double kb = median(n, metric, kbTool);
    double peer = median(n, metric, "pagefind");
    out.append(
        String.format(
            Locale.ROOT,
            "| %s (vs Pagefind) | %.1f | %.1f | **%.2f** |%n",
            label,
            kb / unit,
            peer / unit,
            kb / peer));
  }

  private void latency(String n, String metric, String label) {
    for (double p : new double[] {0.5, 0.95}) {
      double kb =
          p == 0.5 ? median(n, metric, "kb-http") : percentile(get(n, metric, "kb-http"), p);
      double peer =
          p == 0.5 ? median(n, metric, "pagefind") : percentile(get(n, metric, "pagefind"), p);
      out.append(
          String.format(
              Locale.ROOT,
              "| %s, %s over %d queries (vs Pagefind) | %.1f | %.1f | **%.2f** |%n",
              label,
              p == 0.5 ? "median" : "p95",
              get(n, metric, "kb-http").size(),
              kb,
              peer,
              kb / peer));
    }
  }

  private void row(String label, String kb, double peer, double unit) {
    out.append(String.format(Locale.ROOT, "| %s | %s | %.2f | |%n", label, kb, peer / unit));
  }

  private List<Double> get(String n, String metric, String tool) {
    return values.getOrDefault(n + "/" + metric + "/" + tool, List.of());
  }

  private double median(String n, String metric, String tool) {
    return median(get(n, metric, tool));
  }

  /** The middle value, or the mean of the two middle ones; NaN for no values. */
  static double median(List<Double> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int size = sorted.size();
    return (sorted.get((size - 1) / 2) + sorted.get(size / 2)) / 2;
  }

  /** Nearest-rank percentile; NaN for no values. */
  static double percentile(List<Double> values, double p) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int rank = (int) Math.ceil(p * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }
}
