package kb.search;

import java.io.IOException;
import java.nio.file.Path;
import kb.TestContent;
import kb.build.SiteBuild;
import org.apache.lucene.store.FSDirectory;

/**
 * Brand alpha's site built from one FAQ page, with its Lucene index open: what the browser search
 * tests rank against.
 *
 * @param site the built site's folder
 * @param lucene the site's index
 */
record AlphaSearchSite(Path site, FaqSearcher lucene) implements AutoCloseable {

  /**
   * Builds {@code faq/<name>.md}, titled {@code title}, holding {@code questions}, in {@code dir}.
   */
  static AlphaSearchSite build(Path dir, String name, String title, String questions)
      throws IOException {
    TestContent content = TestContent.twoBrands(dir);
    content.write("faq/" + name + ".md", TestContent.page(title, title, 1, questions));
    Path out = dir.resolve("out");
    new SiteBuild().run(content.options(out, "alpha"));
    FaqSearcher lucene =
        FaqSearcher.open(
            FSDirectory.open(SiteBuild.luceneIndex(out, "alpha")), new SearchAnalysis());
    return new AlphaSearchSite(out.resolve("alpha"), lucene);
  }

  @Override
  public void close() {
    lucene.close();
  }
}
