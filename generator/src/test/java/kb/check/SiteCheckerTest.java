package kb.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kb.TestContent;
import kb.build.BuildOptions;
import kb.build.SiteBuild;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks of a finished site: brand leaks with their source lines, and template links. */
class SiteCheckerTest {

  @TempDir Path dir;

  private TestContent content(String alphaLint) {
    TestContent content = TestContent.twoBrands(dir);
    content.write(
        "brands/alpha.yml", TestContent.brand("alpha", "Alpha", "alphapkg", "#112233") + alphaLint);
    return content;
  }

  private static final String FORBID =
      "lint:\n  forbidden_terms: [BetaApp, beta.example, /beta-doc/]\n";

  private List<CheckReport> check(TestContent content, Path templates) {
    return new SiteBuild()
        .check(new BuildOptions(content.root(), templates, dir.resolve("unused"), "all"));
  }

  private List<CheckReport> check(TestContent content) {
    return check(content, TestContent.repoRoot().resolve("templates"));
  }

  private List<Diagnostic> problems(TestContent content) {
    return assertThrows(BuildFailedException.class, () -> check(content)).diagnostics();
  }

  @Test
  void cleanSiteReportsWhatWasChecked() {
    TestContent content = content(FORBID);
    content.write("faq/a.md", TestContent.page("A", "A", 1, "## Q {#1}\n\nSee [q](#1).\n"));
    List<CheckReport> reports = check(content);
    assertEquals(2, reports.size());
    CheckReport alpha = reports.get(0);
    assertEquals("alpha", alpha.brand());
    assertEquals(1, alpha.pages());
    assertEquals(1, alpha.questions());
    assertTrue(alpha.links() > 5, "links checked: " + alpha.links());
  }

  @Test
  void otherBrandsNameInSharedTextIsReportedAtItsLineAndColumn() {
    TestContent content = content(FORBID);
    content.write(
        "faq/a.md", TestContent.page("A", "A", 1, "## Q {#1}\n\nOpen the betaapp now.\n"));
    Diagnostic d = problems(content).get(0);
    assertEquals(8, d.where().line());
    assertEquals(10, d.where().column());
    assertEquals("'betaapp' belongs to another brand but shows in brand alpha", d.message());
    assertTrue(d.hint().contains("lint.allowed_mentions"), d.hint());
  }

  @Test
  void otherBrandsDomainInALinkTargetIsALeak() {
    TestContent content = content(FORBID);
    content.write(
        "faq/a.md",
        TestContent.page("A", "A", 1, "## Q {#1}\n\n[Download](https://www.beta.example/x)\n"));
    Diagnostic d = problems(content).get(0);
    assertEquals("'beta.example' belongs to another brand but shows in brand alpha", d.message());
    assertEquals(8, d.where().line());
  }

  @Test
  void otherBrandsImagePathAndAltTextAreLeaks() {
    TestContent content = content(FORBID);
    content.write("images/betaapp-login.png", new byte[] {1});
    content.write(
        "faq/a.md",
        TestContent.page(
            "A", "A", 1, "## Q {#1}\n\nText.\n\n![Login](../images/betaapp-login.png)\n"));
    Diagnostic d = problems(content).get(0);
    assertEquals(10, d.where().line());
  }

  @Test
  void termInsideTheOtherBrandsBlockIsNoLeak() {
    TestContent content = content(FORBID);
    content.write(
        "faq/a.md",
        TestContent.page(
            "A", "A", 1, "## Q {#1}\n\n{% brand beta %}\nUse BetaApp.\n{% endbrand %}\n"));
    assertEquals(2, check(content).size());
  }

  @Test
  void allowedMentionPassesButTheSameTermElsewhereDoesNot() {
    String lint = FORBID + "  allowed_mentions: [\"formerly known as BetaApp\"]\n";
    TestContent content = content(lint);
    content.write(
        "faq/a.md",
        TestContent.page("A", "A", 1, "## Q {#1}\n\nOurs, formerly known as BetaApp.\n"));
    assertEquals(2, check(content).size());
    content.write(
        "faq/a.md",
        TestContent.page(
            "A", "A", 1, "## Q {#1}\n\nOurs, formerly known as BetaApp.\n\nBetaApp users too.\n"));
    Diagnostic d = problems(content).get(0);
    assertEquals(10, d.where().line());
  }

  @Test
  void leakFromATemplateNamesTheSiteFileAndTheTemplates() throws IOException {
    TestContent content = content(FORBID);
    content.write("faq/a.md", TestContent.page("A", "A", 1, "## Q {#1}\n\nFine.\n"));
    Path templates = copyTemplates();
    Path footer = templates.resolve("partials/footer.mustache");
    Files.writeString(footer, "<footer>Also try BetaApp</footer>\n");
    List<Diagnostic> problems =
        assertThrows(BuildFailedException.class, () -> check(content, templates)).diagnostics();
    Diagnostic d = problems.get(0);
    assertEquals(Path.of("alpha", "index.html"), d.where().file());
    assertTrue(d.hint().contains("look in the templates"), d.hint());
  }

