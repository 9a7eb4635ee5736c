package kb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Queries whose top 10 need postings beyond each term's first chunk rank in the browser's engine
 * (kb-rank.js, in Node) exactly as in Lucene, with later chunks of neighbouring terms sharing
 * files. 400 questions make the common words' postings run to chunk 3: chunk 1 files hold 128
 * terms, chunk 2 files 64, chunk 3 16. (ChunkBoundBrowserTest loads later chunks in Chromium.)
 */
class LaterPostingsTest {

  private static final List<String> WORDS =
      List.of(
          "gateway",
          "gates",
          "gatekeeper",
          "socket",
          "quote",
          "login",
          "tunnel",
          "market",
          "order",
          "account",
          "futures",
          "option",
          "stock",
          "depth",
          "ticker",
          "broker",
          "session",
          "token");

  @RegisterExtension
  static final AlphaSearchSite SITE = new AlphaSearchSite("many", () -> questions(400));

  /** Every word in many questions, a few times each, so scores differ and postings are long. */
  private static String questions(int count) {
    Random random = new Random(20261125);
    StringBuilder markdown = new StringBuilder();
    for (int q = 0; q < count; q++) {
      markdown.append("## Question ").append(q).append(" {#q").append(q).append("}\n\n");
      for (int w = 0; w < 30; w++) {
        // Earlier words are commoner: the first few appear in nearly every question.
        markdown.append(WORDS.get(Math.min(random.nextInt(WORDS.size()), random.nextInt(6))));
        markdown.append(w % 10 == 9 ? ".\n\n" : " ");
      }
    }
    return markdown.toString();
  }

  @Test
  void laterChunksOfNeighbouringTermsShareFiles() throws IOException {
    List<String> files;
    try (Stream<Path> list = Files.list(SITE.site().resolve("search"))) {
      files = list.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("p-")).toList();
    }
    for (int k = 1; k <= 3; k++) {
      String prefix = "p-" + k + "-";
      assertTrue(files.stream().anyMatch(n -> n.startsWith(prefix)), prefix + " in " + files);
    }
    boolean shared = false;
    for (String name : files) {
      String script = Files.readString(SITE.site().resolve("search").resolve(name));
      shared |= name.startsWith("p-1-") && script.matches("(?s).*\"t\":\\[\\d+,\\d+.*");
    }
    assertTrue(shared, "a chunk-1 file holding several terms, in " + files);
  }

  @Test
  void browserEngineTop10EqualsLuceneTop10WhenLaterChunksAreNeeded() {
    List<String> queries =
        List.of(
            "gateway socket",
            "socket quote login",
            "quote tunnel market",
            "gate",
            "login gateway socket quote order",
            "tickers brokers");
    Map<String, NodeRanking.Ranked> ranked = NodeRanking.rank(SITE.site(), queries);
    assertEquals(List.of(), NodeRanking.scoreMismatches(ranked, SITE::hits10));
    List<String> laterFiles =
        ranked.values().stream()
            .flatMap(r -> r.files().stream())
            .filter(name -> name.startsWith("p-"))
            .toList();
    for (int k = 1; k <= 3; k++) {
      String prefix = "p-" + k + "-";
      assertTrue(
          laterFiles.stream().anyMatch(n -> n.startsWith(prefix)),
          "a chunk " + k + " file among those loaded: " + laterFiles);
    }
  }
}
