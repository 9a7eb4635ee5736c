package kb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import kb.TestContent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kb import} on the command line: exit 0 when everything converted, 1 when the report is not
 * empty (the page still written), 2 when the input cannot be read or the page not written; never
 * over an existing page without {@code --force}, never outside the content folder.
 */
class ImportCommandTest {

  private static final String CLEAN =
      "# <a href=\"#1\" class=\"header-anchor\">#</a> Page\n\n"
          + "## <a href=\"#10\" class=\"header-anchor\">#</a> Q1: Restart?\n\nA: Restart OpenD.\n";

  @TempDir Path dir;

  private Path content;

  @BeforeEach
  void content() throws IOException {
    content = dir.resolve("content");
    TestContent.shippedBrandsWithoutHeaderLinks(content);
  }

  private Path export(String text) throws IOException {
    Path file = dir.resolve("export.md");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private Cli kbImport(String... args) {
    String[] all = new String[args.length + 5];
    all[0] = "import";
    all[1] = "--content";
    all[2] = content.toString();
    all[3] = "--templates";
    all[4] = TestContent.repoRoot().resolve("templates").toString();
    System.arraycopy(args, 0, all, 5, args.length);
    return Cli.run(all);
  }

  private List<Path> filesOf(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.sorted().toList();
    }
  }

  @Test
  void exitsZeroWhenEverythingConverted() throws IOException {
    Cli cli = kbImport("--page", "faq/restart.md", export(CLEAN).toString());
    assertEquals(0, cli.exitCode(), cli.err() + cli.out());
    assertTrue(
        cli.out()
            .startsWith(
                "imported "
                    + dir.resolve("export.md")
                    + " -> "
                    + content.resolve("faq/restart.md")
                    + ": 1 questions, 0 written once with variables, 0 with brand blocks\n"),
        cli.out());
    assertTrue(cli.out().endsWith("everything converted\n"), cli.out());
    assertTrue(Files.readString(content.resolve("faq/restart.md")).contains("A: Restart OpenD."));
  }

  @Test
  void exitsOneWithTheReportAndStillWritesThePage() throws IOException {
    Cli cli =
        kbImport(
            "--page",
            "faq/x.md",
            export(CLEAN + "\n![pic](https://example.com/pic.png)\n").toString());
    assertEquals(1, cli.exitCode(), cli.err() + cli.out());
    assertTrue(cli.out().contains("images to add"), cli.out());
    assertTrue(cli.out().contains("images/pic.png  <- https://example.com/pic.png"), cli.out());
    assertTrue(Files.isRegularFile(content.resolve("faq/x.md")));
  }

  @Test
  void exitsTwoWhenTheExportCannotBeRead() {
    Cli cli = kbImport(dir.resolve("missing.md").toString());
    assertEquals(2, cli.exitCode());
    assertTrue(cli.err().contains("missing.md: cannot read the export"), cli.err());
  }

  @Test
  void exitsTwoOnADeviceOrAPipeInsteadOfReadingForever() {
    Cli cli = kbImport("/dev/zero");
    assertEquals(2, cli.exitCode(), cli.err());
    assertTrue(
        cli.err().contains("/dev/zero: cannot read the export: not a regular file"), cli.err());
  }

  @Test
  void exitsTwoWhenTheExportIsNoPage() throws IOException {
    Cli cli = kbImport(export("just text\n").toString());
    assertEquals(2, cli.exitCode());
    assertTrue(cli.err().contains("no question in the export"), cli.err());
  }

  @Test
  void refusesAPageOutsideTheContentFolderWritingNothing() throws IOException {
    Path export = export(CLEAN);
    List<Path> before = filesOf(dir);
    for (String page : List.of("../x.md", "faq/../../x.md", dir.resolve("y.md").toString())) {
      Cli cli = kbImport("--page", page, export.toString());
      assertEquals(2, cli.exitCode(), page);
      assertTrue(cli.err().contains("leaves the content folder"), cli.err());
    }
    assertEquals(before, filesOf(dir));
  }

  @Test
  void refusesASymbolicLinkOutOfTheContentFolder() throws IOException {
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Files.createSymbolicLink(content.resolve("faq"), outside);
    Cli cli = kbImport("--page", "faq/x.md", export(CLEAN).toString());
    assertEquals(2, cli.exitCode(), cli.err());
    assertTrue(cli.err().contains("symbolic link"), cli.err());
    assertEquals(List.of(outside), filesOf(outside));
  }

  @Test
  void neverReplacesAPageWithoutForce() throws IOException {
    Path page = content.resolve("faq/restart.md");
    Files.createDirectories(page.getParent());
    Files.writeString(page, "mine");
    Cli cli = kbImport("--page", "faq/restart.md", export(CLEAN).toString());
    assertEquals(2, cli.exitCode());
    assertTrue(cli.err().contains("a page exists at faq/restart.md"), cli.err());
    assertTrue(cli.err().contains("hint: pass --force"), cli.err());
    assertEquals("mine", Files.readString(page));

    Cli forced = kbImport("--force", "--page", "faq/restart.md", export(CLEAN).toString());
    assertEquals(0, forced.exitCode(), forced.err() + forced.out());
    assertTrue(Files.readString(page).contains("A: Restart OpenD."));
  }

  @Test
  void writesOnlyInsideTheContentFolder() throws IOException {
    Path export = export(CLEAN + "\n![k](data:image/png;base64,iVBORw0KGgo=)\n");
    List<Path> outside = filesOf(dir).stream().filter(p -> !p.startsWith(content)).toList();
    Cli cli = kbImport(export.toString());
    assertEquals(0, cli.exitCode(), cli.err() + cli.out());
    assertEquals(outside, filesOf(dir).stream().filter(p -> !p.startsWith(content)).toList());
    assertTrue(Files.isRegularFile(content.resolve("faq/page.md")));
    assertTrue(Files.isRegularFile(content.resolve("images/k.png")));
    assertFalse(
        filesOf(content).stream().anyMatch(p -> p.getFileName().toString().startsWith(".kb-")),
        "no temporary file is left");
  }

  @Test
  void anUnknownLanguageIsAnInputError() throws IOException {
    Cli cli = kbImport("--lang", "fr", export(CLEAN).toString());
    assertEquals(2, cli.exitCode());
    assertTrue(cli.err().contains("no language 'fr'"), cli.err());
  }
}
