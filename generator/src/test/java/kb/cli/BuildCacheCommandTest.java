package kb.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kb.TestContent;
import kb.cache.BuildCache;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kb build} and {@code kb bundle} with the build cache, and with {@code --no-cache}: the
 * cache in {@code DIR/.kb-cache/}, and one line per brand saying how much of it was used.
 */
class BuildCacheCommandTest {

  private static final Pattern USED =
      Pattern.compile("(?m)^(\\w+): (\\d+) of (\\d+) results taken from the cache$");

  @TempDir Path dir;

  private TestContent content;

  @BeforeEach
  void writeContent() {
    content = TestContent.twoBrands(dir);
    content.write("faq/a.md", TestContent.page("A", "A", 1, "## Q? {#1}\n\nYes, {{name}}.\n"));
    content.write(
        "faq/b.md",
        TestContent.page("B", "B", 2, "## R? {#2}\n\nSee [A](a.md#1).\n\n## S? {#3}\n\nNo.\n"));
  }

  private Path out() {
    return dir.resolve("out");
  }

  private Cli run(String command, String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                command,
                "--content",
                content.root().toString(),
                "--templates",
                TestContent.repoRoot().resolve("templates").toString(),
                "--out",
                out().toString()));
    args.addAll(List.of(extra));
    return Cli.run(args.toArray(String[]::new));
  }

  /** Each brand's line of cache use in what a command printed: brand, taken, results. */
  private static Map<String, int[]> cacheUse(Cli cli) {
    Map<String, int[]> used = new TreeMap<>();
    Matcher line = USED.matcher(cli.out());
    while (line.find()) {
      used.put(
          line.group(1),
          new int[] {Integer.parseInt(line.group(2)), Integer.parseInt(line.group(3))});
    }
    return used;
  }

  private Map<String, byte[]> cacheFiles() throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> list = Files.list(out().resolve(BuildCache.FOLDER))) {
      for (Path file : list.toList()) {
        files.put(file.getFileName().toString(), Files.readAllBytes(file));
      }
    }
    return files;
  }

  @Test
  void buildWithNoCacheWritesNoCacheFolderAndSaysNothingOfACache() {
    Cli cli = run("build", "--no-cache");
    assertEquals(0, cli.exitCode(), cli.err());
    assertTrue(Files.isRegularFile(out().resolve("alpha/faq/a.html")));
    assertFalse(Files.exists(out().resolve(BuildCache.FOLDER)));
    assertFalse(cli.out().contains("cache"), cli.out());
  }

  @Test
  void aSecondBuildPrintsHowManyResultsEachBrandTookFromTheCache() {
    Cli first = run("build");
    assertEquals(0, first.exitCode(), first.err());
    // A first build has nothing to take: it may say so, or say nothing of the cache.
    cacheUse(first).forEach((brand, used) -> assertEquals(0, used[0], brand + ": " + first.out()));
    assertTrue(Files.isRegularFile(out().resolve(BuildCache.FOLDER).resolve("alpha.kbc")));
    assertTrue(Files.isRegularFile(out().resolve(BuildCache.FOLDER).resolve("beta.kbc")));

    Cli second = run("build");
    assertEquals(0, second.exitCode(), second.err());
    Map<String, int[]> used = cacheUse(second);
    assertEquals(List.of("alpha", "beta"), List.copyOf(used.keySet()), second.out());
    used.forEach(
        (brand, counts) -> {
          assertTrue(counts[0] > 0, brand + " took something: " + second.out());
          assertTrue(counts[0] <= counts[1], second.out());
        });
    assertTrue(second.out().contains("built alpha: 2 pages, 3 questions"), second.out());
    assertEquals("", second.err());
  }

  @Test
  void noCacheNeitherReadsNorChangesTheCacheAnEarlierBuildKept() throws IOException {
    assertEquals(0, run("build").exitCode());
    Map<String, byte[]> kept = cacheFiles();
    content.write("faq/a.md", TestContent.page("A", "A", 1, "## Q? {#1}\n\nNo, {{name}}.\n"));
    Cli cli = run("build", "--no-cache");
    assertEquals(0, cli.exitCode(), cli.err());
    assertTrue(cacheUse(cli).isEmpty(), cli.out());
    assertTrue(Files.readString(out().resolve("alpha/faq/a.html")).contains("No, Alpha."));
    Map<String, byte[]> after = cacheFiles();
    assertEquals(kept.keySet(), after.keySet());
    kept.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name));
  }

  @Test
  void aCacheFileKbDidNotWriteIsNotedAndLeftAsItWas() throws IOException {
    Path foreign = out().resolve(BuildCache.FOLDER).resolve("alpha.kbc");
    Files.createDirectories(foreign.getParent());
    Files.writeString(foreign, "hello");
    Cli cli = run("build");
    assertEquals(0, cli.exitCode(), cli.err());
    assertTrue(cli.out().contains("note: " + foreign + " is not a cache file kb wrote"), cli.out());
    assertEquals("hello", Files.readString(foreign));
    Cli again = run("build");
    assertEquals(0, again.exitCode(), again.err());
    assertTrue(again.out().contains("note: " + foreign + " is not a cache file kb wrote"));
    assertEquals("hello", Files.readString(foreign));
    Map<String, int[]> used = cacheUse(again);
    assertEquals(
        List.of("beta"), List.copyOf(used.keySet()), "alpha builds without " + again.out());
    assertTrue(used.get("beta")[0] > 0, again.out());
  }

  @Test
  void quietBuildPrintsNothingOfTheCacheButStillKeepsIt() {
    assertEquals(0, run("build", "--quiet").exitCode());
    Cli cli = run("build", "--quiet");
    assertEquals(0, cli.exitCode(), cli.err());
    assertEquals("", cli.out());
    assertTrue(Files.isRegularFile(out().resolve(BuildCache.FOLDER).resolve("alpha.kbc")));
  }

  @Test
  void bundleKeepsTheCacheUnlessNoCache() {
    Cli noCache = run("bundle", "--brand", "beta", "--no-cache");
    assertEquals(0, noCache.exitCode(), noCache.err());
    assertFalse(Files.exists(out().resolve(BuildCache.FOLDER)));
    assertEquals(0, run("bundle", "--brand", "beta").exitCode());
    Cli cli = run("bundle", "--brand", "beta");
    assertEquals(0, cli.exitCode(), cli.err());
    Map<String, int[]> used = cacheUse(cli);
    assertEquals(List.of("beta"), List.copyOf(used.keySet()), cli.out());
    assertTrue(used.get("beta")[0] > 0, cli.out());
    assertTrue(Files.isRegularFile(out().resolve("beta-offline.zip")), cli.out());
  }

  @Test
  void buildingOneBrandLeavesTheOtherBrandsCacheForTheNextBuildOfAll() throws IOException {
    assertEquals(0, run("build").exitCode());
    byte[] alpha = cacheFiles().get("alpha.kbc");
    Cli beta = run("build", "--brand", "beta");
    assertEquals(0, beta.exitCode(), beta.err());
    assertEquals(List.of("beta"), List.copyOf(cacheUse(beta).keySet()), beta.out());
    assertArrayEquals(alpha, cacheFiles().get("alpha.kbc"));
    Cli all = run("build");
    assertEquals(0, all.exitCode(), all.err());
    assertTrue(cacheUse(all).get("alpha")[0] > 0, all.out());
  }

  @Test
  void aCacheFolderThatIsALinkIsNotedAndNothingIsWrittenThroughIt() throws IOException {
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Path link = out().resolve(BuildCache.FOLDER);
    Files.createDirectories(out());
    try {
      Files.createSymbolicLink(link, elsewhere);
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "symbolic links: " + e);
    }
    Cli cli = run("build");
    assertEquals(0, cli.exitCode(), cli.err());
    assertTrue(cli.out().contains("note: " + link + " is not a folder kb made"), cli.out());
    assertTrue(Files.isSymbolicLink(link));
    try (Stream<Path> files = Files.list(elsewhere)) {
      assertEquals(List.of(), files.toList());
    }
    assertTrue(Files.isRegularFile(out().resolve("alpha/faq/a.html")));
  }
}
