package kb.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchTableTest {

  @Test
  void percentileIsTheNearestRank() {
    assertEquals(1.0, BenchTable.percentile(List.of(2.0, 1.0), 0.5));
    assertEquals(2.0, BenchTable.percentile(List.of(3.0, 1.0, 2.0), 0.5));
    List<Double> hundred = new ArrayList<>();
    for (int i = 100; i >= 1; i--) {
      hundred.add((double) i);
    }
    assertEquals(95.0, BenchTable.percentile(hundred, 0.95));
    assertTrue(Double.isNaN(BenchTable.percentile(List.of(), 0.5)));
  }

  @Test
  void theMedianOfAnEvenNumberOfValuesIsTheMeanOfTheMiddleTwo() {
    assertEquals(1.5, BenchTable.median(List.of(2.0, 1.0)));
    assertEquals(2.5, BenchTable.median(List.of(4.0, 1.0, 3.0, 2.0)));
    assertEquals(2.0, BenchTable.median(List.of(3.0, 1.0, 2.0)));
    assertTrue(Double.isNaN(BenchTable.median(List.of())));
  }

  @Test
  void twoRunsShowTheMeanOfTheirRatiosTheFiguresOfBothAndEachRatio() {
    // One brand 0.98x and 1.32x: the median is 1.15, not the lower run's 0.98.
    String table =
        BenchTable.of(
            List.of(
                "500\tquestions\tkb\t4990",
                "500\tbuild_s\tkb-futu\t13.2",
                "500\tbuild_s\thugo\t10",
                "500\tbuild_s\tkb-futu\t9.8",
                "500\tbuild_s\thugo\t10"));
    assertTrue(
        table.contains(
            "| build, one brand, s (vs Hugo; 2 runs) | 13.20 and 9.80 | 10.00 and 10.00 | **1.15** |"
                + " 1.32, 0.98 |"),
        table);
  }

  @Test
  void buildRatioIsTheMedianOfSideBySideRunsNotTheRatioOfMedians() {
    // Runs 1-3: kb 10, 30, 20 s; Hugo 10, 10, 40 s. Ratios 1.0, 3.0, 0.5: median 1.0, while the
    // medians (20 and 10 s) would give 2.0.
    String table =
        BenchTable.of(
            List.of(
                "500\tquestions\tkb\t4990",
                "500\tbuild_s\tkb-futu\t10",
                "500\tbuild_s\thugo\t10",
                "500\tbuild_s\tkb-futu\t30",
                "500\tbuild_s\thugo\t10",
                "500\tbuild_s\tkb-futu\t20",
                "500\tbuild_s\thugo\t40"));
    assertTrue(table.contains("### 500 pages (4,990 questions)"), table);
    assertTrue(
        table.contains(
            "| build, one brand, s (vs Hugo; 3 runs) | 10.00 | 10.00 | **1.00** | 1.00, 3.00,"
                + " 0.50 |"),
        table);
  }

  @Test
  void queryRowsDivideKbsMedianOverHttpByPagefinds() {
    String table =
        BenchTable.of(
            List.of(
                "200\tquestions\tkb\t2000",
                "200\tquery_cold_bytes\tkb-http\t10240",
                "200\tquery_cold_bytes\tkb-http\t20480",
                "200\tquery_cold_bytes\tkb-http\t30720",
                "200\tquery_cold_bytes\tkb-file\t1024",
                "200\tquery_cold_bytes\tpagefind\t81920",
                "200\tquery_cold_ms\tkb-http\t5",
                "200\tquery_cold_ms\tpagefind\t20"));
    assertTrue(
        table.contains(
            "| cold one-word query: bytes loaded, KB (median) (vs Pagefind) | 20.0 | 80.0 |"
                + " **0.25** |"),
        table);
    assertTrue(
        table.contains(
            "| cold query latency, ms, median over 1 queries (vs Pagefind) | 5.0 | 20.0 |"
                + " **0.25** |"),
        table);
  }

  @Test
  void aBuildRunOnceIsDividedByThePeersMedianItIsShownWith() {
    String table =
        BenchTable.of(
            List.of(
                "500\tquestions\tkb\t4990",
                "500\tbuild_s\tkb-futu-1g\t30",
                "500\tbuild_s\thugo\t10",
                "500\tbuild_s\thugo\t20",
                "500\tbuild_s\thugo\t40"));
    assertTrue(
        table.contains("| build, one brand, heap capped at 1 GiB, s | 30.00 | 20.00 | **1.50** |"),
        table);
  }

  @Test
  void slowNetworkRowsAppearOnlyWhenTheRunTimedThem() {
    List<String> local =
        List.of(
            "200\tquestions\tkb\t2000",
            "200\tquery_cold_ms\tkb-http\t5",
            "200\tquery_cold_ms\tpagefind\t20");
    assertFalse(BenchTable.of(local).contains("slow network"));
    List<String> slow = new ArrayList<>(local);
    slow.addAll(
        List.of(
            "200\tquery_slowcold_ms\tkb-http\t200",
            "200\tquery_slowcold_ms\tpagefind\t500",
            "200\tquery_slowwarm_ms\tkb-http\t150",
            "200\tquery_slowwarm_ms\tpagefind\t100"));
    String table = BenchTable.of(slow);
    assertTrue(
        table.contains(
            "| cold query latency over a slow network (40 ms + 10 Mbit/s a file), ms, median over 1"
                + " queries (vs Pagefind) | 200.0 | 500.0 | **0.40** |"),
        table);
    assertTrue(
        table.contains(
            "| warm query latency over a slow network (40 ms + 10 Mbit/s a file), ms, median over 1"
                + " queries (vs Pagefind) | 150.0 | 100.0 | **1.50** |"),
        table);
  }

  @Test
  void sizesComeInNumericOrderAndUnknownLinesAreSkipped() {
    String table =
        BenchTable.of(
            List.of(
                "10000\tquestions\tkb\t99800",
                "# a comment line",
                "1000\tquestions\tkb\t9958",
                "200\tquestions\tkb\t1990"));
    int small = table.indexOf("### 200 pages");
    int middle = table.indexOf("### 1000 pages");
    int large = table.indexOf("### 10000 pages");
    assertTrue(small >= 0 && small < middle && middle < large, table);
  }

  @Test
  void liveReloadOfTheShippedContentIsASectionOfItsOwnAfterTheSizes() {
    String table =
        BenchTable.of(
            List.of(
                "shipped\tlive_reload_ms\tkb\t310",
                "200\tquestions\tkb\t1990",
                "shipped\tlive_reload_ms\tkb\t250",
                "shipped\tlive_reload_ms\tkb\t620",
                "shipped\tlive_reload_ms\tkb\t280",
                "shipped\tlive_reload_ms\tkb\t300"));
    assertTrue(
        table.endsWith(
            "\n### shipped content\n\n| measure | kb | peer | kb / peer |\n|---|---:|---:|---:|\n"
                + "| kb serve, both brands: a question edited, to the page reloaded with it in"
                + " Chromium, ms (median of 5, max 620; target 500) | 300 | n/a | |\n"),
        table);
    assertTrue(table.indexOf("### 200 pages") < table.indexOf("### shipped content"), table);
  }

  @Test
  void editToReloadDividesKbsMedianByHugoServersAndListsEveryEdit() {
    String table =
        BenchTable.of(
            List.of(
                "1000\tquestions\tkb\t9958",
                "1000\tedit_reload_ms\thugo\t500",
                "1000\tedit_reload_ms\thugo\t400",
                "1000\tedit_reload_ms\tkb\t300",
                "1000\tedit_reload_ms\tkb\t200"));
    assertTrue(
        table.contains(
            "| kb serve, one brand: one page edited, to the open page showing it in Chromium, ms"
                + " (median of 2; vs hugo server) | 250 | 450 | **0.56** | 300, 200 / 500, 400 |"),
        table);
    assertFalse(
        BenchTable.of(List.of("1000\tquestions\tkb\t9958", "1000\tedit_reload_ms\tkb\t300"))
            .contains("hugo server"),
        "no row without the peer's");
  }

  @Test
  void withoutLiveReloadRowsThereIsNoShippedSection() {
    assertFalse(BenchTable.of(List.of("200\tquestions\tkb\t1990")).contains("shipped"));
  }

  @Test
  void multilingualSizesAreSectionsOfTheirOwnAfterTheEnglishOnes() {
    String table =
        BenchTable.of(
            List.of(
                "zh-1000\tquestions\tkb\t9958",
                "1000\tquestions\tkb\t9958",
                "zh-200\tquestions\tkb\t1990",
                "zh-200\tbuild_s\tkb-futu\t12",
                "zh-200\tbuild_s\thugo\t4",
                "zh-200\tbuild_s\thugo+pagefind\t10",
                "zh-200\tdata_bytes\tkb\t2048",
                "zh-200\tdata_bytes\tpagefind\t4096",
                "zh-200\tquery_cold_bytes\tkb-http\t10240",
                "zh-200\tquery_cold_bytes\tpagefind\t40960",
                "zh-200\tquery_cold_ms\tkb-http\t5",
                "zh-200\tquery_cold_ms\tpagefind\t20"));
    int english = table.indexOf("### 1000 pages (9,958 questions)");
    int small =
        table.indexOf("### 200 pages in each of en, zh-CN and zh-HK (1,990 questions each)");
    int large =
        table.indexOf("### 1000 pages in each of en, zh-CN and zh-HK (9,958 questions each)");
    assertTrue(english >= 0 && english < small && small < large, table);
    String zh = table.substring(small, large);
    assertTrue(
        zh.contains(
            "| build, one brand, en + zh-CN + zh-HK, s (vs Hugo, multilingual; 1 run) | 12.00 |"
                + " 4.00 | **3.00** | 3.00 |"),
        zh);
    assertTrue(
        zh.contains(
            "| build + search index, one brand, en + zh-CN + zh-HK, s (vs Hugo, multilingual +"
                + " Pagefind) | 12.00 | 10.00 | **1.20** |"),
        zh);
    assertTrue(
        zh.contains(
            "| zh-CN search data (what a zh-CN query can load), total KB (vs Pagefind) | 2.0 | 4.0 |"
                + " **0.50** |"),
        zh);
    assertTrue(
        zh.contains(
            "| cold two-character zh-CN query: bytes loaded, KB (median) (vs Pagefind) | 10.0 |"
                + " 40.0 | **0.25** |"),
        zh);
    assertFalse(zh.contains("both brands"), zh);
  }
}
