package kb.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kb.TestContent;
import kb.diagnostic.BuildFailedException;
import kb.site.FaultySteps;
import kb.site.FaultySteps.Fault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output is deterministic, and a failed build leaves the previous output exactly as it was. */
class OutputSafetyTest {

  @TempDir Path dir;

  private static final Path REPO = TestContent.repoRoot();

  private static void build(Path content, Path out) {
    new SiteBuild().run(new BuildOptions(content, REPO.resolve("templates"), out, "all"));
  }

  @Test
  void twoBuildsOfTheShippedContentAreByteIdentical() throws IOException {
    build(REPO.resolve("content"), dir.resolve("one"));
    build(REPO.resolve("content"), dir.resolve("two"));
    for (String brand : new String[] {"futu", "moomoo"}) {
      Map<String, String> one = TreeHashes.of(dir.resolve("one").resolve(brand));
      Map<String, String> two = TreeHashes.of(dir.resolve("two").resolve(brand));
      assertTrue(one.size() > 30, brand + " files: " + one.size());
      assertEquals(one, two, brand);
    }
  }

  @Test
  void rebuildingInPlaceChangesNothing() throws IOException {
    Path out = dir.resolve("out");
    build(REPO.resolve("content"), out);
    Map<String, String> before = TreeHashes.of(out.resolve("moomoo"));
    build(REPO.resolve("content"), out);
    assertEquals(before, TreeHashes.of(out.resolve("moomoo")));
  }

  @Test
  void failedBuildLeavesThePreviousSiteExactlyAsItWas() throws IOException {
    TestContent content = TestContent.twoBrands(dir);
    content.write("faq/a.md", TestContent.page("A", "A", 1, "## Q {#1}\n\nFirst version.\n"));
    Path out = dir.resolve("site-output");
    build(content.root(), out);
    Map<String, String> alpha = TreeHashes.of(out.resolve("alpha"));
    Map<String, String> beta = TreeHashes.of(out.resolve("beta"));
    Map<String, String> index = TreeHashes.of(out.resolve(".lucene"));

    content.write("faq/a.md", TestContent.page("A", "A", 1, "## Q {#1}\n\nNew [broken](#2).\n"));
    assertThrows(BuildFailedException.class, () -> build(content.root(), out));

    assertEquals(alpha, TreeHashes.of(out.resolve("alpha")));
    assertEquals(beta, TreeHashes.of(out.resolve("beta")));
    assertEquals(index, TreeHashes.of(out.resolve(".lucene")));
    try (var entries = Files.list(out)) {
      assertEquals(3, entries.count(), "no staging folders left: alpha, beta, .lucene");
    }
    assertTrue(Files.readString(out.resolve("alpha/faq/a.html")).contains("First version."));
  }

  @Test
  void aBrandThatFailsStopsEveryBrandFromBeingWritten() {
    TestContent content = TestContent.twoBrands(dir);
    content.write(
        "faq/a.md",
        TestContent.page(
            "A", "A", 1, "## Q {#1}\n\n{% brand beta %}\n[x](#nope)\n{% endbrand %}\nOk.\n"));
    Path out = dir.resolve("site-output");
    BuildFailedException e =
        assertThrows(BuildFailedException.class, () -> build(content.root(), out));
    assertEquals("link target '#nope' not found for brand beta", e.diagnostics().get(0).message());
    assertFalse(Files.exists(out.resolve("alpha")), "alpha was fine but is not written alone");
  }

  @Test
  void aLeakFoundWhilePagesAreWrittenBesideTheSearchStageLeavesNoStagedFolder() throws IOException {
    TestContent content = TestContent.twoBrands(dir);
    content.write(
        "brands/alpha.yml",
        TestContent.brand("alpha", "Alpha", "alphapkg", "#112233")
            + "lint:\n  forbidden_terms: [BetaApp]\n");
    content.write("faq/a.md", TestContent.page("A", "A", 1, "## Q {#1}\n\nFirst version.\n"));
    Path out = dir.resolve("site-output");
    build(content.root(), out);
    Map<String, String> index = TreeHashes.of(out.resolve(".lucene"));

    // Found by the page checks, which run while the search stage makes the search data.
    content.write("faq/a.md", TestContent.page("A", "A", 1, "## Q {#1}\n\nUse BetaApp.\n"));
    BuildFailedException e =
        assertThrows(BuildFailedException.class, () -> build(content.root(), out));
    assertEquals(
        "'betaapp' belongs to another brand but shows in brand alpha",
        e.diagnostics().get(0).message());

    assertEquals(index, TreeHashes.of(out.resolve(".lucene")));
    try (var entries = Files.list(out)) {
      assertEquals(3, entries.count(), "no staging folders left: alpha, beta, .lucene");
    }
    try (var entries = Files.list(out.resolve(".lucene"))) {
      assertEquals(2, entries.count(), "no staged index left: alpha, beta");
    }
  }

