package kb.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import kb.TestContent;
import kb.browser.Browser;
import kb.build.SiteBuild;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Brand alpha's site built from one FAQ page, once per test class, with its Lucene index open while
 * the class runs: what the browser search tests rank against. Register it as a static
 * {@code @RegisterExtension} field.
 */
final class AlphaSearchSite implements BeforeAllCallback, AfterAllCallback {

  private final String name;
  private final String kind;
  private final Supplier<String> questions;
  private Path dir;
  private Path site;
  private FaqSearcher lucene;

  /** The page {@code faq/<name>.md}, titled {@code name}, holding {@code questions}. */
  AlphaSearchSite(String name, Supplier<String> questions) {
    this(name, "faq", questions);
  }

  /** As {@link #AlphaSearchSite(String, Supplier)}, the page of front matter {@code kind}. */
  AlphaSearchSite(String name, String kind, Supplier<String> questions) {
    this.name = name;
    this.kind = kind;
    this.questions = questions;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    dir = Files.createTempDirectory("kb-alpha-search-");
    TestContent content = TestContent.twoBrands(dir);
    String page = TestContent.page(name, name, 1, questions.get());
    content.write(
        "faq/" + name + ".md", page.replaceFirst("\n---\n", "\nkind: " + kind + "\n---\n"));
    Path out = dir.resolve("out");
    new SiteBuild().run(content.options(out, "alpha"));
    site = out.resolve("alpha");
    lucene =
        FaqSearcher.open(
            FSDirectory.open(SiteBuild.luceneIndex(out, "alpha")), new SearchAnalysis());
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    try {
      if (lucene != null) {
        lucene.close();
      }
    } finally {
      delete();
    }
  }

  private void delete() throws IOException {
    if (dir == null) {
      return; // the folder was never made
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  /** The built site's folder. */
  Path site() {
    return site;
  }

  /** The shared browser, on the site's home page, loaded afresh: no search data loaded yet. */
  ChromeDriver home() {
    ChromeDriver driver = Browser.get();
    driver.get(site.resolve("index.html").toUri().toString());
    return driver;
  }

  /**
   * Runs {@code check} with the search data file {@code name} (as {@code d-0.js}) deleted, as an
   * upload that lost it leaves the site, then puts the file back.
   */
  void withoutSearchFile(String name, Runnable check) throws IOException {
    Path file = site.resolve("search").resolve(name);
    byte[] kept = Files.readAllBytes(file);
    Files.delete(file);
    try {
      check.run();
    } finally {
      Files.write(file, kept);
    }
  }

  /** Lucene's top 10 for {@code query}: the URLs of its questions, best first. */
  List<String> top10(String query) {
    return lucene.search(query, 10).stream().map(SearchHit::url).toList();
  }

  /** Lucene's top 10 hits, with their scores. */
  List<SearchHit> hits10(String query) {
    return lucene.search(query, 10);
  }
}
