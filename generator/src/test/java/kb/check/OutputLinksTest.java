package kb.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kb.brand.Brand;
import kb.brand.Theme;
import kb.diagnostic.Diagnostic;
import kb.diagnostic.SourceSpan;
import kb.markdown.HtmlText;
import kb.template.SitePage;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The scan of a page's HTML finds every id and every linking URL of its start tags, and every
 * broken target is reported once.
 */
class OutputLinksTest {

  private static final Brand ALPHA =
      new Brand(
          "alpha",
          "Alpha",
          "Alpha Help",
          "https://help.alpha.example/",
          new Brand.DocSite("/alpha-doc/", "https://doc.alpha.example/alpha-doc/"),
          new Theme("A", "#112233"),
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          Map.of(),
          SourceSpan.of(Path.of("brands/alpha.yml")),
          List.of());

  private static List<String> broken(SitePage... pages) {
    SiteContent site =
        new SiteContent(
            ALPHA, List.of(), List.of(pages), List.of(), Set.of(), Path.of("t"), List.of());
    OutputLinks links = new OutputLinks(site, PageScans.once());
    for (int i = pages.length - 1; i >= 0; i--) {
      links.scan(i, pages[i]); // last first: the report still follows the site's order
    }
    return links.check().stream().map(Diagnostic::message).toList();
  }

  @Test
  void idsOfTheLinkingPageResolveAndAMissingIdIsReportedOnceAtItsFirstLink() {
    List<String> problems =
        broken(
            new SitePage(
                "faq/a.html",
                "<h2 id=\"q-1\"></h2><a href=\"#q-1\"></a><a href=\"#q%2D1\"></a>"
                    + "<a href=\"#gone\"></a><a href=\"b.html#q-2\"></a>"
                    + "<a href=\"b.html#nope\"></a><a href=\"#q-2\"></a>"),
            new SitePage(
                "faq/b.html",
                "<h2 id=\"q-2\"></h2><a href=\"#q-2\"></a><a href=\"a.html#gone\"></a>"
                    + "<a href=\"a.html#q-1\"></a>"));
    assertEquals(
        List.of(
            "link target '#gone' not found for brand alpha",
            "link target 'b.html#nope' not found for brand alpha",
            "link target '#q-2' not found for brand alpha"),
        problems);
  }

  @Test
  void anAliasAnchorOfAQuestionIsALinkTarget() {
    assertEquals(
        List.of("link target 'a.html#q-gone' not found for brand alpha"),
        broken(
            new SitePage(
                "faq/a.html",
                "<h2 id=\"1\"><span id=\"q-old\"></span><span id=\"4410\"></span>Q</h2>"),
            new SitePage(
                "faq/b.html",
                "<a href=\"a.html#q-old\"></a><a href=\"a.html#4410\"></a>"
                    + "<a href=\"a.html#q-gone\"></a>")));
  }

  @Test
  void aUrlWithASchemeIsExternalAndNeverReadAsAMalformedRelativeOne() {
    assertEquals(
        List.of(),
        broken(
            new SitePage(
                "a.html",
                "<a href=\"https://example.com/a|b c\"></a><a href=\"mailto:a@b.example?subject=a b\">"
                    + "</a><a href=\"HTTPS://example.com/{x}\"></a>")));
  }

  @Test
  void aScriptUrlInAPageIsReportedWhereverItComesFrom() {
    assertEquals(
        List.of(
            "URL 'JaVaScRiPt:alert(1)' of <a href> uses the URL scheme 'javascript:', which kb"
                + " does not allow"),
        broken(new SitePage("a.html", "<a href='JaVaScRiPt:alert(1)'>x</a>")));
  }

  /** Only links that resolve are left out of the targets, so none that is broken goes unseen. */
  @Property(tries = 2000, seed = "20261126")
  void anIdTakenAsOnItsPageIsTheFragmentAUriParserReads(@ForAll("ownUrls") String url)
      throws URISyntaxException {
    Set<String> ids = Set.of("q-1", "Q_2.x~", "é", "a b", "%41", "41", "x?y", "x#y");
    if (OutputLinks.isIdOnItsPage(url, ids)) {
      URI uri = new URI(url);
      assertEquals("", uri.getPath(), url);
      assertEquals(null, uri.getQuery(), url);
      assertTrue(ids.contains(uri.getFragment()), url);
    }
  }