  @Test
  void aBrandThatCannotBePublishedLeavesEveryBrandAsItWas() throws IOException {
    TestContent content = TestContent.twoBrands(dir);
    content.write("faq/a.md", TestContent.page("A", "A", 1, "## Q {#1}\n\nFirst version.\n"));
    Path out = dir.resolve("site-output");
    build(content.root(), out);
    Map<String, String> alpha = TreeHashes.of(out.resolve("alpha"));
    Map<String, String> beta = TreeHashes.of(out.resolve("beta"));
    Map<String, String> index = TreeHashes.of(out.resolve(".lucene"));

    content.write("faq/a.md", TestContent.page("A", "A", 1, "## Q {#1}\n\nSecond version.\n"));
    // Alpha's new site is in place by the time beta's is moved in, and that move fails.
    FaultySteps steps = FaultySteps.atFirstEndingWith(Fault.FAIL, " to " + out.resolve("beta"));
    SiteBuild build = new SiteBuild(BuildProgress.NONE, steps);
    BuildFailedException e =
        assertThrows(BuildFailedException.class, () -> build.run(content.options(out, "all")));
    assertTrue(steps.reached(), steps.log().toString());
    String message = e.diagnostics().get(0).format();
    assertTrue(message.startsWith(out + ": cannot publish: IO injected failure"), message);
    assertTrue(message.contains("; the previous sites are in place"), message);

    assertEquals(alpha, TreeHashes.of(out.resolve("alpha")));
    assertEquals(beta, TreeHashes.of(out.resolve("beta")));
    assertEquals(index, TreeHashes.of(out.resolve(".lucene")));
    assertEquals(List.of(".lucene", "alpha", "beta"), names(out), "no staging folders left");
    assertEquals(List.of("alpha", "beta"), names(out.resolve(".lucene")));
  }

  @Test
  void aPublishKilledBetweenTheRenamesOfABrandIsFinishedByTheNextBuildEvenOneThatFails()
      throws IOException {
    TestContent content = TestContent.twoBrands(dir);
    content.write("faq/a.md", TestContent.page("A", "A", 1, "## Q {#1}\n\nFirst version.\n"));
    Path out = dir.resolve("site-output");
    build(content.root(), out);
    content.write("faq/a.md", TestContent.page("A", "A", 1, "## Q {#1}\n\nSecond version.\n"));
    Path second = dir.resolve("second");
    build(content.root(), second);
    Map<String, Map<String, String>> staged = new TreeMap<>();
    for (String site : List.of("alpha", "beta", ".lucene/alpha", ".lucene/beta")) {
      staged.put(site, TreeHashes.of(second.resolve(site)));
    }

    // What a build leaves when killed after moving alpha's site aside, before moving its new one
    // in: every new site staged beside its place, and the journal naming every rename.
    StringBuilder journal = new StringBuilder("kb publish journal 1\n");
    for (String site : staged.keySet()) {
      String parent = site.contains("/") ? ".lucene/" : "";
      String name = site.substring(parent.length());
      String staging = parent + "." + name + ".staging-1";
      Files.move(second.resolve(site), out.resolve(staging));
      journal.append(site + "\t" + staging + "\t" + parent + "." + name + ".old-1\n");
    }
    Files.move(out.resolve("alpha"), out.resolve(".alpha.old-1"));
    Files.writeString(out.resolve(".kb-publish"), journal);

    // The next build fails, but only after it has finished publishing the killed build's sites.
    content.write("faq/a.md", TestContent.page("A", "A", 1, "## Q {#1}\n\n[x](#nope)\n"));
    assertThrows(BuildFailedException.class, () -> build(content.root(), out));

    for (String site : staged.keySet()) {
      assertEquals(staged.get(site), TreeHashes.of(out.resolve(site)), site);
    }
    assertTrue(Files.readString(out.resolve("alpha/faq/a.html")).contains("Second version."));
    assertEquals(List.of(".lucene", "alpha", "beta"), names(out), "journal and old sites gone");
    assertEquals(List.of("alpha", "beta"), names(out.resolve(".lucene")));
  }

  private static List<String> names(Path folder) throws IOException {
    try (var entries = Files.list(folder)) {
      return entries.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
