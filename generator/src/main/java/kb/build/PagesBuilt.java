package kb.build;

import java.util.List;
import kb.brand.Brand;
import kb.markdown.RenderedPage;
import kb.search.SearchIndex;
import kb.template.SitePage;
import kb.template.StaticFile;

/**
 * One brand's pages, built up to the search stage. Immutable.
 *
 * @param brand the brand
 * @param rendered the pages' questions and HTML, for search
 * @param pages the finished HTML pages, the home page first
 * @param statics the template assets every site gets
 */
record PagesBuilt(
    Brand brand, List<RenderedPage> rendered, List<SitePage> pages, List<StaticFile> statics) {

  PagesBuilt {
    rendered = List.copyOf(rendered);
    pages = List.copyOf(pages);
    statics = List.copyOf(statics);
  }

  /** The whole site, with the search data of these pages or, in kb serve, of a previous build. */
  BuiltSite assemble(SearchIndex search) {
    return SiteAssembly.of(brand, rendered, pages, statics, search);
  }
}
