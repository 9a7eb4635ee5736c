package kb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A vocabulary large enough that the shard of words starting with "g" is split, and its parts split
 * again, several levels deep: exact words, prefixes ending at a split shard and typos rank in the
 * browser's engine (kb-rank.js, in Node) exactly as in Lucene; in Chromium, the search box loads a
 * word's shards in two rounds and says which one is lost.
 */
class SplitShardsTest {

  /**
   * Words of three letters after the g, so many share long prefixes: "gate", "gatee", "gteat", ...
   */
  private static final List<String> WORDS = words();

  @RegisterExtension
  static final AlphaSearchSite SITE = new AlphaSearchSite("many", () -> questions(400));

  private static List<String> words() {
    List<String> words = new ArrayList<>(words("g", 20261126));
    // A first letter outside the BMP (U+10428, one code point, two UTF-16 units): its shard keys
    // and tree hold surrogate pairs.
    words.addAll(words(new String(Character.toChars(0x10428)), 20261129));
    return List.copyOf(words);
  }

  private static List<String> words(String first, long seed) {
    Random random = new Random(seed);
    TreeSet<String> words = new TreeSet<>();
    while (words.size() < 3000) {
      StringBuilder word = new StringBuilder(first);
      int length = 2 + random.nextInt(6);
      for (int i = 0; i < length; i++) {
        word.append("aet".charAt(random.nextInt(3)));
      }
      words.add(word.toString());
    }
    return List.copyOf(words);
  }

  private static String questions(int count) {
    Random random = new Random(20261127);
    StringBuilder markdown = new StringBuilder();
    for (int q = 0; q < count; q++) {
      markdown.append("## Question ").append(q).append(" {#q").append(q).append("}\n\n");
      for (int w = 0; w < 100; w++) {
        // Some words are common, most are rare: scores differ and postings vary in length.
        int pick = Math.min(random.nextInt(WORDS.size()), random.nextInt(WORDS.size()));
        markdown.append(WORDS.get(pick)).append(w % 10 == 9 ? ".\n\n" : " ");
      }
    }
    return markdown.toString();
  }

  @Test
  void theShardsOfGAndOfALetterOutsideTheBmpAreSplitSeveralLevelsDeep() throws IOException {
    List<String> shards;
    try (Stream<Path> list = Files.list(SITE.site().resolve("search"))) {
      shards = list.map(p -> p.getFileName().toString()).toList();
    }
    // w-67-61-65-74.js is "gaet": three levels of splitting below "g".
    for (String first : List.of("w-67-", "w-10428-")) {
      assertTrue(
          shards.stream()
              .anyMatch(n -> n.startsWith(first) && n.chars().filter(c -> c == '-').count() >= 4),
          "shards four characters deep under " + first + " among " + shards.size());
    }
  }

  @Test
  void browserEngineTop10EqualsLuceneTop10AcrossSplitShards() {
    List<String> queries = new ArrayList<>();
    Random random = new Random(20261128);
    for (int i = 0; i < 40; i++) {
      String word = WORDS.get(random.nextInt(WORDS.size()));
      queries.add(word); // exact, and a prefix of longer words
      // a prefix, often of a split shard
      queries.add(
          word.substring(0, word.offsetByCodePoints(0, Math.max(2, word.length() / 2 - 1))));
      queries.add(word + "q"); // a typo: no word ends in q
      queries.add(word + " " + WORDS.get(random.nextInt(WORDS.size())));
    }
    queries.addAll(List.of("g", "ga", "gat", "gate", "gatee", "gq", "gaq", "gqaet"));
    String deseret = new String(Character.toChars(0x10428));
    queries.addAll(List.of(deseret, deseret + "a", deseret + "ae", deseret + "aq", deseret + "q"));
    assertEquals(
        List.of(), NodeRanking.mismatches(NodeRanking.rank(SITE.site(), queries), SITE::top10));
  }

  /**
   * Logs, in order, each search script added to the page and each whose data arrived, before the
   * search script takes them (which may add the next ones at once).
   */
  private static final String LOG_SCRIPTS =
      String.join(
          "\n",
          "window.scriptLog = [];",
          "var append = document.head.appendChild.bind(document.head), data = kbSearch.data;",
          "document.head.appendChild = function (node) {",
          "  scriptLog.push('add ' + (node.src || '').replace(/.*\\//, ''));",
          "  return append(node);",
          "};",
          "kbSearch.data = function (name, payload) {",
          "  scriptLog.push('load ' + name + '.js');",
          "  return data(name, payload);",
          "};");

  /** The deepest split shard's file, and a word of the vocabulary that is in it. */
  private record DeepShard(String file, String word) {}

  private static DeepShard deepestShard() throws IOException {
    String deepest;
    try (Stream<Path> list = Files.list(SITE.site().resolve("search"))) {
      deepest =
          list.map(p -> p.getFileName().toString())
              .filter(n -> n.startsWith("w-"))
              .max(Comparator.comparingLong(n -> n.chars().filter(c -> c == '-').count()))
              .orElseThrow();
    }
    StringBuilder key = new StringBuilder();
    for (String hex : deepest.replaceAll("^w-|\\.js$", "").split("-")) {
      key.appendCodePoint(Integer.parseInt(hex, 16));
    }
    return new DeepShard(
        deepest,
        WORDS.stream().filter(w -> w.startsWith(key.toString())).findFirst().orElseThrow());
  }

  @Test
  void aWordManyShardsDeepLoadsTheShardsOnItsWayInTwoRounds() throws IOException {
    String word = deepestShard().word();
    ChromeDriver driver = SITE.home();
    driver.executeScript(LOG_SCRIPTS);
    assertEquals(SITE.top10(word), KbSearchScript.rankedUrls(driver, word));
    @SuppressWarnings("unchecked")
    List<String> log = (List<String>) driver.executeScript("return scriptLog;");
    List<String> shardLog = log.stream().filter(e -> e.contains(" w-")).toList();
    int rounds = 0;
    boolean loading = true;
    for (String event : shardLog) {
      rounds += event.startsWith("add") && loading ? 1 : 0;
      loading = event.startsWith("load");
    }
    assertTrue(
        shardLog.stream().filter(e -> e.startsWith("add")).count() >= 4,
        "the shards of '" + word + "', four or more: " + shardLog);
    assertEquals(2, rounds, "rounds of shard loading for '" + word + "': " + shardLog);
  }

  @Test
  void aLostSplitShardIsAnErrorNamingItNotFewerWords() throws IOException {
    DeepShard shard = deepestShard();
    SITE.withoutSearchFile(
        shard.file(),
        () ->
            assertEquals(
                "search data missing: search/" + shard.file(),
                KbSearchScript.failureOf(SITE.home(), shard.word())));
  }
}
