package kb.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kb.TestContent;
import kb.brand.Brand;
import kb.brand.BrandCatalog;
import kb.markdown.RenderedPage;
import kb.template.PageRenderer;
import kb.template.SitePage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTML a template wrote is read as a browser reads it, and every URL in it is held to the policy.
 */
class TemplateHtmlTest {

  private final Set<String> ids = new HashSet<>();
  private final List<String> urls = new ArrayList<>();
  private final List<TemplateHtml.Refused> refused = new ArrayList<>();

  private List<String> refusals(String html) {
    TemplateHtml.read(html, ids, urls, refused);
    return refused.stream()
        .map(r -> "<" + r.tag() + " " + r.attribute() + "> " + r.url() + ": " + r.reason())
        .toList();
  }

  @Test
  void singleQuotedUnquotedAndUpperCaseAttributesAreRead() {
    TemplateHtml.read(
        "<A HREF='a.html#x'>a</A><a href=b.html>b</a><IMG SRC=\"i.png\" ALT=x>"
            + "<div ID='top'></div><p id=unquoted></p><a href=\"&#99;.html\">c</a>"
            + "<link rel=stylesheet href=s.css><script src='k.js'></script>",
        ids,
        urls,
        refused);
    assertEquals(List.of("a.html#x", "b.html", "i.png", "c.html", "s.css", "k.js"), urls);
    assertEquals(Set.of("top", "unquoted"), ids);
    assertEquals(List.of(), refused);
  }

  @Test
  void everyAttributeThatLinksOrLoadsIsResolvedAndOthersAreNot() {
    TemplateHtml.read(
        "<form action=f.html><button formaction=g.html></button></form>"
            + "<video poster=p.png><source src=v.webm></video><object data=o.svg></object>"
            + "<img srcset='s1.png 1x, s2.png 2x'><svg><use xlink:href='#icon'></use></svg>"
            + "<blockquote cite=c.html></blockquote><a data-href=no.html title=t.html>x</a>"
            + "<meta http-equiv=Refresh content='5; URL=next.html'>",
        ids,
        urls,
        refused);
    assertEquals(
        List.of(
            "f.html",
            "g.html",
            "p.png",
            "v.webm",
            "o.svg",
            "s1.png",
            "s2.png",
            "#icon",
            "next.html"),
        urls);
  }

  @Test
  void aScriptUrlIsRefusedInAnyAttributeHoweverItIsWritten() {
    String js = "uses the URL scheme 'javascript:', which kb does not allow";
    assertEquals(
        List.of(
            "<a href> JaVaScRiPt:alert(1): " + js,
            "<a href> javascript:alert(2): " + js,
            "<a href> javascript:alert(3): " + js,
            "<a href> java\tscript:alert(4): " + js,
            "<form action> javascript:alert(5): " + js,
            "<button formaction> javascript:alert(6): " + js,
            "<iframe src> javascript:alert(7): " + js,
            "<img srcset> javascript:alert(8): " + js,
            "<a xlink:href> javascript:alert(9): " + js,
            "<object data> javascript:alert(10): " + js,
            "<video poster> javascript:alert(11): " + js,
            "<blockquote cite> javascript:alert(12): " + js,
            "<area href> vbscript:msgbox(13): uses the URL scheme 'vbscript:', which kb does not"
                + " allow",
            "<meta content> javascript:alert(14): " + js),
        refusals(
            "<A HREF='JaVaScRiPt:alert(1)'>1</A><a href=javascript:alert(2)>2</a>"
                + "<a href=\"jav&#x61;script:alert(3)\">3</a><a href='java&Tab;script:alert(4)'>4</a>"
                + "<form action=javascript:alert(5)><button formaction='javascript:alert(6)'>"
                + "</button></form><iframe src=javascript:alert(7)></iframe>"
                + "<img srcset='ok.png 1x, javascript:alert(8) 2x'>"
                + "<svg><a xlink:href='javascript:alert(9)'><text>9</text></a></svg>"
                + "<object data='javascript:alert(10)'></object>"
                + "<video poster='javascript:alert(11)'></video>"
                + "<blockquote cite='javascript:alert(12)'></blockquote>"
                + "<map><area href='vbscript:msgbox(13)'></map>"
                + "<meta http-equiv=refresh content=\"0;url='javascript:alert(14)'\">"));
    assertEquals(List.of("ok.png"), urls, "a refused URL is not also resolved");
  }

