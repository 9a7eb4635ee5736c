package kb.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import kb.TestContent;
import kb.brand.Brand;
import kb.brand.BrandCatalog;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.Diagnostic;
import kb.diagnostic.ExitCode;
import kb.markdown.Question;
import kb.markdown.RenderedPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loading templates: syntax errors and missing templates are input errors with file and line; pages
 * of an earlier render are taken again only while what they show is unchanged.
 */
class PageRendererTest {

  @TempDir Path templates;

  private void writeAll(String pageTemplate) throws IOException {
    Files.writeString(templates.resolve("layout.mustache"), "<html>{{{content}}}</html>\n");
    Files.writeString(templates.resolve("home.mustache"), "home\n");
    Files.writeString(templates.resolve("page.mustache"), pageTemplate);
    Files.writeString(templates.resolve("not-found.mustache"), "not found\n");
    Files.writeString(templates.resolve("favicon.svg.mustache"), "<svg/>\n");
    Files.createDirectories(templates.resolve("messages"));
    Files.copy(
        TestContent.repoRoot().resolve("templates/messages/en.yml"),
        templates.resolve("messages/en.yml"),
        StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void syntaxErrorNamesTemplateFileAndLine() throws IOException {
    writeAll("<h1>{{title}}</h1>\n<ol>\n{{#questions}}\n<li>{{title}}</li>\n</ol>\n");
    BuildFailedException e =
        assertThrows(BuildFailedException.class, () -> new PageRenderer(templates));
    Diagnostic d = e.diagnostics().get(0);
    assertTrue(d.where().file().endsWith("page.mustache"), d.format());
    assertTrue(d.where().line() > 0, d.format());
    assertTrue(d.message().startsWith("template syntax error"), d.message());
    assertEquals(ExitCode.INPUT_ERROR, e.exitCode());
  }

  @Test
  void missingTemplateIsAnError() throws IOException {
    writeAll("ok\n");
    Files.delete(templates.resolve("home.mustache"));
    BuildFailedException e =
        assertThrows(BuildFailedException.class, () -> new PageRenderer(templates));
    assertEquals("template not found", e.diagnostics().get(0).message());
  }

  @Test
  void staticFilesComeFromTheAssetsFolder() throws IOException {
    writeAll("ok\n");
    Files.createDirectories(templates.resolve("assets/img"));
    Files.writeString(templates.resolve("assets/site.css"), "a{}");
    Files.writeString(templates.resolve("assets/img/x.svg"), "<svg/>");
    assertEquals(
        java.util.List.of("assets/img/x.svg", "assets/site.css"),
        new PageRenderer(templates).staticFiles().stream().map(StaticFile::path).toList());
  }

  @Test
  void scriptsAreWrittenWithoutCommentsAndOtherAssetsAreCopied() throws IOException {
    writeAll("ok\n");
    Files.createDirectories(templates.resolve("assets"));
    Files.writeString(templates.resolve("assets/site.css"), "/* kept */\na{}\n");
    Files.writeString(templates.resolve("assets/site.js"), "// why\n  go();\n");
    Files.write(templates.resolve("assets/latin1.js"), new byte[] {'/', '/', ' ', (byte) 0xe9});
    List<StaticFile> files = new PageRenderer(templates).staticFiles();
    assertEquals(
        List.of("assets/latin1.js", "assets/site.css", "assets/site.js"),
        files.stream().map(StaticFile::path).toList());
    assertEquals(Optional.empty(), files.get(0).text(), "not UTF-8: copied as it is");
    assertEquals(Optional.empty(), files.get(1).text());
    assertEquals(Optional.of("go();\n"), files.get(2).text());
  }

  @Test
  void earlierPagesAreTakenAgainUnlessTheyOrWhatTheyShowOfOthersChanged() throws IOException {
    writeAll(
        "{{title}}: {{#questions}}{{{answerHtml}}}{{/questions}} next {{#next}}{{title}}{{/next}}");
    PageRenderer renderer = new PageRenderer(templates);
    Brand brand = brand();
    List<RenderedPage> pages = List.of(page("a", "A", "one"), page("b", "B", "two"));
    List<SitePage> first = renderer.render(pages, brand);
    EarlierPages earlier = renderer.earlier(brand, pages, first);

    List<RenderedPage> bEdited = List.of(pages.get(0), page("b", "B", "two, edited"));
    List<SitePage> second = renderer.render(bEdited, brand, earlier);
    assertSame(first.get(1), second.get(1), "page a is taken again");
    assertEquals("<html>B: two, edited next </html>", second.get(2).html().strip());

    List<RenderedPage> bRetitled = List.of(pages.get(0), page("b", "B2", "two"));
    List<SitePage> third = renderer.render(bRetitled, brand, earlier);
    assertEquals("<html>A: one next B2</html>", third.get(1).html().strip(), "a shows b's title");
    assertEquals(renderer.render(bRetitled, brand), third);
  }

  @Test
  void theHomePageIsTakenAgainUntilAQuestionItListsChanges() throws IOException {
    writeAll("{{title}}");
    Files.writeString(
        templates.resolve("home.mustache"),
        "{{#categories}}{{#questions}}{{title}} {{url}};{{/questions}}{{/categories}}");
    PageRenderer renderer = new PageRenderer(templates);
    Brand brand = brand();
    List<RenderedPage> pages = List.of(page("a", "A", "one"), page("b", "B", "two"));
    List<SitePage> first = renderer.render(pages, brand);
    EarlierPages earlier = renderer.earlier(brand, pages, first);

    List<RenderedPage> answerEdited = List.of(pages.get(0), page("b", "B", "two, edited"));
    List<SitePage> second = renderer.render(answerEdited, brand, earlier);
    assertSame(first.get(0), second.get(0), "the home page lists no answer");
    assertSame(first.get(3), second.get(3), "nor does the not-found page");

    List<RenderedPage> questionRetitled =
        List.of(pages.get(0), page("b", "B", "two", "Another question?"));
    List<SitePage> third = renderer.render(questionRetitled, brand, earlier);
    assertEquals(
        "<html>Q? a.html#q;Another question? b.html#q;</html>", third.get(0).html().strip());
    assertEquals(renderer.render(questionRetitled, brand), third);
  }

  @Test
  void pagesFilledByOtherTemplatesAreNeverTakenAgain() throws IOException {
    writeAll("{{title}} before");
    Brand brand = brand();
    List<RenderedPage> pages = List.of(page("a", "A", "one"));
    PageRenderer before = new PageRenderer(templates);
    EarlierPages earlier = before.earlier(brand, pages, before.render(pages, brand));
    PageRenderer same = new PageRenderer(templates);
    assertSame(earlier.made().get(1), same.render(pages, brand, earlier).get(1));
    writeAll("{{title}} after");
    PageRenderer edited = new PageRenderer(templates);
    assertEquals(
        "<html>A after</html>", edited.render(pages, brand, earlier).get(1).html().strip());
  }

  @Test
  void partsAreWhereMarkdownAndValuesWentAndTheRestIsTemplateText() throws IOException {
    writeAll(
        "<h1>{{title}}</h1>{{{introHtml}}}{{#questions}}<h2 title=\"{{titleHtml}}\">"
            + "{{{titleHtml}}}</h2><div>{{{answerHtml}}}</div>{{/questions}}{{{introHtml}}}");
    Question q1 =
        new Question("1", List.of(), 1, "One", "<b>One</b>", "<p>a1</p>", "a1", null, 0, 0);
    Question q2 =
        new Question("2", List.of(), 2, "Two", "<i>Two</i>", "<p>a2</p>", "a2", null, 0, 0);
    RenderedPage page =
        new RenderedPage(
            "a.md",
            "a.html",
            "A",
            "",
            "A",
            "<p>intro</p>",
            List.of(q1, q2),
            null,
            List.of(),
            List.of(),
            null,
            null);
    SitePage made = new PageRenderer(templates).render(List.of(page), brand()).get(1);
    PageParts parts = made.parts();
    List<String> markdown = new java.util.ArrayList<>();
    for (int i = 0; i < parts.markdownCount(); i++) {
      markdown.add(made.html().substring(parts.markdownStart(i), parts.markdownEnd(i)));
    }
    assertEquals(
        List.of(
            "<p>intro</p>", "<b>One</b>", "<p>a1</p>", "<i>Two</i>", "<p>a2</p>", "<p>intro</p>"),
        markdown);
    assertEquals(
        List.of("A", "&lt;b&gt;One&lt;/b&gt;", "&lt;i&gt;Two&lt;/i&gt;"),
        parts.values(made.html()));
    assertEquals(
        "<html><h1>A</h1><h2 title=\"&lt;b&gt;One&lt;/b&gt;\"></h2><div></div>"
            + "<h2 title=\"&lt;i&gt;Two&lt;/i&gt;\"></h2><div></div></html>\n",
        parts.templateText(made.html()));
    assertEquals(
        "<html><h1>#</h1><h2 title=\"#\"></h2><div></div><h2 title=\"#\"></h2><div></div></html>\n",
        parts.skeleton(made.html(), '#'));
    assertEquals(
        PageParts.NONE, new PageRenderer(templates).render(List.of(page), brand()).get(0).parts());
  }

  @Test
  void theShippedTemplatesLeaveNoAnswerOrTitleToBeParsedAsTemplateText() {
    Question q =
        new Question(
            "7",
            List.of(),
            1,
            "Q?",
            "<code>Q</code>?",
            "<p>See <a href=\"#7\">this</a>.</p>",
            "See this.",
            null,
            0,
            0);
    RenderedPage page =
        new RenderedPage(
            "a.md",
            "a.html",
            "A",
            "",
            "A",
            "<p>Intro.</p>",
            List.of(q),
            null,
            List.of(),
            List.of(),
            null,
            null);
    SitePage made =
        new PageRenderer(TestContent.repoRoot().resolve("templates"))
            .render(List.of(page), brand())
            .get(1);
    String templateText = made.parts().templateText(made.html());
    for (String kbHtml : List.of("<p>Intro.</p>", "<code>Q</code>?", "<p>See <a href=\"#7\">")) {
      assertTrue(made.html().contains(kbHtml), kbHtml);
      assertFalse(templateText.contains(kbHtml), kbHtml);
    }
  }

  @Test
  void theShippedPageTemplateWritesEachAliasAsAnEmptyAnchorInTheQuestionHeading() {
    Question plain = new Question("7", List.of(), 1, "Q?", "Q?", "<p>A.</p>", "A.", null, 0, 0);
    Question aliased =
        new Question("8", List.of("q-old", "4410"), 2, "R?", "R?", "<p>B.</p>", "B.", null, 0, 0);
    RenderedPage page =
        new RenderedPage(
            "a.md",
            "a.html",
            "A",
            "",
            "A",
            "",
            List.of(plain, aliased),
            null,
            List.of(),
            List.of(),
            null,
            null);
    String html =
        new PageRenderer(TestContent.repoRoot().resolve("templates"))
            .render(List.of(page), brand())
            .get(1)
            .html();
    assertTrue(html.contains("<h2 id=\"7\"><span class=\"qnum\">"), html);
    assertTrue(
        html.contains(
            "<h2 id=\"8\"><span id=\"q-old\"></span><span id=\"4410\"></span>"
                + "<span class=\"qnum\">"),
        html);
  }

  @Test
  void templatesReadBrandValuesOfTheSitesLanguage() throws IOException {
    writeAll("{{title}} <a href=\"{{brand.links.home}}\">{{brand.name}}</a>");
    Brand brand =
        brandWith("lang:\n  zh-CN:\n    links:\n      home: https://www.alpha.example/?a=1&b=2\n");
    PageRenderer renderer = new PageRenderer(templates);
    List<RenderedPage> pages = List.of(page("a", "A", "x"));
    assertEquals(
        "<html>A <a href=\"https://www.alpha.example/\">Alpha</a></html>",
        renderer.render(pages, brand).get(1).html().strip());
    assertEquals(
        "<html>A <a href=\"https://www.alpha.example/?a&#61;1&amp;b&#61;2\">Alpha</a></html>",
        renderer.render(pages, brand.inLanguage("zh-CN")).get(1).html().strip(),
        "the language's own value, escaped");
  }

  @Test
  void aBrandValueTheBrandFileLacksIsAnErrorAtTheTemplatesLine() throws IOException {
    writeAll("ok\n\n<a href=\"{{brand.links.nowhere}}\">x</a>\n");
    PageRenderer renderer = new PageRenderer(templates);
    Brand brand = brand();
    BuildFailedException e =
        assertThrows(
            BuildFailedException.class, () -> renderer.render(List.of(page("a", "A", "x")), brand));
    Diagnostic d = e.diagnostics().get(0);
    assertEquals(templates.resolve("page.mustache"), d.where().file());
    assertEquals(3, d.where().line());
    assertTrue(d.message().startsWith("brand value 'links.nowhere' is not in "), d.message());
    assertTrue(d.message().endsWith("alpha.yml (en)"), d.message());
    assertEquals(ExitCode.INPUT_ERROR, e.exitCode());
  }

  @Test
  void onlyKbsHtmlIsWrittenUnescapedSoNoBrandValueBecomesHtml() throws IOException {
    writeAll(
        "{{title}}\n{{{brand.name}}} {{& brand.links.home}}\n"
            + "{{#brand.name}}{{{.}}}{{/brand.name}}{{#brand}}{{{ app_name }}}{{/brand}}\n"
            + "{{=<% %>=}}\n");
    BuildFailedException e =
        assertThrows(BuildFailedException.class, () -> new PageRenderer(templates));
    assertEquals(
        List.of(
            "'brand.name' is written unescaped",
            "'brand.links.home' is written unescaped",
            "'.' is written unescaped",
            "'app_name' is written unescaped",
            "a template may not change its delimiters"),
        e.diagnostics().stream().map(Diagnostic::message).toList());
    assertEquals(3, e.diagnostics().get(3).where().line());
    assertEquals(4, e.diagnostics().get(4).where().line());
  }

  private static RenderedPage page(String name, String title, String answer) {
    return page(name, title, answer, "Q?");
  }

  private static RenderedPage page(String name, String title, String answer, String question) {
    Question q = new Question("q", List.of(), 1, question, question, answer, answer, null, 0, 0);
    return new RenderedPage(
        name + ".md",
        name + ".html",
        title,
        "",
        title,
        "",
        List.of(q),
        null,
        List.of(),
        List.of(),
        null,
        null);
  }

  private Brand brand() {
    try {
      return brandWith("");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The first of the two test brands, alpha, with {@code yaml} added to its brand file. */
  private Brand brandWith(String yaml) throws IOException {
    Path dir = templates.resolve("content");
    TestContent.twoBrands(dir);
    Path alpha = dir.resolve("content/brands/alpha.yml");
    String languages = "site:\n";
    if (yaml.contains("lang:")) {
      languages += "  languages: [en, zh-CN]\n";
      Files.writeString(
          dir.resolve("content/languages.yml"), "source: en\ntranslations: [zh-CN]\n");
    }
    Files.writeString(alpha, Files.readString(alpha).replace("site:\n", languages) + yaml);
    return BrandCatalog.load(dir.resolve("content/brands")).all().get(0);
  }
}
