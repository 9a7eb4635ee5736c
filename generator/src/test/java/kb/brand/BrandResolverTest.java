package kb.brand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import kb.TestContent;
import kb.content.ContentLoader;
import kb.content.ContentSet;
import kb.content.FrontMatter;
import kb.content.SourcePage;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.Diagnostic;
import kb.diagnostic.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Brand blocks and variables: what each brand keeps, and the errors with file and line. */
class BrandResolverTest {

  @TempDir Path dir;

  private String resolve(String body, String brandId) {
    return resolvePage(body, brandId).markdown();
  }

  private BrandedPage resolvePage(String body, String brandId) {
    TestContent content = TestContent.twoBrands(dir);
    content.write("faq/a.md", TestContent.page("A", "A", 1, body));
    ContentSet set = new ContentLoader().load(content.root());
    BrandCatalog brands = BrandCatalog.load(content.root().resolve("brands"));
    Brand brand = brands.select(brandId).get(0);
    return new BrandResolver(brands.ids()).resolve(set, brand).get(0);
  }

  @Test
  void brandBlockIsKeptForItsBrandAndDroppedForTheOther() {
    String body = "shared\n{% brand alpha %}\nonly alpha\n{% endbrand %}\nend\n";
    assertEquals("shared\nonly alpha\nend\n", resolve(body, "alpha"));
    assertEquals("shared\nend\n", resolve(body, "beta"));
  }

  @Test
  void brandBlockMayNameSeveralBrands() {
    String body = "{% brand alpha, beta %}\nboth\n{% endbrand %}\n";
    assertEquals("both\n", resolve(body, "alpha"));
    assertEquals("both\n", resolve(body, "beta"));
  }

  @Test
  void nestedBlocksShowOnlyWhenEveryEnclosingBlockNamesTheBrand() {
    String body =
        "{% brand alpha, beta %}\nouter\n{% brand beta %}\ninner\n{% endbrand %}\n{% endbrand %}\n";
    assertEquals("outer\n", resolve(body, "alpha"));
    assertEquals("outer\ninner\n", resolve(body, "beta"));
  }

  @Test
  void brandBlockWorksInsideListItemsAndCodeFences() {
    String body =
        String.join(
            "\n",
            "1. step",
            "   {% brand alpha %}",
            "   alpha detail",
            "   {% endbrand %}",
            "2. next",
            "",
            "```python",
            "{% brand beta %}",
            "import beta_only",
            "{% endbrand %}",
            "print(1)",
            "```",
            "");
    String alpha = resolve(body, "alpha");
    String beta = resolve(body, "beta");
    assertTrue(alpha.contains("   alpha detail\n2. next"), alpha);
    assertTrue(!alpha.contains("beta_only"), alpha);
    assertTrue(beta.contains("```python\nimport beta_only\nprint(1)"), beta);
    assertTrue(!beta.contains("alpha detail"), beta);
  }

  @Test
  void variablesAreReplacedInProseLinksImagesAndCode() {
    String body =
        String.join(
            "\n",
            "Use {{app_name}} and [home]({{links.home}}).",
            "![logo](img/{{id}}.png)",
            "- item with {{ python.package }}",
            "```python",
            "from {{python.package}} import *",
            "```",
            "");
    String alpha = resolve(body, "alpha");
    assertTrue(alpha.contains("Use AlphaApp and [home](https://www.alpha.example/)."), alpha);
    assertTrue(alpha.contains("![logo](img/alpha.png)"), alpha);
    assertTrue(alpha.contains("- item with alphapkg"), alpha);
    assertTrue(alpha.contains("from alphapkg import *"), alpha);
    assertTrue(resolve(body, "beta").contains("from betapkg import *"));
  }

  @Test
  void quotedTextInBracesWritesBracesLiterally() {
    String body = "Vue: {{ \"{{\" }} msg }} and {{ \"{%\" }} brand x %}\n";
    assertEquals("Vue: {{ msg }} and {% brand x %}\n", resolve(body, "alpha"));
  }

  @Test
  void bracesThatAreNotAVariableStayText() {
    assertEquals("a {{ not a var! }} b {x}\n", resolve("a {{ not a var! }} b {x}\n", "alpha"));
  }

