package kb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import kb.TestContent;
import kb.TestFolders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --out} of kb build and kb bundle: any spelling of a folder works, and a folder kb must not
 * replace (one it did not write, one inside or above what it reads, the root) is refused with exit
 * 2, one line naming it, and nothing touched.
 */
class OutFolderTest {

  @TempDir Path dir;

  private TestContent content;
  private Path templates;

  @BeforeEach
  void writeContent() {
    content = TestContent.twoBrands(dir);
    content.write("faq/a.md", TestContent.page("A", "A", 1, "## Q? {#1}\n\nYes.\n"));
    templates = TestContent.repoRoot().resolve("templates");
  }

  private Cli run(String command, String out, String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                command,
                "--content",
                content.root().toString(),
                "--templates",
                templates.toString(),
                "--out",
                out));
    args.addAll(List.of(extra));
    return Cli.run(args.toArray(String[]::new));
  }

  private static String firstLine(Cli cli) {
    return cli.err().lines().findFirst().orElse("");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/./public", "/a/./b", "/x/../y", "/out/"})
  void aFolderWrittenWithDotsOrDotDotsWorksForBuildAndBundle(String spelling) {
    String out = dir + spelling;
    Path folder = Path.of(out).normalize();
    Cli build = run("build", out);
    assertEquals(0, build.exitCode(), build.err());
    assertTrue(Files.isRegularFile(folder.resolve("alpha/index.html")), build.out());
    assertTrue(Files.isDirectory(folder.resolve(".lucene/beta")));
    Cli bundle = run("bundle", out, "--brand", "beta");
    assertEquals(0, bundle.exitCode(), bundle.err());
    assertTrue(Files.isRegularFile(folder.resolve("beta-offline.zip")));
    assertFalse(Files.exists(dir.resolve("x")), "x/.. is taken as written");
  }

  @Test
  void anEmptyOutIsRefusedWithExitTwo() {
    for (String command : List.of("build", "bundle")) {
      Cli cli = run(command, "", "--brand", "alpha");
      assertEquals(2, cli.exitCode(), cli.err());
      assertEquals("--out: the output folder is empty", firstLine(cli));
      assertFalse(cli.err().contains("internal error"), cli.err());
    }
  }

  @Test
  void theRootFolderIsRefusedWithExitTwoAndNothingWritten() {
    Cli cli = run("build", "/");
    assertEquals(2, cli.exitCode(), cli.err());
    assertEquals("/: cannot publish into the root folder", firstLine(cli));
    assertFalse(Files.exists(Path.of("/alpha")));
    assertFalse(Files.exists(Path.of("/.kb-lock")));
  }

  @Test
  void aFolderInsideTheContentIsRefusedAndKeepsTheAuthorsWork() throws IOException {
    content.write("brands/alpha/images/logo.png", "the author's untracked work");
    Map<String, String> before = tree(content.root());
    Cli cli = run("build", content.root().resolve("brands").toString());
    assertEquals(2, cli.exitCode(), cli.err());
    assertEquals(
        content.root().resolve("brands/alpha")
            + ": cannot publish here: inside "
            + content.root()
            + ", a folder kb reads",
        firstLine(cli));
    assertEquals(before, tree(content.root()));
  }

  @Test
  void aFolderHoldingTheTemplatesIsRefused() throws IOException {
    Path copy = TestFolders.copy(templates, dir.resolve("beta/templates"));
    templates = copy;
    Map<String, String> before = tree(dir);
    Cli cli = run("build", dir.toString());
    assertEquals(2, cli.exitCode(), cli.err());
    assertEquals(
        dir.resolve("beta") + ": cannot publish here: it holds " + copy + ", a folder kb reads",
        firstLine(cli));
    assertEquals(before, tree(dir));
  }

  @Test
  void aFolderKbDidNotWriteIsNeverReplaced() throws IOException {
    Path elsewhere = dir.resolve("elsewhere");
    Files.createDirectories(elsewhere.resolve("alpha"));
    Files.writeString(elsewhere.resolve("alpha/notes.tex"), "the author's own");
    for (String command : List.of("build", "bundle")) {
      Cli cli = run(command, elsewhere.toString(), "--brand", "alpha");
      assertEquals(2, cli.exitCode(), cli.err());
      assertEquals(
          elsewhere.resolve("alpha") + ": exists and was not written by kb: it holds notes.tex",
          firstLine(cli));
      assertTrue(cli.err().contains("hint: move it away or choose another --out"), cli.err());
      assertEquals(Map.of("alpha/notes.tex", "the author's own"), tree(elsewhere));
    }
  }

  @Test
  void aSiteAnOlderKbWroteWithoutTheMarkerIsReplaced() throws IOException {
    Path out = dir.resolve("out");
    assertEquals(0, run("build", out.toString()).exitCode());
    Map<String, String> built = tree(out);
    assertTrue(built.containsKey("alpha/.kb-site"), built.keySet().toString());
    assertTrue(built.containsKey(".lucene/beta/.kb-site"), built.keySet().toString());
    removeMarkers(out);

    Cli cli = run("build", out.toString());
    assertEquals(0, cli.exitCode(), cli.err());
    assertEquals(withoutLucene(built), withoutLucene(tree(out)));
  }

  @Test
  void anOlderKbsSiteHoldingAFileTheNewSiteLacksIsRefused() throws IOException {
    Path out = dir.resolve("out");
    assertEquals(0, run("build", out.toString()).exitCode());
    removeMarkers(out);
    Files.writeString(out.resolve("beta/faq/draft.html"), "the author's own");
    Map<String, String> before = tree(out);

    Cli cli = run("build", out.toString());
    assertEquals(2, cli.exitCode(), cli.err());
    assertEquals(
        out.resolve("beta") + ": exists and was not written by kb: it holds faq/draft.html",
        firstLine(cli));
    assertEquals(before, tree(out), "nothing touched");
  }

  private static void removeMarkers(Path out) throws IOException {
    for (String site : List.of("alpha", "beta", ".lucene/alpha", ".lucene/beta")) {
      Files.delete(out.resolve(site).resolve(".kb-site"));
    }
  }

  private static Map<String, String> withoutLucene(Map<String, String> tree) {
    Map<String, String> sites = new TreeMap<>(tree);
    sites.keySet().removeIf(path -> path.startsWith(".lucene/"));
    return sites;
  }

  /** Every file under the folder with its text, by relative path. */
  private static Map<String, String> tree(Path folder) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        byte[] bytes = Files.readAllBytes(file);
        files.put(folder.relativize(file).toString(), new String(bytes, "ISO-8859-1"));
      }
    }
    return files;
  }
}
