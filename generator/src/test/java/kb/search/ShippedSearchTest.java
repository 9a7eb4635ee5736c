package kb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import kb.ShippedSites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Lucene ranking of the shipped FAQ: the expected question first, for both brands. */
class ShippedSearchTest {

  private static Path out;

  private static FaqSearcher futu;
  private static FaqSearcher moomoo;

  @BeforeAll
  static void build() throws Exception {
    out = ShippedSites.out();
    futu = ShippedSites.searcher("futu");
    moomoo = ShippedSites.searcher("moomoo");
  }

  private static String first(FaqSearcher searcher, String query) {
    List<SearchHit> hits = searcher.search(query, 5);
    return hits.isEmpty() ? "" : hits.get(0).url().replace("faq/opend.html#", "");
  }

  @Test
  void everyQueryOfTheSetRanksItsQuestionFirstInEachBrand() {
    List<String> wrong = new ArrayList<>();
    for (SearchQuerySet.Case c : SearchQuerySet.CASES) {
      String f = first(futu, c.query());
      String m = first(moomoo, c.query());
      if (!f.equals(c.futuFirst()) || !m.equals(c.moomooFirst())) {
        wrong.add(c.query() + ": futu " + f + ", moomoo " + m);
      }
    }
    assertEquals(List.of(), wrong);
    assertTrue(SearchQuerySet.CASES.size() >= 15);
  }

  @Test
  void dataDirectoryOfOneBrandFindsNothingInTheOther() {
    assertEquals("8726", first(futu, "futunn"));
    assertEquals(List.of(), moomoo.search("futunn", 5));
    assertEquals(List.of(), futu.search("moomoo", 5));
  }

  @Test
  void exactWordsRankAboveTheirTypos() {
    float exact = futu.search("telnet", 1).get(0).score();
    float typo = futu.search("telnt ", 1).get(0).score();
    assertTrue(typo > 0 && typo < exact, "typo " + typo + " below exact " + exact);
  }

  @Test
  void questionTextWeighsMoreThanAnswerText() {
    // "docker" is in Q7's question; "token" only in Q12's answer: both single-occurrence words.
    SearchHit docker = futu.search("docker ", 1).get(0);
    assertEquals("faq/opend.html#3889", docker.url());
    assertEquals(7, docker.number());
    assertEquals("OpenD Related", docker.pageTitle());
  }

  @Test
  void searchDataEachBrandShipsIsAtMost40KilobytesGzipped() throws IOException {
    for (String brand : List.of("futu", "moomoo")) {
      long raw = 0;
      long gzipped = 0;
      try (Stream<Path> files = Files.list(out.resolve(brand).resolve("search"))) {
        for (Path file : files.sorted().toList()) {
          byte[] bytes = Files.readAllBytes(file);
          raw += bytes.length;
          gzipped += gzipSize(bytes);
        }
      }
      System.out.printf("search data %s: %d bytes, %d gzipped%n", brand, raw, gzipped);
      assertTrue(gzipped <= 40 * 1024, brand + " ships " + gzipped + " gzipped bytes");
    }
  }

  private static long gzipSize(byte[] bytes) throws IOException {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(sink)) {
      gzip.write(bytes);
    }
    return sink.size();
  }

  @Test
  void hitsCarryWhatTheCommandLinePrints() {
    SearchHit hit = moomoo.search("heartbeat", 1).get(0);
    assertEquals("Disconnected after being connected for a while", hit.question());
    assertEquals(15, hit.number());
  }
}
