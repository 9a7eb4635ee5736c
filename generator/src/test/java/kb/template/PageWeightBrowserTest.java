package kb.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import kb.ShippedSites;
import kb.browser.Browser;
import kb.browser.StaticServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Page weight and self-containment: what Chromium loads for each page is at most 30 KB of CSS and
 * JavaScript gzipped, 40 KB with a search's results open, and comes from the site itself; no page
 * or stylesheet refers to another host.
 */
class PageWeightBrowserTest {

  private static final int BUDGET = 30 * 1024;

  /**
   * A search also loads its terms' and its results' data files: with the guide and reference pages
   * beside the FAQ, a query's ten results lie in more chunks of eight (5 of them, 8.8 KB, for
   * "telnet port"), where the FAQ alone fitted in 30 KB.
   */
  private static final int SEARCH_BUDGET = 40 * 1024;

  private static final List<String> REPORT = new ArrayList<>();

  @AfterAll
  static void report() {
    System.out.println("CSS+JS per page, gzipped:\n  " + String.join("\n  ", REPORT));
  }

  static int gzipped(byte[] bytes) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
        gzip.write(bytes);
      }
      return out.size();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The page's inline scripts and styles, which load with it. */
  private static int inlineWeight(Path page) throws IOException {
    Document doc = Jsoup.parse(page.toFile(), "UTF-8");
    int total = 0;
    for (Element e : doc.select("script:not([src]), style")) {
      total += gzipped(e.data().getBytes(StandardCharsets.UTF_8));
    }
    return total;
  }

  /**
   * What the page loaded: not the 404 page's root probe, an XMLHttpRequest that asks for {@code
   * kb.css} with HEAD, headers without a body.
   */
  @SuppressWarnings("unchecked")
  private static List<String> loadedResources(ChromeDriver driver) {
    return (List<String>)
        driver.executeScript(
            "return performance.getEntriesByType('resource')"
                + ".filter(e => e.initiatorType !== 'xmlhttprequest').map(e => e.name);");
  }

  /** Loads a page over HTTP and returns the gzipped CSS+JS it loaded, failing on another host. */
  private static int measure(
      ChromeDriver driver, StaticServer server, Path site, String page, String query)
      throws IOException {
    driver.get(server.url(page));
    if (query != null) {
      AccessibilityBrowserTest.openSearchResults(driver, query);
    }
    String origin = server.url("");
    int total = inlineWeight(site.resolve(page));
    List<String> parts = new ArrayList<>();
    for (String url : loadedResources(driver)) {
      assertTrue(url.startsWith(origin), page + " loads " + url + " from another host");
      String path = URI.create(url).getPath().substring(URI.create(origin).getPath().length());
      if (path.endsWith(".js") || path.endsWith(".css")) {
        int size = gzipped(Files.readAllBytes(site.resolve(path)));
        total += size;
        parts.add(path + " " + size);
      }
    }
    String what = page + (query == null ? "" : " + search '" + query + "'");
    REPORT.add(
        String.format(
            Locale.ROOT,
            "%s %s: %.1f KB (%s + inline)",
            site.getFileName(),
            what,
            total / 1024.0,
            String.join(", ", parts)));
    return total;
  }

  @Test
  void everyPageLoadsAtMost30KbOfCssAndJsGzipped40WithSearchAllFromItsOwnSite() throws IOException {
    ChromeDriver driver = Browser.get();
    for (String brand : ShippedSites.BRANDS) {
      Path site = ShippedSites.out().resolve(brand);
      try (StaticServer server = StaticServer.serve(site, "/" + brand + "/docs/")) {
        for (String page : List.of("index.html", "faq/opend.html", "404.html")) {
          int weight = measure(driver, server, site, page, null);
          assertTrue(weight <= BUDGET, brand + " " + page + ": " + weight + " bytes");
        }
        for (String query : List.of("telnet port", "how do i verify the phone code")) {
          int weight = measure(driver, server, site, "faq/opend.html", query);
          assertTrue(
              weight <= SEARCH_BUDGET, brand + " search '" + query + "': " + weight + " bytes");
        }
      }
    }
  }

  @Test
  void noPageRefersToAnotherHostForWhatItLoads() throws IOException {
    int checked = 0;
    for (String brand : ShippedSites.BRANDS) {
      Path site = ShippedSites.out().resolve(brand);
      for (Path page : files(site, ".html")) {
        Document doc = Jsoup.parse(page.toFile(), "UTF-8");
        for (Element e :
            doc.select(
                "link[href]:not([rel=canonical]):not([rel=alternate]), script[src], img[src],"
                    + " source, iframe")) {
          String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
          URI uri = URI.create(url);
          assertEquals(null, uri.getScheme(), site.relativize(page) + ": " + e);
          assertFalse(url.startsWith("/"), site.relativize(page) + ": " + e);
          assertTrue(
              Files.isRegularFile(page.getParent().resolve(uri.getPath()).normalize()),
              site.relativize(page) + ": " + e);
          checked++;
        }
        String style = String.join("\n", doc.select("style").eachText());
        assertEquals(List.of(), remoteReferences(style), site.relativize(page).toString());
      }
    }
    assertTrue(checked > 30, "references checked: " + checked);
  }

  @Test
  void stylesheetsImportNothingAndUseNoRemoteFontsOrImages() throws IOException {
    for (String brand : ShippedSites.BRANDS) {
      for (Path css : files(ShippedSites.out().resolve(brand), ".css")) {
        String text = Files.readString(css);
        assertFalse(text.contains("@import"), css + " imports another stylesheet");
        assertFalse(text.contains("@font-face"), css + " loads a font");
        assertEquals(List.of(), remoteReferences(text), css.toString());
      }
    }
  }

  private static final Pattern URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)");

  /** The url(...) references of CSS that are not data: URIs or files of the site. */
  private static List<String> remoteReferences(String css) {
    List<String> remote = new ArrayList<>();
    Matcher m = URL.matcher(css);
    while (m.find()) {
      String url = m.group(1).strip();
      if (url.contains("//") || url.startsWith("/")) {
        remote.add(url);
      }
    }
    return remote;
  }

  private static List<Path> files(Path folder, String suffix) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }
}
