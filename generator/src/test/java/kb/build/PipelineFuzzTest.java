package kb.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import kb.RenderedPages;
import kb.TestContent;
import kb.brand.Brand;
import kb.brand.BrandCatalog;
import kb.content.ContentLoader;
import kb.content.ContentSet;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.Diagnostic;
import kb.markdown.MarkdownRenderer;
import kb.markdown.Question;
import kb.markdown.RenderedPage;
import kb.search.SearchAnalysis;
import kb.search.SearchIndexWriter;
import kb.template.PageRenderer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.jsoup.Jsoup;

/**
 * Ten thousand generated Markdown pages (random nesting of brand blocks, variables, lists, code
 * fences, callouts, links, headings, raw HTML and Unicode) go through every in-memory stage for
 * both brands: a page either builds, or fails with kb's own error naming the page and a line.
 */
class PipelineFuzzTest {

  private static Path root;
  private static TestContent content;
  private static BrandCatalog brands;
  private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();
  private static final SearchAnalysis ANALYSIS = new SearchAnalysis();
  private static PageRenderer templates;
  private static int built;
  private static int failed;

  @BeforeContainer
  static void setUp() throws IOException {
    root = Files.createTempDirectory("kb-fuzz-");
    content = TestContent.twoBrands(root);
    content.write("images/pic.png", new byte[] {1});
    content.write("faq/other.md", TestContent.page("Other", "Other", 2, "## Other {#o1}\n\nx\n"));
    brands = BrandCatalog.load(content.root().resolve("brands"));
    templates = new PageRenderer(TestContent.repoRoot().resolve("templates"));
  }

