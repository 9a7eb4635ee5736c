package kb.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

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

  @Test
  void aSrcsetIsSplitAsBrowsersSplitIt() {
    assertEquals(
        List.of("a.png", "b.png", "c,d.png"), TemplateHtml.srcset(" a.png, b.png 2x ,c,d.png"));
    assertEquals(List.of("a.png,,b.png"), TemplateHtml.srcset("a.png,,b.png"));
    assertEquals(List.of("a.png", "b.png"), TemplateHtml.srcset("a.png,, b.png"));
    assertEquals(List.of("a.png", "b.png"), TemplateHtml.srcset("a.png 100w,b.png 200w"));
  }

  @Test
  void aRefreshUrlIsReadAsBrowsersReadIt() {
    assertEquals("next.html", TemplateHtml.refreshUrl("5; url=next.html"));
    assertEquals("next.html", TemplateHtml.refreshUrl("5;URL = 'next.html' x"));
    assertEquals("next.html", TemplateHtml.refreshUrl("0,next.html"));
    assertEquals("javascript:x", TemplateHtml.refreshUrl("0 javascript:x"));
    assertEquals("", TemplateHtml.refreshUrl("5"));
    assertEquals("", TemplateHtml.refreshUrl("soon; url=x.html"));
  }
}
