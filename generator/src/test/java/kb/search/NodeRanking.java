package kb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import kb.TestContent;
import kb.browser.NodeJs;

/**
 * The site's ranking engine, {@code kb-rank.js}, run in Node over a built site's own search data
 * files, loading what each of its steps asks for as the search box does ({@code
 * src/test/js/rank-site.js}): the browser's side of the differential tests, without a browser.
 */
final class NodeRanking {

  /**
   * What the engine made of one query.
   *
   * @param urls the URLs of its top hits, best first
   * @param files the data files it loaded, in order, the question files last
   * @param failed the file it could not do without, or "" when it did not fail
   * @param scores the scores of its top hits, as the engine computed them
   */
  record Ranked(List<String> urls, List<String> files, String failed, List<Float> scores) {}

  private NodeRanking() {}

  /** Each query's ranking over the search data of {@code site}, by query. */
  static Map<String, Ranked> rank(Path site, List<String> queries) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("kb-node-ranking-");
      Path input = dir.resolve("queries.txt");
      Path output = dir.resolve("ranked.txt");
      Files.write(input, queries, StandardCharsets.UTF_8);
      Path js = TestContent.repoRoot().resolve("generator/src/test/js");
      NodeJs.Run node =
          NodeJs.run(
              List.of(
                  js.resolve("rank-site.js").toString(),
                  TestContent.repoRoot().resolve("templates/assets/kb-rank.js").toString(),
                  site.resolve("search").toString(),
                  input.toString(),
                  output.toString()));
      assertEquals(0, node.exitCode(), node.output());
      List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
      assertEquals(queries.size() * 4, lines.size(), "four lines a query");
      Map<String, Ranked> ranked = new LinkedHashMap<>();
      for (int i = 0; i < queries.size(); i++) {
        // A JavaScript number holding a float prints as the double it is: exact, then narrowed.
        List<Float> scores =
            items(lines.get(4 * i + 3)).stream().map(s -> (float) Double.parseDouble(s)).toList();
        ranked.put(
            queries.get(i),
            new Ranked(
                items(lines.get(4 * i)),
                items(lines.get(4 * i + 1)),
                lines.get(4 * i + 2),
                scores));
      }
      return ranked;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      delete(dir);
    }
  }

  private static List<String> items(String line) {
    return line.isEmpty() ? List.of() : Arrays.asList(line.split("\t"));
  }

  /**
   * The queries whose ranking in Node failed or differs from {@code lucene}'s, each with both
   * lists: empty when the engine ranks every query as Lucene does.
   */
  static List<String> mismatches(Map<String, Ranked> node, Function<String, List<String>> lucene) {
    List<String> mismatches = new ArrayList<>();
    node.forEach(
        (query, ranked) -> {
          List<String> expected = lucene.apply(query);
          if (!ranked.failed().isEmpty() || !ranked.urls().equals(expected)) {
            mismatches.add("'" + query + "': node " + ranked + " lucene " + expected);
          }
        });
    return mismatches;
  }

  /**
   * The queries whose ranking in Node failed or differs from Lucene's hits in a URL or in a score's
   * float bits, each with both: empty when the engine scores every query as Lucene does.
   */
  static List<String> scoreMismatches(
      Map<String, Ranked> node, Function<String, List<SearchHit>> lucene) {
    List<String> mismatches = new ArrayList<>();
    node.forEach(
        (query, ranked) -> {
          List<SearchHit> hits = lucene.apply(query);
          List<String> expected = hits.stream().map(h -> h.url() + " " + h.score()).toList();
          List<String> actual = new ArrayList<>();
          for (int i = 0; i < ranked.urls().size(); i++) {
            actual.add(ranked.urls().get(i) + " " + ranked.scores().get(i));
          }
          if (!ranked.failed().isEmpty() || !actual.equals(expected)) {
            mismatches.add("'" + query + "': node " + actual + " lucene " + expected);
          }
        });
    return mismatches;
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      // a temporary folder left behind is harmless
    }
  }
}
