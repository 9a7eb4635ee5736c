package kb.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import kb.RenderedPages;
import kb.TestContent;
import kb.brand.Brand;
import kb.brand.BrandCatalog;
import kb.content.ContentLoader;
import kb.content.ContentSet;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.Diagnostic;
import kb.diagnostic.Diagnostics;
import kb.link.LinkTable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Markdown to questions and HTML: ids, callouts, links, escaping, source lines of errors. */
class MarkdownRendererTest {

  @TempDir Path dir;

  private final MarkdownRenderer renderer = new MarkdownRenderer();

  private RenderedPage render(String body, String brandId) {
    TestContent content = TestContent.twoBrands(dir);
    content.write("faq/a.md", TestContent.page("A", "A", 1, body));
    content.write("images/pic.png", new byte[] {1});
    ContentSet set = new ContentLoader().load(content.root());
    BrandCatalog brands = BrandCatalog.load(content.root().resolve("brands"));
    Brand brand = brands.select(brandId).get(0);
    return RenderedPages.of(renderer, set, brands, brand).get(0);
  }

  private Diagnostic failure(String body) {
    BuildFailedException e = assertThrows(BuildFailedException.class, () -> render(body, "alpha"));
    return e.diagnostics().get(0);
  }

  @Test
  void eachThirdLevelHeadingIsASubsectionWithItsOwnTextAndAnIdEvenWhenWrittenWithout() {
    RenderedPage page =
        render(
            "### Intro part {#ip}\n\nIntro.\n\n## First? {#11}\n\nLead.\n\n### Detail\n\n"
                + "More.\n\n### Other {#o}\n\nRest.\n\n### Third\n\nLast.\n\n"
                + "## Second? {#22}\n\n### Only\n\nTwo.\n\n> ### Quoted\n>\n> q\n",
            "alpha");
    Question first = page.questions().get(0);
    assertEquals("Lead.", first.leadText());
    assertEquals("Lead. Detail More. Other Rest. Third Last.", first.answerText());
    assertEquals(
        List.of(
            new Subsection("11-1", "Detail", "More."),
            new Subsection("o", "Other", "Rest."),
            new Subsection("11-3", "Third", "Last.")),
        first.subsections());
    assertTrue(first.answerHtml().contains("<h3 id=\"11-1\">Detail</h3>"), first.answerHtml());
    Question second = page.questions().get(1);
    assertEquals("", second.leadText());
    assertEquals(
        List.of(new Subsection("22-1", "Only", "Two. Quoted q")),
        second.subsections(),
        "a heading inside a block quote stays in its subsection");
    assertTrue(page.introHtml().contains("<h3 id=\"ip\">Intro part</h3>"), page.introHtml());
    for (String html : List.of(page.introHtml(), first.answerHtml(), second.answerHtml())) {
      assertFalse(html.chars().anyMatch(c -> c >= 0xFDD0 && c <= 0xFDEF), "no marks: " + html);
    }
    assertTrue(page.anchors().anchors().contains("11-3"), "a link may point at a given id");
  }

  @Test
  void eachSecondLevelHeadingIsAQuestionWithItsExplicitId() {
    RenderedPage page =
        render(
            "Intro text.\n\n## First? {#11}\n\nOne.\n\n### Detail {#d}\n\nMore.\n\n## Second? {#22}\n\nTwo.\n",
            "alpha");
    assertEquals(2, page.questions().size());
    Question first = page.questions().get(0);
    assertEquals("11", first.anchor());
    assertEquals(1, first.number());
    assertEquals("First?", first.title());
    assertTrue(first.answerHtml().contains("<h3 id=\"d\">Detail</h3>"), first.answerHtml());
    assertEquals("One. Detail More.", first.answerText());
    assertEquals("Two.", page.questions().get(1).answerText());
    assertTrue(page.introHtml().contains("Intro text."));
    assertEquals(8, first.where().line());
  }