  @Test
  void unknownVariableIsAnErrorWithFileLineAndColumn() {
    BuildFailedException e =
        assertThrows(BuildFailedException.class, () -> resolve("ok\n\nsee {{app_nme}}\n", "alpha"));
    Diagnostic d = e.diagnostics().get(0);
    assertTrue(d.where().file().endsWith(Path.of("faq/a.md")), d.format());
    assertEquals(8, d.where().line(), "front matter is 5 lines, then ok, blank, the variable");
    assertEquals(5, d.where().column());
    assertEquals("unknown variable 'app_nme' for brand alpha", d.message());
    assertEquals("did you mean {{app_name}}?", d.hint());
  }

  @Test
  void unknownVariableInsideCodeFenceIsAnError() {
    BuildFailedException e =
        assertThrows(
            BuildFailedException.class, () -> resolve("```\nfrom {{py}} import *\n```\n", "beta"));
    assertEquals(7, e.diagnostics().get(0).where().line());
    assertTrue(e.getMessage().contains("unknown variable 'py' for brand beta"), e.getMessage());
  }

  @Test
  void unknownBrandInBlockIsAnErrorNamingTheKnownBrands() {
    BuildFailedException e =
        assertThrows(
            BuildFailedException.class,
            () -> resolve("{% brand gamma %}\nx\n{% endbrand %}\n", "alpha"));
    Diagnostic d = e.diagnostics().get(0);
    assertEquals("unknown brand 'gamma' in brand block", d.message());
    assertEquals(6, d.where().line());
    assertEquals("known brands: alpha, beta", d.hint());
  }

  @Test
  void unclosedBlockIsAnErrorAtItsOpeningLine() {
    BuildFailedException e =
        assertThrows(
            BuildFailedException.class, () -> resolve("a\n{% brand beta %}\nb\n", "alpha"));
    assertEquals("brand block is not closed", e.diagnostics().get(0).message());
    assertEquals(7, e.diagnostics().get(0).where().line());
  }

  @Test
  void strayEndIsAnError() {
    BuildFailedException e =
        assertThrows(BuildFailedException.class, () -> resolve("a\n{% endbrand %}\n", "alpha"));
    assertTrue(e.diagnostics().get(0).message().contains("without a matching"));
  }

  @Test
  void misspelledDirectiveIsAnError() {
    BuildFailedException e =
        assertThrows(
            BuildFailedException.class,
            () -> resolve("{% brnad alpha %}\nx\n{% endbrand %}\n", "alpha"));
    assertTrue(e.getMessage().contains("unknown directive '{% brnad alpha %}'"), e.getMessage());
  }

  @Test
  void lineMapPointsPastRemovedLinesToTheSourceLine() {
    String body = "{% brand beta %}\nbeta 1\nbeta 2\n{% endbrand %}\ntarget\n";
    BrandedPage page = resolvePage(body, "alpha");
    assertEquals("target\n", page.markdown());
    assertEquals(10, page.lines().at(0).line());
    assertEquals(10, page.lines().line(0).line());
  }

  @Test
  void linesAVariablesValueMakesMapToTheVariablesLine() {
    TestContent content = TestContent.twoBrands(dir);
    content.write(
        "brands/alpha.yml",
        TestContent.brand("alpha", "Alpha", "alphapkg", "#112233") + "footer: \"x\\ny\\nz\"\n");
    content.write("faq/a.md", TestContent.page("A", "A", 1, "a {{footer}} b\nnext\n"));
    ContentSet set = new ContentLoader().load(content.root());
    BrandCatalog brands = BrandCatalog.load(content.root().resolve("brands"));
    BrandedPage page = new BrandResolver(brands.ids()).resolve(set, brands.all().get(0)).get(0);
    assertEquals("a x\ny\nz b\nnext\n", page.markdown());
    // The body starts on line 6: the value's three lines are all line 6, "next" is line 7.
    int y = page.markdown().indexOf('y');
    assertEquals(6, page.lines().at(y).line());
    assertEquals(1, page.lines().at(y).column());
    assertEquals(7, page.lines().at(page.markdown().indexOf("next")).line());
    assertEquals(7, page.lines().line(3).line());
  }

