package kb.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import kb.diagnostic.BuildFailedException;
import kb.site.FaultySteps.Fault;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A build that fails, or is killed, at any file-system step of publishing leaves every site whole:
 * once the next build has opened the output folder, all sites are their complete old versions or
 * all their complete new ones, and nothing else in the folder is lost.
 */
class InterruptedPublishTest {

  /** Two brands' sites and Lucene indexes, as kb build publishes them. */
  private static final List<String> SITES =
      List.of("alpha", ".lucene/alpha", "beta", ".lucene/beta");

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}, previous sites: {1}")
  @CsvSource({"FAIL, true", "KILL, true", "FAIL, false", "KILL, false"})
  void everySiteIsOldOrNewWhateverStepThePublishStopsAt(Fault fault, boolean previous)
      throws IOException {
    Set<String> seen = new TreeSet<>();
    int step = 1;
    for (; ; step++) {
      Path out = dir.resolve(fault + "-" + previous + "-" + step);
      if (previous) {
        publish(out, "old", PublishSteps.ON_DISK);
      }
      Files.createDirectories(out.resolve("mine"));
      Files.writeString(out.resolve("mine/notes.tex"), "the author's own");
      FaultySteps steps = FaultySteps.at(fault, step);
      boolean published;
      try {
        publish(out, "new", steps);
        published = true;
      } catch (BuildFailedException | FaultySteps.Killed e) {
        published = false;
      }

      // What the next build does first, whatever it then builds.
      OutputFolder.open(out, List.of(), SITES).close();

      String when = "after step " + step + " of " + steps.log();
      String version = version(out, when);
      assertTrue(!published || version.equals("new"), "published, so new " + when);
      assertTrue(previous || !version.equals("old"), when);
      seen.add(version);
      assertEquals("the author's own", Files.readString(out.resolve("mine/notes.tex")));
      Set<String> left =
          version.equals("none") ? Set.of("mine") : Set.of(".lucene", "alpha", "beta", "mine");
      assertEquals(left, names(out), "nothing left over " + when);
      if (!steps.reached()) {
        break; // the publish took every step without meeting the fault: all are covered
      }
    }
    assertTrue(step > 10, "steps: " + step);
    assertEquals(Set.of("new", previous ? "old" : "none"), seen);
  }

  /** Stages every site's files of {@code version} and publishes them, as kb build does. */
  private static void publish(Path out, String version, PublishSteps steps) {
    try (OutputFolder folder = OutputFolder.open(out, List.of(), SITES, steps)) {
      List<StagedSite> staged = new ArrayList<>();
      try {
        for (String site : SITES) {
          StagedSite one = folder.stage(site);
          staged.add(one);
          one.write(
              List.copyOf(files(version, site).keySet()),
              p -> SiteFile.text(p, files(version, site).get(p)));
        }
        folder.publish(staged);
      } finally {
        for (int i = staged.size() - 1; i >= 0; i--) {
          staged.get(i).close();
        }
      }
    }
  }

  /** A site's files: the new version has one more, so a site of both would show. */
  private static Map<String, String> files(String version, String site) {
    Map<String, String> files = new TreeMap<>();
    files.put("index.html", version + " " + site);
    files.put("faq/a.html", version + " a");
    if (version.equals("new")) {
      files.put("faq/b.html", "new b");
    }
    return files;
  }

  /** "old", "new" or "none", the same for every site; fails otherwise. */
  private static String version(Path out, String when) throws IOException {
    Set<String> versions = new TreeSet<>();
    for (String site : SITES) {
      Path folder = out.resolve(site);
      if (!Files.exists(folder)) {
        versions.add("none");
        continue;
      }
      Map<String, String> found = read(folder);
      String version = found.getOrDefault("index.html", "").split(" ")[0];
      Map<String, String> expected = new TreeMap<>(files(version, site));
      expected.put(
          ".kb-site", new String(SiteMarker.TEXT, java.nio.charset.StandardCharsets.UTF_8));
      if (!found.equals(expected)) {
        fail(site + " is neither the whole old nor the whole new site " + when + ": " + found);
      }
      versions.add(version);
    }
    assertEquals(1, versions.size(), "every site alike " + when + ": " + versions);
    return versions.iterator().next();
  }

  private static Map<String, String> read(Path folder) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(folder.relativize(file).toString(), Files.readString(file));
      }
    }
    return files;
  }

  private static Set<String> names(Path folder) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return new TreeSet<>(list.map(p -> p.getFileName().toString()).toList());
    }
  }
}