  @Test
  void dataUrlsAreAllowedOnlyAsRasterImages() {
    assertEquals(
        List.of(
            "<img src> data:image/svg+xml,<svg onload=alert(1)>: is a data: URL of another type"
                + " than PNG, JPEG, GIF or WebP",
            "<a href> data:image/png;base64,AAAA: is a data: URL, which kb does not allow in"
                + " links",
            "<iframe src> data:text/html,<script>alert(2)</script>: is a data: URL, which kb does"
                + " not allow in links"),
        refusals(
            "<img src='data:image/png;base64,AAAA'><img src='data:image/svg+xml,<svg onload=alert(1)>'>"
                + "<a href='data:image/png;base64,AAAA'>x</a>"
                + "<iframe src='data:text/html,<script>alert(2)</script>'></iframe>"
                + "<img srcset='data:image/gif;base64,R0lG,AAA 1x, b.png 2x'>"));
    assertEquals(List.of("b.png"), urls, "an embedded image has no file to resolve");
  }

  /**
   * Page templates that put a page's title in each kind of place, each with a title that changes
   * how the page parses there (after "//").
   */
  private static final List<String> PLACES =
      List.of(
          "<p title=\"{{title}}\">{{title}}</p><a href=\"{{title}}#x\">a</a>",
          "<a href='{{title}}'>a</a><img src={{title}}>", // two words
          "<p {{title}}=x.html>a</p>", // href, id
          "<{{title}} href=javascript:alert(1)>a", // a
          "<script>x</{{title}} > <a href=javascript:alert(2)>y</a>", // script
          "<!{{title}} x> <a href=javascript:alert(3)>y</a> -->", // --
          "<!-{{title}} x> <a href=javascript:alert(4)>y</a> -->", // -
          "<!-- x -{{title}}> <a href=javascript:alert(5)>y</a> -->", // -
          "<!-- x {{title}}> <a href=javascript:alert(6)>y</a> -->", // --
          "<!-- x -{{title}}!> <a href=javascript:alert(7)>y</a> -->", // -
          "<!-- x {{title}}-> <a href=javascript:alert(10)>y</a> -->", // -
          "<!-- x {{title}}-!> <a href=javascript:alert(11)>y</a> -->", // -
          "<meta http-equiv=\"{{title}}\" content=\"0; url=javascript:alert(8)\">", // refresh
          "<a href=\"{{title}}:alert(9)\">a</a>", // javascript
          "\uE000<a href=\"{{title}}\">a</a>");

  private static final List<String> TITLES =
      List.of(
          "b.html",
          "",
          "two words",
          "href",
          "id",
          "a",
          "script",
          "--",
          "-",
          "refresh",
          "javascript",
          "x\" onclick=\"y",
          "b.html");

  /**
   * The pages of one shape share one parse of their skeleton, and still read exactly as each page
   * parsed whole reads: the same ids, URLs and refusals, whatever their values.
   */
  @Test
  void pagesSharingAShapeReadAsEachPageParsedWholeReads(@TempDir Path templates)
      throws IOException {
    Files.writeString(templates.resolve("layout.mustache"), "{{{content}}}");
    Files.writeString(templates.resolve("home.mustache"), "");
    Files.writeString(templates.resolve("not-found.mustache"), "");
    Files.writeString(templates.resolve("favicon.svg.mustache"), "<svg/>");
    Brand brand = brand(templates);
    for (String place : PLACES) {
      Files.writeString(templates.resolve("page.mustache"), place);
      List<RenderedPage> pages = new ArrayList<>();
      for (int i = 0; i < TITLES.size(); i++) {
        pages.add(
            new RenderedPage(
                "p" + i + ".md",
                "p" + i + ".html",
                TITLES.get(i),
                "",
                "C" + i,
                "",
                List.of(),
                null,
                List.of(),
                List.of(),
                null,
                null));
      }
      TemplateHtml shared = new TemplateHtml();
      for (SitePage page : new PageRenderer(templates).render(pages, brand)) {
        Set<String> ids = new HashSet<>();
        List<String> urls = new ArrayList<>();
        List<TemplateHtml.Refused> refusals = new ArrayList<>();
        shared.read(page, ids, urls, refusals);
        Set<String> wholeIds = new HashSet<>();
        List<String> wholeUrls = new ArrayList<>();
        List<TemplateHtml.Refused> wholeRefusals = new ArrayList<>();
        TemplateHtml.read(
            page.parts().templateText(page.html()), wholeIds, wholeUrls, wholeRefusals);
        String where = place + " / " + page.path() + ": " + page.html();
        assertEquals(wholeIds, ids, where);
        assertEquals(wholeUrls, urls, where);
        assertEquals(wholeRefusals, refusals, where);
      }
    }
  }