  @Test
  void theSourceHashOfATranslatedQuestionNeverShows() {
    String body = "Intro.\n\n## First *one*? {#11%s}\n\nOne.\n\n## Second {#22%s}\n\nTwo.\n";
    RenderedPage plain = render(body.formatted("", ""), "alpha");
    RenderedPage marked = render(body.formatted(" from=1a2b3c4d", " from=9F8E7D6C"), "alpha");
    assertEquals(plain.introHtml(), marked.introHtml());
    assertEquals(plain.anchors(), marked.anchors());
    assertEquals(2, marked.questions().size());
    for (int i = 0; i < 2; i++) {
      Question expected = plain.questions().get(i);
      Question actual = marked.questions().get(i);
      assertEquals(expected.anchor(), actual.anchor());
      assertEquals(expected.title(), actual.title());
      assertEquals(expected.titleHtml(), actual.titleHtml());
      assertEquals(expected.answerHtml(), actual.answerHtml());
      assertEquals(expected.answerText(), actual.answerText());
      assertEquals(expected.where(), actual.where());
    }
    assertEquals("First <em>one</em>?", marked.questions().get(0).titleHtml());
  }

  @Test
  void aSourceHashThatIsNotEightHexDigitsIsNoId() {
    assertEquals("question has no id", failure("## Q {#1 from=xyz}\n\nx\n").message());
    assertEquals("question has no id", failure("## Q {#1 lang=en}\n\nx\n").message());
  }

  @Test
  void questionWithoutIdIsAnErrorWithAHint() {
    Diagnostic d = failure("## No id here\n\nx\n");
    assertEquals("question has no id", d.message());
    assertEquals(6, d.where().line());
    assertTrue(d.hint().matches("end the heading with a stable id, for example \\{#\\d{4}}"));
  }

  @Test
  void questionWithoutTextIsAnError() {
    Diagnostic d = failure("## {#1}\n\nx\n");
    assertEquals("question has no text", d.message());
    assertEquals(6, d.where().line());
  }

  @Test
  void questionOfOnlyControlCharactersAndSpacesHasNoText() {
    // Its title would be empty: the title text is trimmed as Jsoup trims it.
    for (String blank : List.of("\u0001", "\u0001\u2003\u001f", "\u00a0 \u0007")) {
      Diagnostic d = failure("## " + blank + " {#1}\n\nx\n");
      assertEquals("question has no text", d.message(), blank);
    }
  }

  /** Regression, issue 23: a U+0001 outside a question title ended the build with exit 3. */
  @Test
  void controlCharactersAnywhereInThePageRender() {
    String controls = "\u0001\u0002\u0003";
    RenderedPage page =
        render(
            controls
                + " intro\n\n## One "
                + controls
                + " {#1}\n\nA "
                + controls
                + " b &#1;\n\n"
                + "## Two {#2}\n\n`"
                + controls
                + "`\n",
            "alpha");
    assertEquals(List.of("1", "2"), page.questions().stream().map(Question::anchor).toList());
    assertTrue(page.questions().get(0).answerHtml().contains("A " + controls + " b"));
  }

  @Test
  void aNoncharacterIsAnInputErrorAtItsPlace() {
    Diagnostic written = failure("## Q {#1}\n\nText \uFDD0 here.\n");
    assertEquals("noncharacter U+FDD0 is not text", written.message());
    assertEquals("faq/a.md:8:6", written.where().toString().replaceAll(".*/faq/", "faq/"));
    Diagnostic referenced = failure("## Q {#1}\n\nText &#xfdd1; and &#64978;\n");
    assertEquals("noncharacter U+FDD1 is not text", referenced.message());
    assertEquals(kb.diagnostic.Diagnostic.Kind.INPUT, referenced.kind());
  }

  @Test
  void duplicateIdIsAnErrorNamingTheFirstUse() {
    Diagnostic d = failure("## A {#7}\n\nx\n\n## B {#7}\n\ny\n");
    assertEquals("duplicate anchor id '7' on this page", d.message());
    assertEquals(10, d.where().line());
    assertTrue(d.hint().contains("a.md:6"), d.hint());
  }