  @AfterContainer
  static void tearDown() throws IOException {
    System.out.printf("fuzzed pages: %d built, %d failed with kb's own error%n", built, failed);
    try (var walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  // A fixed seed keeps CI repeatable; change it locally to explore other documents.
  @Property(tries = 10_000, seed = "20261125")
  void anyPageBuildsOrFailsWithKbsOwnErrorAtALine(@ForAll("pages") String body) {
    content.write("faq/fuzz.md", TestContent.page("Fuzz {{name}}", "Fuzz", 1, body));
    try {
      ContentSet set = new ContentLoader().load(content.root());
      for (Brand brand : brands.all()) {
        build(set, brand);
      }
      built++;
    } catch (BuildFailedException e) {
      failed++;
      for (Diagnostic d : e.diagnostics()) {
        assertTrue(d.where().file().toString().endsWith(".md"), d.format());
        assertTrue(d.where().line() >= 1, d.format());
        assertTrue(!d.message().isBlank(), d.format());
      }
    }
  }

  private static void build(ContentSet set, Brand brand) {
    List<RenderedPage> rendered = RenderedPages.of(MARKDOWN, set, brands, brand);
    List<String> written = templates.render(rendered, brand).stream().map(p -> p.path()).toList();
    assertTrue(written.containsAll(List.of("index.html", "faq/fuzz.html", "faq/other.html")));
    SearchIndexWriter.docs(rendered).forEach(doc -> ANALYSIS.surfaceWords(doc.answer()));
    for (RenderedPage page : rendered) {
      for (Question q : page.questions()) {
        // kb's own HTML-to-text gives what Jsoup gives (whose text() keeps the whitespace of
        // code blocks, which kb collapses like all other), without a DOM per question.
        assertEquals(
            spaced(jsoupText(q.titleHtml())), spaced(q.title()), () -> codePoints(q.titleHtml()));
        assertEquals(
            spaced(jsoupText(q.answerHtml())),
            spaced(q.answerText()),
            () -> codePoints(q.answerHtml()));
      }
    }
  }

  private static String codePoints(String text) {
    return text + " " + text.codePoints().mapToObj(Integer::toHexString).toList();
  }

  /** Any run of Unicode white space as one space: the two texts may differ only there. */
  private static String spaced(String text) {
    return text.replaceAll("[\\p{IsWhite_Space}\\u2028\\u2029]+", " ").strip();
  }

  private static String jsoupText(String html) {
    String text = Jsoup.parseBodyFragment(html).text();
    return text.replaceAll("[ \\t\\n\\r\\f\\u00a0]+", " ").replaceAll("^ | $", "");
  }

  @Provide
  Arbitrary<String> pages() {
    return block(3).list().ofMinSize(1).ofMaxSize(12).map(blocks -> String.join("\n", blocks));
  }

  private Arbitrary<String> block(int depth) {
    Arbitrary<String> leaf =
        Arbitraries.oneOf(paragraph(), heading(), codeFence(), list(), tip(), Arbitraries.just(""));
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<String> brandBlock =
        Combinators.combine(brandList(), block(depth - 1).list().ofMaxSize(3), indent())
            .as(
                (ids, inner, pad) ->
                    pad
                        + "{% brand "
                        + ids
                        + " %}\n"
                        + String.join("\n", inner)
                        + "\n"
                        + pad
                        + "{% endbrand %}");
    Arbitrary<String> broken =
        Arbitraries.of("{% brand alpha %}", "{% endbrand %}", "{% brnad beta %}", "{%  %}");
    return Arbitraries.frequencyOf(Tuple.of(6, leaf), Tuple.of(3, brandBlock), Tuple.of(1, broken));
  }

  private static Arbitrary<String> brandList() {
    return Arbitraries.of("alpha", "beta", "alpha, beta", "gamma", "alpha,beta, alpha", "ALPHA");
  }

  private static Arbitrary<String> indent() {
    return Arbitraries.of("", "  ", "   ", "    ", "\t");
  }

  private static Arbitrary<String> inline() {
    Arbitrary<String> words =
        Arbitraries.strings().withCharRange('a', 'z').withChars(" .,_-*`#:!?").ofMaxLength(30);
    Arbitrary<String> unicode =
        Arbitraries.strings()
            .withCharRange('\u00a0', '\u2fff')
            .withChars("\u2028\u2029\u200b\ufeff\ud83d\ude00")
            .ofMaxLength(8);
    Arbitrary<String> special =
        Arbitraries.of(
            "{{app_name}}",
            "{{python.package}}",
            "{{ links.home }}",
            "{{nope}}",
            "{{ \"{{\" }}",
            "{{",
            "}}",
            "{%",
            "{x}",
            "[link](#o1)",
            "[link](other.md#o1)",
            "[bad](#zz)",
            "[up](../../etc/passwd)",
            "[doc](/beta-doc/en/x.html#1)",
            "[abs](/x.html)",
            "![img](../images/pic.png)",
            "![none](../images/none.png)",
            "<script>alert(1)</script>",
            "<b>bold</b>",
            "`code {{app_name}}`",
            "\\",
            "[",
            "](",
            "**",
            "{#1}");
    return Arbitraries.oneOf(words, unicode, special)
        .list()
        .ofMaxSize(8)
        .map(p -> String.join(" ", p));
  }

  private static Arbitrary<String> paragraph() {
    return inline();
  }

  private static Arbitrary<String> heading() {
    Arbitrary<String> id = Arbitraries.of(" {#1}", " {#2}", " {#a-b}", "", " {#1}", " {#o1}");
    return Combinators.combine(Arbitraries.of("# ", "## ", "### ", "##"), inline(), id)
        .as((marks, text, anchor) -> marks + text + anchor);
  }

  private static Arbitrary<String> codeFence() {
    return Combinators.combine(
            Arbitraries.of("```", "~~~", "````"),
            Arbitraries.of("", "python", "text"),
            inline().list().ofMaxSize(4))
        .as((fence, lang, lines) -> fence + lang + "\n" + String.join("\n", lines) + "\n" + fence);
  }

  private static Arbitrary<String> list() {
    return Combinators.combine(
            Arbitraries.of("- ", "1. ", "* ", "   - ", "10) "),
            inline().list().ofMinSize(1).ofMaxSize(4))
        .as((marker, items) -> String.join("\n", items.stream().map(i -> marker + i).toList()));
  }

  private static Arbitrary<String> tip() {
    return Combinators.combine(
            Arbitraries.of("!!! tip \"Tips\"", "!!! note", "!!! warning \"x\""), inline())
        .as((head, text) -> head + "\n    " + text);
  }
}
