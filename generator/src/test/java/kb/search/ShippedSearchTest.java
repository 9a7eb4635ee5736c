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
import kb.build.SiteBuild;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
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

  /**
   * The first FAQ question among the top 10: the set's queries are the FAQ's, and guide and
   * reference sections may rank above it.
   */
  private static String first(FaqSearcher searcher, String query) {
    return searcher.search(query, 10).stream()
        .map(SearchHit::url)
        .filter(url -> url.startsWith("faq/opend.html#"))
        .findFirst()
        .orElse("")
        .replace("faq/opend.html#", "");
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
    // On moomoo's site "futunn" is at most a typo of a word such as "future" in the guide's code.
    assertEquals("", first(moomoo, "futunn"));
    assertTrue(moomoo.search("futunn", 5).stream().allMatch(h -> h.score() < 1), "typos only");
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
  void searchDataEachBrandShipsIsAtMost1KilobyteGzippedPerSearchDocument() throws IOException {
    for (String brand : List.of("futu", "moomoo")) {
      int documents;
      try (DirectoryReader reader =
          DirectoryReader.open(FSDirectory.open(SiteBuild.luceneIndex(out, brand)))) {
        documents = reader.numDocs() - 1; // the last document holds the vocabulary
      }
      long raw = 0;
      long gzipped = 0;
      try (Stream<Path> files = Files.list(out.resolve(brand).resolve("search"))) {
        for (Path file : files.sorted().toList()) {
          byte[] bytes = Files.readAllBytes(file);
          raw += bytes.length;
          gzipped += gzipSize(bytes);
        }
      }
      System.out.printf(
          "search data %s: %d documents, %d bytes, %d gzipped%n", brand, documents, raw, gzipped);
      // The FAQ alone (21 questions) had a budget of 40 KB and used 16.7 KB: 0.8 KB a question.
      assertTrue(
          gzipped <= documents * 1024L,
          brand + " ships " + gzipped + " gzipped bytes for " + documents);
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