  @Test
  void frontMatterTitleTakesVariables() {
    TestContent content = TestContent.twoBrands(dir);
    content.write("faq/a.md", TestContent.page("\"{{name}} basics\"", "Basics", 1, "x\n"));
    ContentSet set = new ContentLoader().load(content.root());
    BrandCatalog brands = BrandCatalog.load(content.root().resolve("brands"));
    List<BrandedPage> pages = new BrandResolver(brands.ids()).resolve(set, brands.all().get(1));
    assertEquals("Beta basics", pages.get(0).title());
  }

  /**
   * Random pages of text, braces, variables and nested blocks, for each brand: the Markdown and the
   * source line of every kept line are what reading the page line by line gives.
   */
  @Test
  void resolvesRandomPagesAsReadingThemLineByLineDoes() {
    TestContent content = TestContent.twoBrands(dir);
    BrandCatalog brands = BrandCatalog.load(content.root().resolve("brands"));
    BrandResolver resolver = new BrandResolver(brands.ids());
    String[] pieces = {
      "text",
      "",
      " ",
      "{",
      "}",
      "{x}",
      "{{name}}",
      "a {{ name }} b",
      "{{ \"{%\" }}",
      "{%",
      "  - item"
    };
    String[] directives = {"{% brand alpha %}", "{% brand beta %}", "  {% brand alpha, beta %}"};
    Random random = new Random(20261126);
    for (int round = 0; round < 2_000; round++) {
      StringBuilder body = new StringBuilder();
      int depth = 0;
      int lines = random.nextInt(14);
      for (int i = 0; i < lines; i++) {
        int kind = random.nextInt(6);
        if (kind == 0) {
          body.append(directives[random.nextInt(directives.length)]);
          depth++;
        } else if (kind == 1 && depth > 0) {
          body.append("{% endbrand %}");
          depth--;
        } else {
          body.append(pieces[random.nextInt(pieces.length)]);
          body.append(pieces[random.nextInt(pieces.length)]);
        }
        body.append('\n');
      }
      body.append("{% endbrand %}\n".repeat(depth));
      if (random.nextBoolean()) {
        body.append("last");
      }
      for (Brand brand : brands.all()) {
        SourcePage page =
            new SourcePage(
                dir.resolve("a.md"),
                "a.md",
                new FrontMatter("A", "A", 1, "", "", null),
                body.toString(),
                5);
        Diagnostics problems = new Diagnostics();
        BrandedPage resolved = resolver.resolve(page, brand, problems);
        assertTrue(problems.isEmpty(), body::toString);
        List<String> kept = new ArrayList<>();
        List<Integer> sourceLines = new ArrayList<>();
        lineByLine(body.toString(), brand, kept, sourceLines);
        assertEquals(String.join("\n", kept), resolved.markdown(), body::toString);
        int offset = 0;
        for (int i = 0; i < kept.size(); i++) {
          assertEquals(sourceLines.get(i), resolved.lines().line(i).line(), body::toString);
          int middle = offset + kept.get(i).length() / 2;
          assertEquals(sourceLines.get(i), resolved.lines().at(middle).line(), body::toString);
          assertEquals(middle - offset + 1, resolved.lines().at(middle).column(), body::toString);
          offset += kept.get(i).length() + 1;
        }
      }
    }
  }

  /** The reference: each line on its own, blocks tracked on a stack, variables replaced. */
  private static void lineByLine(
      String body, Brand brand, List<String> kept, List<Integer> sourceLines) {
    Deque<Boolean> open = new ArrayDeque<>();
    String[] lines = body.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.startsWith("{% brand ")) {
        open.push(line.contains(brand.id()));
      } else if (line.equals("{% endbrand %}")) {
        open.pop();
      } else if (!open.contains(false)) {
        kept.add(
            lines[i]
                .replace("{{name}}", brand.variables().get("name"))
                .replace("{{ name }}", brand.variables().get("name"))
                .replace("{{ \"{%\" }}", "{%"));
        sourceLines.add(5 + i);
      }
    }
  }
}