  @Test
  void aValueThatMakesATemplateUrlAScriptIsRefusedOnItsPageOnly(@TempDir Path templates)
      throws IOException {
    Files.writeString(templates.resolve("layout.mustache"), "{{{content}}}");
    Files.writeString(templates.resolve("home.mustache"), "");
    Files.writeString(templates.resolve("not-found.mustache"), "");
    Files.writeString(templates.resolve("favicon.svg.mustache"), "<svg/>");
    Files.writeString(templates.resolve("page.mustache"), "<a href={{title}}:x>a</a>");
    List<RenderedPage> pages = new ArrayList<>();
    for (String title : List.of("./ok", "JavaScript", "./fine")) {
      pages.add(
          new RenderedPage(
              title + ".md",
              "p" + pages.size() + ".html",
              title,
              "",
              title,
              "",
              List.of(),
              null,
              List.of(),
              List.of(),
              null,
              null));
    }
    TemplateHtml shared = new TemplateHtml();
    List<String> found = new ArrayList<>();
    for (SitePage page : new PageRenderer(templates).render(pages, brand(templates))) {
      List<TemplateHtml.Refused> refusals = new ArrayList<>();
      shared.read(page, new HashSet<>(), new ArrayList<>(), refusals);
      refusals.forEach(r -> found.add(page.path() + ": " + r.url() + " " + r.written()));
    }
    assertEquals(List.of("p1.html: JavaScript:x JavaScript:x"), found);
  }

  /** Brand and page values are values: the pages of both brands share their shapes. */
  @Test
  void eachShapeOfPageIsParsedOnceForEveryPageOfThatShapeInEitherBrand(@TempDir Path dir) {
    List<RenderedPage> pages = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      List<kb.markdown.Question> questions = new ArrayList<>();
      for (int q = 1; q <= 3; q++) {
        String title = "Question " + q + " of page " + i + " \"quoted\" & <b>";
        questions.add(
            new kb.markdown.Question(
                i + "-" + q, List.of(), q, title, title, "<p>Answer.</p>", "Answer.", null, 0, 0));
      }
      pages.add(
          new RenderedPage(
              "faq/p" + i + ".md",
              "faq/p" + i + ".html",
              "Page " + i,
              "",
              "Category " + i,
              "",
              questions,
              null,
              List.of(),
              List.of(),
              null,
              null));
    }
    TestContent.twoBrands(dir);
    PageRenderer renderer = new PageRenderer(TestContent.repoRoot().resolve("templates"));
    TemplateHtml templates = new TemplateHtml();
    for (Brand brand : BrandCatalog.load(dir.resolve("content/brands")).all()) {
      List<SitePage> made = renderer.render(pages, brand);
      for (SitePage page : made.subList(1, made.size() - 2)) {
        templates.read(page, new HashSet<>(), new ArrayList<>(), new ArrayList<>());
      }
      // With every category in the sidebar, where the current one sits gives each page a shape.
      assertEquals(12, templates.parses(), brand.id());
    }
  }

  private static Brand brand(Path dir) {
    TestContent.twoBrands(dir.resolve("c"));
    return BrandCatalog.load(dir.resolve("c/content/brands")).all().get(0);
  }

  @Test
  void aSrcsetIsSplitAsBrowsersSplitIt() {
    assertEquals(
        List.of("a.png", "b.png", "c,d.png"), UrlAttributes.srcset(" a.png, b.png 2x ,c,d.png"));
    assertEquals(List.of("a.png,,b.png"), UrlAttributes.srcset("a.png,,b.png"));
    assertEquals(List.of("a.png", "b.png"), UrlAttributes.srcset("a.png,, b.png"));
    assertEquals(List.of("a.png", "b.png"), UrlAttributes.srcset("a.png 100w,b.png 200w"));
  }

  @Test
  void aRefreshUrlIsReadAsBrowsersReadIt() {
    assertEquals("next.html", UrlAttributes.refreshUrl("5; url=next.html"));
    assertEquals("next.html", UrlAttributes.refreshUrl("5;URL = 'next.html' x"));
    assertEquals("next.html", UrlAttributes.refreshUrl("0,next.html"));
    assertEquals("javascript:x", UrlAttributes.refreshUrl("0 javascript:x"));
    assertEquals("", UrlAttributes.refreshUrl("5"));
    assertEquals("", UrlAttributes.refreshUrl("soon; url=x.html"));
  }
}