  @Test
  void aliasesAreAnchorsOfThePageAndNeverShowInTheTitle() {
    String body = "## First *one*? {#11%s}\n\nOne.\n\n## Second {#22%s}\n\nTwo.\n";
    RenderedPage plain = render(body.formatted("", ""), "alpha");
    RenderedPage aliased =
        render(body.formatted(" aliases=q-old,4410", " from=1a2b3c4d aliases=q_2"), "alpha");
    assertEquals(Set.of("11", "22"), plain.anchors().anchors());
    assertEquals(Set.of("11", "22", "q-old", "4410", "q_2"), aliased.anchors().anchors());
    assertEquals(List.of("q-old", "4410"), aliased.questions().get(0).aliases());
    assertEquals(List.of("q_2"), aliased.questions().get(1).aliases());
    assertEquals(List.of(), plain.questions().get(0).aliases());
    for (int i = 0; i < 2; i++) {
      assertEquals(plain.questions().get(i).anchor(), aliased.questions().get(i).anchor());
      assertEquals(plain.questions().get(i).titleHtml(), aliased.questions().get(i).titleHtml());
      assertEquals(plain.questions().get(i).answerHtml(), aliased.questions().get(i).answerHtml());
    }
  }

  @Test
  void aliasesMayComeBeforeTheSourceHash() {
    RenderedPage page = render("## Q {#11 aliases=old from=1a2b3c4d}\n\nA.\n", "alpha");
    assertEquals("Q", page.questions().get(0).title());
    assertEquals(List.of("old"), page.questions().get(0).aliases());
  }

  @Test
  void aLinkToAnAliasResolvesToThePage() {
    TestContent content = TestContent.twoBrands(dir);
    content.write("faq/a.md", TestContent.page("A", "A", 1, "## Q? {#11 aliases=q-old}\n\nA.\n"));
    content.write(
        "faq/b.md", TestContent.page("B", "B", 2, "## R? {#22}\n\nSee [A](a.md#q-old).\n"));
    ContentSet set = new ContentLoader().load(content.root());
    BrandCatalog brands = BrandCatalog.load(content.root().resolve("brands"));
    Brand brand = brands.select("alpha").get(0);
    List<RenderedPage> pages = RenderedPages.of(renderer, set, brands, brand);
    LinkTable links = LinkTable.of(pages, brand, brands.all(), set.assets());
    Diagnostics problems = new Diagnostics();
    List<RenderedPage> resolved = links.resolve(pages, problems);
    assertTrue(problems.isEmpty(), problems.list().toString());
    assertTrue(
        resolved.get(1).questions().get(0).answerHtml().contains("href=\"a.html#q-old\""),
        resolved.get(1).questions().get(0).answerHtml());
    assertTrue(links.resolveLink("faq/b.md", "a.md#q-gone").isBroken());
  }

  @Test
  void pageTitleHeadingInBodyIsAnError() {
    assertTrue(failure("# Title\n\n## Q {#1}\n").message().startsWith("a # heading in the body"));
  }

  @Test
  void tipBecomesACallout() {
    RenderedPage page = render("## Q {#1}\n\n!!! tip \"Tips\"\n    - one\n    - two\n", "alpha");
    Element callout =
        Jsoup.parse(page.questions().get(0).answerHtml()).selectFirst("aside.callout");
    assertEquals("callout callout-tip", callout.className());
    assertEquals("Tips", callout.selectFirst(".callout-title").text());
    assertEquals(2, callout.select("li").size());
  }

  @Test
  void calloutMarkersStartCalloutsOnlyWhereFlexmarkAllowsThem() {
    String markdown =
        "## Q {#1}\n\n"
            + "    !!! tip\n\n" // indented by four: code
            + "!! tip\n\n" // two marks: text
            + "text !!! tip\n\n"
            + "  !!! note\n    indented by two: a callout\n\n"
            + "??? warning \"Open me\"\n    collapsible: a callout\n";
    Document html = Jsoup.parse(render(markdown, "alpha").questions().get(0).answerHtml());
    assertEquals(
        List.of("callout callout-note", "callout callout-warning"),
        html.select("aside, details").eachAttr("class"));
    assertEquals("Open me", html.select(".callout-title").get(1).text());
    assertEquals("!!! tip", html.selectFirst("pre code").text());
    assertEquals(List.of("!! tip", "text !!! tip"), html.select("body > p").eachText());
  }

