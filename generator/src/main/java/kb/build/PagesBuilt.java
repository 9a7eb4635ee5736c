package kb.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import kb.brand.Brand;
import kb.check.CheckReport;
import kb.check.SiteContent;
import kb.markdown.RenderedPage;
import kb.search.SearchDataFile;
import kb.search.SearchIndex;
import kb.template.SitePage;
import kb.template.StaticFile;

/**
 * One brand's pages, built and checked up to the search stage. Immutable.
 *
 * @param brand the brand
 * @param rendered the pages' questions and HTML, for search
 * @param pages the finished HTML pages, the home page first
 * @param statics the template assets every site gets
 * @param check what the checks of the pages found (nothing, once built), or null before
 * @param memo what a rebuild of the brand may take again of this build
 */
record PagesBuilt(
    Brand brand,
    List<RenderedPage> rendered,
    List<SitePage> pages,
    List<StaticFile> statics,
    CheckReport check,
    PageMemo memo) {

  PagesBuilt {
    rendered = List.copyOf(rendered);
    pages = List.copyOf(pages);
    statics = List.copyOf(statics);
  }

  PagesBuilt withCheck(CheckReport report) {
    return new PagesBuilt(brand, rendered, pages, statics, report, memo);
  }

  /**
   * The whole site, with the search data of these pages or, in kb serve, of a previous build; text
   * files are taken from {@code encoded} when they were made from the same objects.
   */
  BuiltSite assemble(SearchIndex search, EncodedFiles encoded) {
    return SiteAssembly.of(brand, rendered, pages, statics, search, encoded).withCheck(check);
  }

  /** What the checks read: the pages, their HTML, the given search data, the other files. */
  SiteContent checked(List<SearchDataFile> searchData, Path templatesDir) {
    Set<String> others = new TreeSet<>();
    statics.forEach(file -> others.add(file.path()));
    rendered.forEach(page -> page.assets().forEach(asset -> others.add(asset.path())));
    return new SiteContent(brand, rendered, pages, searchData, others, templatesDir, statics);
  }
}
