package kb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kb.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One run of {@code kb check} or {@code kb build} reports every problem of the content, brand files
 * and templates, not only those of the first stage that found any (issue 23): a page with four
 * kinds of error once needed three runs.
 */
class EveryProblemAtOnceTest {

  private static final Path FIXTURES =
      TestContent.repoRoot().resolve("generator/src/test/resources/fixtures/invalid");

  @TempDir Path out;

  /** The problem lines kb printed, hints and the summary left out, folders as placeholders. */
  private static List<String> problems(Cli cli, Path fixture) {
    return cli.err()
        .lines()
        .filter(line -> !line.startsWith("  hint: ") && !line.startsWith("kb: "))
        .map(line -> line.replace(fixture.toString(), "<fixture>"))
        .toList();
  }

  private static Path templates(Path fixture) {
    Path own = fixture.resolve("templates");
    return Files.isDirectory(own) ? own : TestContent.repoRoot().resolve("templates");
  }

  private List<Cli> checkAndBuild(Path fixture) {
    String content = fixture.resolve("content").toString();
    String templates = templates(fixture).toString();
    return List.of(
        Cli.run("check", "--content", content, "--templates", templates),
        Cli.run("build", "--content", content, "--templates", templates, "--out", out.toString()));
  }

  @Test
  void anUnknownVariableABrokenAnchorAMissingImageAndAnUnclosedBlockShowInOneRun() {
    Path fixture = FIXTURES.resolve("four-problems-one-page");
    for (Cli cli : checkAndBuild(fixture)) {
      assertEquals(1, cli.exitCode(), cli.err());
      assertEquals(
          List.of(
              "<fixture>/content/faq/guide.md:9:7: unknown variable 'app' for brand alpha",
              "<fixture>/content/faq/guide.md:9:7: unknown variable 'app' for brand beta",
              "<fixture>/content/faq/guide.md:9:32: unknown variable 'app' for brand alpha",
              "<fixture>/content/faq/guide.md:9:32: unknown variable 'app' for brand beta",
              "<fixture>/content/faq/guide.md:11:10: link target '#15' not found for brand alpha",
              "<fixture>/content/faq/guide.md:11:10: link target '#15' not found for brand beta",
              "<fixture>/content/faq/guide.md:13:1: image '../images/start.png' not found for"
                  + " brand alpha",
              "<fixture>/content/faq/guide.md:13:1: image '../images/start.png' not found for"
                  + " brand beta",
              "<fixture>/content/faq/guide.md:15: brand block is not closed"),
          problems(cli, fixture));
    }
  }

  @Test
  void aLinkBrokenOnlyByAnUnknownVariableOnItsLineIsNotReportedAgain() {
    Path fixture = FIXTURES.resolve("four-problems-one-page");
    Cli cli = checkAndBuild(fixture).get(0);
    // Line 9 links to '{{app}}.md', which is '.md' once the unknown variable is left out.
    assertEquals(
        List.of(), problems(cli, fixture).stream().filter(line -> line.contains("'.md'")).toList());
  }

  @Test
  void aBrokenAnchorGetsTheNearestIdOfItsPageAsAHint() {
    Cli cli = checkAndBuild(FIXTURES.resolve("four-problems-one-page")).get(0);
    assertEquals(
        2,
        cli.err()
            .lines()
            .filter(
                "  hint: no anchor #15 on faq/guide.md in this brand's site; did you mean #150?"
                    ::equals)
            .count(),
        cli.err());
  }

  @Test
  void problemsOfPagesBrandFilesAndTemplatesShowInOneRun() {
    Path fixture = FIXTURES.resolve("problems-in-every-input");
    for (Cli cli : checkAndBuild(fixture)) {
      assertEquals(2, cli.exitCode(), cli.err());
      assertEquals(
          List.of(
              "<fixture>/content/brands/beta.yml:1: missing required key 'name'",
              "<fixture>/content/faq/guide.md:5:1: duplicate key 'title': already given at line 2",
              "<fixture>/templates/page.mustache:2: template syntax error: Failed to close"
                  + " 'questions' tag"),
          problems(cli, fixture));
    }
  }

  @Test
  void aPageWithAQuestionWithoutIdDoesNotHideBrokenLinksOfOtherPages() {
    TestContent content = TestContent.twoBrands(out.resolve("src"));
    content.write("faq/a.md", TestContent.page("A", "A", 1, "## No id\n\nText.\n"));
    content.write("faq/b.md", TestContent.page("B", "B", 2, "## Q {#1}\n\nSee [a](a.md#2).\n"));
    Cli cli =
        Cli.run(
            "check",
            "--content",
            content.root().toString(),
            "--templates",
            TestContent.repoRoot().resolve("templates").toString());
    assertEquals(1, cli.exitCode(), cli.err());
    assertEquals(
        List.of(
            "<fixture>/faq/a.md:6:1: question has no id",
            "<fixture>/faq/b.md:8:5: link target 'a.md#2' not found for brand alpha",
            "<fixture>/faq/b.md:8:5: link target 'a.md#2' not found for brand beta"),
        problems(cli, content.root()));
  }
}