  @Test
  void rawHtmlIsShownAsTextNeverInterpreted() {
    RenderedPage page =
        render("## <script>alert(1)</script> Q {#1}\n\n<img src=x onerror=alert(1)>\n", "alpha");
    Question q = page.questions().get(0);
    assertEquals("<script>alert(1)</script> Q", q.title());
    assertTrue(Jsoup.parse(q.titleHtml()).select("script").isEmpty());
    assertTrue(Jsoup.parse(q.answerHtml()).select("img").isEmpty(), q.answerHtml());
    assertTrue(q.answerText().contains("<img src=x onerror=alert(1)>"));
  }

  @Test
  void linksAndImagesResolveAndImagesAreCollected() {
    RenderedPage page =
        render(
            "## Q {#1}\n\nSee [q](#1), [doc](/beta-doc/en/x.html#5).\n\n![p](../images/pic.png)\n",
            "alpha");
    var html = Jsoup.parse(page.questions().get(0).answerHtml());
    assertEquals("#1", html.select("a").get(0).attr("href"));
    assertEquals(
        "https://docs.alpha.example/alpha-doc/en/x.html#5", html.select("a").get(1).attr("href"));
    assertEquals("../images/pic.png", html.selectFirst("img").attr("src"));
    assertEquals("images/pic.png", page.assets().get(0).path());
  }

  @Test
  void brokenLinkIsReportedAtItsSourceLineThroughRemovedBrandLines() {
    String body =
        "## Q {#1}\n\n{% brand beta %}\nbeta only\n{% endbrand %}\nSee [x](other.md#150).\n";
    Diagnostic d = failure(body);
    assertEquals(11, d.where().line());
    assertEquals(5, d.where().column());
    assertEquals("link target 'other.md#150' not found for brand alpha", d.message());
  }

  @Test
  void linkToAQuestionOfTheOtherBrandOnlyIsBroken() {
    String body =
        "## Q {#1}\n\nSee [b](#2).\n\n{% brand beta %}\n## Beta only {#2}\n\nb\n{% endbrand %}\n";
    assertEquals(2, render(body, "beta").questions().size());
    assertEquals("link target '#2' not found for brand alpha", failure(body).message());
  }

  @Test
  void codeBlockKeepsItsLanguageAndEscapesMarkup() {
    RenderedPage page = render("## Q {#1}\n\n```python\nif a < b: print('<b>')\n```\n", "beta");
    Element code = Jsoup.parse(page.questions().get(0).answerHtml()).selectFirst("pre code");
    assertEquals("language-python", code.className());
    assertEquals("if a < b: print('<b>')\n", code.wholeText());
    assertFalse(page.questions().get(0).answerHtml().contains("<b>"));
  }

  @Test
  void calloutKindKeepsOnlyTheCharactersOfAClassName() {
    RenderedPage page = render("## Q {#1}\n\n!!! My_tip.x\n    text\n", "beta");
    Element callout = Jsoup.parse(page.questions().get(0).answerHtml()).selectFirst("aside");
    assertEquals("callout callout-mytipx", callout.className());
  }

  @Test
  void codeLanguageKeepsOnlyTheCharactersOfALanguageName() {
    RenderedPage page = render("## Q {#1}\n\n```C++\"/><b>x title\nint a;\n```\n", "beta");
    Element code = Jsoup.parse(page.questions().get(0).answerHtml()).selectFirst("pre code");
    assertEquals("language-c++bx", code.className());
  }

  @Test
  void fencedCodeIsHighlightedAtBuildTimeWithBrandValuesAndItsTextUnchanged() {
    RenderedPage page =
        render("## Q {#1}\n\n```Python\nfrom {{python.package}} import *  # x\n```\n", "alpha");
    Element pre = Jsoup.parse(page.questions().get(0).answerHtml()).selectFirst("pre");
    Element code = pre.selectFirst("code");
    assertEquals("from alphapkg import *  # x\n", code.wholeText());
    assertEquals("language-python", code.className());
    assertEquals(List.of("from", "import"), code.select(".tk-keyword").eachText());
    assertEquals("# x", code.selectFirst(".tk-comment").text());
    assertEquals("0", pre.attr("tabindex"), "long lines can be scrolled from the keyboard");
  }
}
