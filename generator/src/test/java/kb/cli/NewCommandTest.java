package kb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kb.TestContent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kb new} and {@code kb add-question}: the id and file:line printed, exit codes. */
class NewCommandTest {

  private static final Pattern ADDED = Pattern.compile("added question (\\d{4}) at (.+):(\\d+)\\n");

  @TempDir Path dir;

  private TestContent content;
  private Path page;

  @BeforeEach
  void writeContent() {
    content = TestContent.twoBrands(dir);
    content.write("faq/a.md", TestContent.page("A", "A", 1, "## First? {#1}\n\nYes.\n"));
    page = content.root().resolve("faq/a.md");
  }

  /** {@code kb new --content <content> --page <page>} and the rest of the arguments. */
  private Cli addQuestion(Path page, String... rest) {
    List<String> args =
        new ArrayList<>(
            List.of("new", "--content", content.root().toString(), "--page", page.toString()));
    args.addAll(List.of(rest));
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void printsTheNewIdAndWhereItsHeadingIs() throws IOException {
    Cli cli = addQuestion(page, "How do I restart OpenD?");
    assertEquals(0, cli.exitCode(), cli.err());
    Matcher added = ADDED.matcher(cli.out());
    assertTrue(added.matches(), cli.out());
    assertEquals(page.toString(), added.group(2));
    String heading = Files.readAllLines(page).get(Integer.parseInt(added.group(3)) - 1);
    assertEquals("## How do I restart OpenD? {#" + added.group(1) + "}", heading);
  }

  @Test
  void addQuestionIsTheSameCommandAndTakesUnquotedWords() throws IOException {
    Cli cli =
        Cli.run(
            "add-question",
            "--content",
            content.root().toString(),
            "--page",
            page.toString(),
            "Why",
            "is",
            "it",
            "slow?");
    assertEquals(0, cli.exitCode(), cli.err());
    assertTrue(Files.readString(page).contains("\n## Why is it slow? {#"), Files.readString(page));
  }

  @Test
  void missingPageExitsWithTwoNamingIt() {
    Path missing = content.root().resolve("faq/none.md");
    Cli cli = addQuestion(missing, "Q?");
    assertEquals(2, cli.exitCode());
    assertTrue(cli.err().startsWith(missing + ": page not found\n"), cli.err());
    assertFalse(cli.err().contains("Exception"), cli.err());
  }

  @Test
  void fileThatIsNotAPageExitsWithTwo() {
    Path brand = content.root().resolve("brands/alpha.yml");
    Cli cli = addQuestion(brand, "Q?");
    assertEquals(2, cli.exitCode());
    assertTrue(cli.err().startsWith(brand + ": not a page of " + content.root()), cli.err());
  }

  @Test
  void pageLeftInsideACodeBlockExitsWithOne() {
    content.write("faq/a.md", TestContent.page("A", "A", 1, "## First? {#1}\n\n```\ncode\n"));
    Cli cli = addQuestion(page, "Q?");
    assertEquals(1, cli.exitCode());
    assertTrue(cli.err().startsWith(page + ":8: the page ends inside this code block"), cli.err());
  }

  @Test
  void theAnswerLeftAsThePlaceholderFailsCheckAndBuildAtItsLine() throws IOException {
    Cli added = addQuestion(page, "Q?");
    assertEquals(0, added.exitCode(), added.err());
    // A link into the unfinished page is not reported too: the page is whole.
    content.write("faq/b.md", TestContent.page("B", "B", 2, "## Other? {#9}\n\n[x](a.md#1)\n"));
    String templates = TestContent.repoRoot().resolve("templates").toString();
    String placeholder =
        page
            + ":12:1: the answer is still the placeholder 'A: TODO: write the answer.'\n"
            + "  hint: write the answer in its place, or remove the question\n";
    Cli check = Cli.run("check", "--content", content.root().toString(), "--templates", templates);
    assertEquals(1, check.exitCode(), check.err());
    assertTrue(check.err().startsWith(placeholder), check.err());
    assertTrue(check.err().endsWith("kb: failed with 1 problem\n"), check.err());
    Path out = dir.resolve("out");
    Cli build =
        Cli.run(
            "build",
            "--content",
            content.root().toString(),
            "--templates",
            templates,
            "--out",
            out.toString());
    assertEquals(1, build.exitCode(), build.err());
    assertTrue(build.err().contains(placeholder), build.err());
    assertFalse(Files.exists(out.resolve("alpha")));
    Files.writeString(page, Files.readString(page).replace("TODO: write the answer.", "Yes."));
    assertEquals(
        0,
        Cli.run("check", "--content", content.root().toString(), "--templates", templates)
            .exitCode());
  }

  @Test
  void aQuestionThePageAlreadyAsksExitsWithTwoNamingIt() {
    Cli cli = addQuestion(page, "First?");
    assertEquals(2, cli.exitCode());
    assertTrue(cli.err().startsWith(page + ":6: the page already asks 'First?'\n"), cli.err());
  }

  @Test
  void missingPageOptionExitsWithTwo() {
    Cli cli = Cli.run("new", "Q?");
    assertEquals(2, cli.exitCode());
    assertTrue(cli.err().contains("Missing required option: '--page=FILE'"), cli.err());
  }

  @Test
  void langAddsTheQuestionToThePagesTranslationOnly() throws IOException {
    content.write("languages.yml", "source: en\ntranslations: [zh-CN]\n");
    content.write("faq/a.zh-CN.md", TestContent.page("甲", "甲", 1, "## 第一？ {#1}\n\n是。\n"));
    Path translation = content.root().resolve("faq/a.zh-CN.md");
    String source = Files.readString(page);
    Cli cli = addQuestion(page, "--lang", "zh-CN", "如何重启 OpenD？");
    assertEquals(0, cli.exitCode(), cli.err());
    Matcher added = ADDED.matcher(cli.out());
    assertTrue(added.matches(), cli.out());
    assertEquals(translation.toString(), added.group(2));
    String heading = Files.readAllLines(translation).get(Integer.parseInt(added.group(3)) - 1);
    assertEquals("## 如何重启 OpenD？ {#" + added.group(1) + "}", heading);
    assertEquals(source, Files.readString(page), "the source page is left as it was");

    Cli unknown = addQuestion(page, "--lang", "fr", "Q?");
    assertEquals(2, unknown.exitCode(), unknown.err());
    assertTrue(unknown.err().contains("no language 'fr'"), unknown.err());
    assertTrue(unknown.err().contains("en, zh-CN"), unknown.err());
  }

  @Test
  void langWithoutATranslationOfThePageExitsWithTwoNamingTheFileToWrite() {
    content.write("languages.yml", "source: en\ntranslations: [zh-CN]\n");
    Cli cli = addQuestion(page, "--lang", "zh-CN", "Q?");
    assertEquals(2, cli.exitCode(), cli.err());
    assertTrue(cli.err().contains("a.zh-CN.md: no zh-CN translation of this page"), cli.err());
  }
}