  /** A '#' and then pieces of the ids, whole or cut, and characters a URI reads otherwise. */
  @Provide
  Arbitrary<String> ownUrls() {
    Arbitrary<String> piece =
        Arbitraries.of(
            "q-1", "Q_2.x~", "q", "-", "1", "é", " ", "a b", "%", "%41", "41", "?", "#", "x", "y",
            "x?y", "x#y");
    return piece.list().ofMinSize(1).ofMaxSize(3).map(pieces -> "#" + String.join("", pieces));
  }

  @Test
  void findsIdsAndTheUrlsOfLinkingAttributesOnly() {
    Set<String> ids = new HashSet<>();
    List<String> urls = new ArrayList<>();
    OutputLinks.scan(
        "<p>a = b</p><h2 class=\"q\" id=\"q-1\"><a href=\"#q-1\">#</a></h2>"
            + "<span class=\"tok\">x</span><img alt=\"1=2\" src=\"img/a&amp;b.png\">"
            + "<div data-href=\"no.html\" title=\"id=\"><link rel=\"x\" href=\"s.css\">"
            + "<script src=\"search.js\"></script><area href=\"not-a-link-here.html\">"
            + "<scripts src=\"not-a-script.js\"><a href=\"unclosed><<a id=\"shared\">=",
        ids,
        urls);
    assertEquals(Set.of("q-1", "shared"), ids);
    assertEquals(List.of("#q-1", "img/a&b.png", "s.css", "search.js"), urls);
  }

  @Property(tries = 400, seed = "20261126")
  void findsWhatReadingEachTagAsAStringFinds(@ForAll("pages") String html) {
    Set<String> ids = new HashSet<>();
    List<String> urls = new ArrayList<>();
    OutputLinks.scan(html, ids, urls);
    Set<String> expectedIds = new HashSet<>();
    List<String> expectedUrls = new ArrayList<>();
    reference(html, expectedIds, expectedUrls);
    assertEquals(expectedIds, ids, html);
    assertEquals(expectedUrls, urls, html);
  }

  /** Tags with and without attributes, '=' and '"' in odd places, text between them. */
  @Provide
  Arbitrary<String> pages() {
    Arbitrary<String> piece =
        Arbitraries.of(
            "<p>",
            "</p>",
            "text = more ",
            "<span class=\"tok-k\">",
            "</span>",
            "<a href=\"page.html#q\">",
            "<a class=\"x\" href=\"../b.html\">",
            "<a  href=\"two-spaces.html\">",
            "<a\nhref=\"newline.html\">",
            "<img src=\"i.png\" alt=\"a=b\">",
            "<img alt=\"x\" src=\"&amp;.png\">",
            "<script src=\"s.js\">",
            "<link href=\"c.css\" rel=\"stylesheet\">",
            "<h2 id=\"q-2\">",
            "<div title=\"x id=\" id=\"y\">",
            "<div id=>",
            "<div id=\"unclosed>",
            "<a href=>",
            "<section id=\"a\" href=\"b\">",
            "<=\"x\">",
            " id=\"",
            "<",
            ">",
            "=",
            "\"",
            "<br>",
            "<scripts src=\"x.js\">",
            "<<<a href=\"many.html\">",
            "<a href=\"no-end");
    return piece.list().ofMaxSize(25).map(pieces -> String.join("", pieces));
  }

  /** The scan as it was: each tag copied out, then searched as a string. */
  private static void reference(String html, Set<String> ids, List<String> urls) {
    Map<String, String> linking =
        Map.of("a", " href=\"", "link", " href=\"", "img", " src=\"", "script", " src=\"");
    for (int open = html.indexOf('<'); open >= 0; open = html.indexOf('<', open + 1)) {
      int close = html.indexOf('>', open);
      if (close < 0) {
        return;
      }
      String tag = html.substring(open + 1, close);
      String id = attribute(tag, " id=\"");
      if (id != null) {
        ids.add(id);
      }
      int space = tag.indexOf(' ');
      String name = space < 0 ? null : linking.get(tag.substring(0, space));
      String url = name == null ? null : attribute(tag, name);
      if (url != null) {
        urls.add(url);
      }
    }
  }

  private static String attribute(String tag, String nameQuote) {
    int at = tag.indexOf(nameQuote);
    if (at < 0) {
      return null;
    }
    int start = at + nameQuote.length();
    int end = tag.indexOf('"', start);
    return end < 0 ? null : HtmlText.decode(tag.substring(start, end));
  }
}
