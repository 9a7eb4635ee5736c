package kb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import kb.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kb search}: ranked lines from the index a build wrote, and errors without one. */
class SearchCommandTest {

  @TempDir Path dir;

  @Test
  void printsRankedQuestionsWithScoreAndUrl() {
    TestContent content = TestContent.twoBrands(dir);
    content.write(
        "faq/a.md",
        TestContent.page(
            "A",
            "A",
            1,
            "## Telnet port? {#1}\n\nSet the port.\n\n## Logs? {#2}\n\nAsk telnet.\n"));
    String out = dir.resolve("out").toString();
    String templates = TestContent.repoRoot().resolve("templates").toString();
    Cli build =
        Cli.run(
            "build",
            "--content",
            content.root().toString(),
            "--templates",
            templates,
            "--out",
            out);
    assertEquals(0, build.exitCode(), build.err());
    Cli search = Cli.run("search", "--brand", "beta", "--out", out, "--limit", "1", "telnet");
    assertEquals(0, search.exitCode(), search.err());
    assertTrue(
        search.out().matches(" 1 +\\d+\\.\\d{4}  Q1: Telnet port\\?  faq/a.html#1\\n"),
        search.out());
    Cli none = Cli.run("search", "--brand", "beta", "--out", out, "zzzz");
    assertEquals("no results\n", none.out());
  }

  @Test
  void withoutABuildItExitsWithTwoAndSaysWhatToDo() {
    Cli search = Cli.run("search", "--brand", "futu", "--out", dir.toString(), "port");
    assertEquals(2, search.exitCode());
    assertTrue(search.err().contains("no search index for brand futu"), search.err());
    assertTrue(search.err().contains("hint: run kb build first"), search.err());
  }

  @Test
  void searchesASiteInChineseWithChineseAnalysisAndRefusesALanguageItLacks() {
    Path content =
        TestContent.repoRoot()
            .resolve("generator/src/test/resources/fixtures/search/chinese/zh-HK/content");
    String out = dir.resolve("out").toString();
    String templates = TestContent.repoRoot().resolve("templates").toString();
    Cli build =
        Cli.run("build", "--content", content.toString(), "--templates", templates, "--out", out);
    assertEquals(0, build.exitCode(), build.err());
    // Simplified characters, on the Traditional site: 設備鎖 ("device lock").
    Cli search = Cli.run("search", "--brand", "futu", "--out", out, "--limit", "1", "设备锁");
    assertEquals(0, search.exitCode(), search.err());
    assertTrue(search.out().endsWith("  faq/opend.html#2453\n"), search.out());
    Cli same = Cli.run("search", "--brand", "futu", "--lang", "zh-HK", "--out", out, "设备锁");
    assertEquals(0, same.exitCode(), same.err());
    assertTrue(same.out().startsWith(search.out()), same.out());
    Cli english = Cli.run("search", "--brand", "futu", "--lang", "en", "--out", out, "lock");
    assertEquals(2, english.exitCode());
    assertTrue(
        english.err().contains("brand futu has no site in en: its sites are in zh-HK"),
        english.err());
    assertTrue(english.err().contains("hint: search with --lang zh-HK"), english.err());
  }

  @Test
  void withoutABrandEveryBrandsRankingIsPrintedUnderItsId() {
    TestContent content = TestContent.twoBrands(dir);
    content.write(
        "faq/a.md",
        TestContent.page(
            "A",
            "A",
            1,
            "## Telnet port? {#1}\n\n{% brand beta %}\nTelnet.\n{% endbrand %}\n\n"
                + "## Logs? {#2}\n\nAsk telnet.\n"));
    String out = dir.resolve("out").toString();
    String templates = TestContent.repoRoot().resolve("templates").toString();
    Cli build =
        Cli.run(
            "build",
            "--content",
            content.root().toString(),
            "--templates",
            templates,
            "--out",
            out);
    assertEquals(0, build.exitCode(), build.err());
    Cli search = Cli.run("search", "--out", out, "--limit", "1", "telnet");
    assertEquals(0, search.exitCode(), search.err());
    assertTrue(
        search
            .out()
            .matches(
                "alpha:\n 1 +\\d+\\.\\d{4}  Q1: Telnet port\\?  faq/a.html#1\n"
                    + "\nbeta:\n 1 +\\d+\\.\\d{4}  Q1: Telnet port\\?  faq/a.html#1\n"),
        search.out());
    Cli beta = Cli.run("search", "--brand", "beta", "--out", out, "--limit", "1", "telnet");
    assertTrue(beta.out().startsWith(" 1 "), "one brand asked for, no heading: " + beta.out());
  }

  @Test
  void withoutABrandOrABuildItExitsWithTwoAndSaysWhatToDo() {
    Cli search = Cli.run("search", "--out", dir.toString(), "port");
    assertEquals(2, search.exitCode());
    assertTrue(search.err().contains(".lucene: no search index for any brand"), search.err());
    assertTrue(search.err().contains("hint: run kb build first"), search.err());
  }

  @Test
  void eachLanguageOfTheShippedSitesIsSearchedInItsOwnIndex() {
    String out = dir.resolve("out").toString();
    Cli build =
        Cli.run(
            "build",
            "--brand",
            "futu",
            "--out",
            out,
            "--content",
            TestContent.repoRoot().resolve("content").toString(),
            "--templates",
            TestContent.repoRoot().resolve("templates").toString());
    assertEquals(0, build.exitCode(), build.err());
    Cli zh =
        Cli.run(
            "search", "--brand", "futu", "--lang", "zh-CN", "--out", out, "--limit", "1", "後台运行");
    assertEquals(0, zh.exitCode(), zh.err());
    assertTrue(zh.out().endsWith("  zh-CN/faq/opend.html#758\n"), zh.out());
    Cli fr = Cli.run("search", "--brand", "futu", "--lang", "fr", "--out", out, "port");
    assertEquals(2, fr.exitCode());
    assertTrue(
        fr.err().contains("brand futu has no site in fr: its sites are in en, zh-CN, zh-HK"),
        fr.err());
  }
}