  @Test
  void brokenLinkInATemplateIsReported() throws IOException {
    TestContent content = content(FORBID);
    content.write("faq/a.md", TestContent.page("A", "A", 1, "## Q {#1}\n\nFine.\n"));
    Path templates = copyTemplates();
    Files.writeString(
        templates.resolve("partials/footer.mustache"),
        "<footer><a href=\"{{root}}help.html\">Help</a></footer>\n");
    Diagnostic d =
        assertThrows(BuildFailedException.class, () -> check(content, templates))
            .diagnostics()
            .get(0);
    assertEquals("link target 'help.html' not found for brand alpha", d.message());
    assertEquals(templates, d.where().file());
  }

  @Test
  void linksATemplateWritesInSingleQuotesUnquotedOrInUpperCaseAreCheckedToo() throws IOException {
    TestContent content = content(FORBID);
    content.write("faq/a.md", TestContent.page("A", "A", 1, "## Q {#1}\n\nFine.\n"));
    Path templates = copyTemplates();
    Files.writeString(
        templates.resolve("partials/footer.mustache"),
        "<footer><A HREF='{{root}}gone.html'>G</A> <a href={{root}}missing.html>M</a>"
            + " <IMG SRC={{root}}none.png alt=''></footer>\n");
    List<Diagnostic> problems =
        assertThrows(BuildFailedException.class, () -> check(content, templates)).diagnostics();
    assertEquals(
        List.of(
            "link target 'gone.html' not found for brand alpha",
            "link target 'missing.html' not found for brand alpha",
            "link target 'none.png' not found for brand alpha"),
        problems.stream().map(Diagnostic::message).limit(3).toList());
  }

  @Test
  void aScriptUrlInATemplateIsAnErrorAtItsTemplateLineAndColumnOnceForEachBrand()
      throws IOException {
    TestContent content = content(FORBID);
    content.write("faq/a.md", TestContent.page("A", "A", 1, "## Q {#1}\n\nFine.\n"));
    Path templates = copyTemplates();
    Path footer = templates.resolve("partials/footer.mustache");
    Files.writeString(
        footer,
        "<footer>\n  <a HREF='JaVaScRiPt:alert(1)'>Help</a>\n"
            + "  <form action=\"jav&#x61;script:alert(2)\"></form>\n</footer>\n");
    List<Diagnostic> problems =
        assertThrows(BuildFailedException.class, () -> check(content, templates)).diagnostics();
    String script = " uses the URL scheme 'javascript:', which kb does not allow";
    String a = footer + ":2:12: URL 'JaVaScRiPt:alert(1)' of <a href>" + script;
    String form = footer + ":3:17: URL 'javascript:alert(2)' of <form action>" + script;
    // Diagnostics come sorted by place; the hint names each brand's first page.
    assertEquals(
        List.of(a, a, form, form),
        problems.stream().map(d -> d.where() + ": " + d.message()).toList());
    assertTrue(problems.get(0).hint().contains("alpha/index.html"), problems.get(0).hint());
    assertTrue(problems.get(1).hint().contains("beta/index.html"), problems.get(1).hint());
  }

  @Test
  void brokenLinkInATemplateFailsTheBuildAndLeavesThePreviousSitesAsTheyWere() throws IOException {
    TestContent content = content(FORBID);
    content.write("faq/a.md", TestContent.page("A", "A", 1, "## Q {#1}\n\nFine.\n"));
    Path out = dir.resolve("out");
    BuildOptions good = content.options(out, "all");
    new SiteBuild().run(good);
    String before = Files.readString(out.resolve("alpha/faq/a.html"));
    Path templates = copyTemplates();
    Files.writeString(
        templates.resolve("partials/footer.mustache"),
        "<footer><a href=\"{{root}}help.html\">Help</a></footer>\n");
    BuildOptions broken = new BuildOptions(content.root(), templates, out, "all");
    List<Diagnostic> problems =
        assertThrows(BuildFailedException.class, () -> new SiteBuild().run(broken)).diagnostics();
    // Pages are checked as they are written, on all cores; problems still come in site order.
    assertEquals("link target 'help.html' not found for brand alpha", problems.get(0).message());
    assertTrue(problems.get(0).hint().contains("alpha/index.html"), problems.get(0).hint());
    assertEquals(before, Files.readString(out.resolve("alpha/faq/a.html")));
    try (var left = Files.list(out)) {
      assertEquals(
          List.of(".lucene", "alpha", "beta"),
          left.map(p -> p.getFileName().toString()).sorted().toList(),
          "no staging folder left");
    }
  }

  private Path copyTemplates() throws IOException {
    return copyTemplates(dir);
  }

  /** A copy of the repository's templates in {@code dir}, to edit. */
  static Path copyTemplates(Path dir) throws IOException {
    Path source = TestContent.repoRoot().resolve("templates");
    Path target = dir.resolve("templates");
    try (var files = Files.walk(source)) {
      for (Path file : files.toList()) {
        Path copy = target.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(file, copy);
        }
      }
    }
    return target;
  }
}
