package kb.check;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import kb.brand.Brand;
import kb.markdown.RenderedPage;
import kb.search.SearchDataFile;
import kb.template.SitePage;
import kb.template.StaticFile;

/**
 * A brand's site as built in memory, with the pages it came from: what {@link SiteChecker} reads.
 * Immutable.
 *
 * @param brand the brand
 * @param pages the rendered FAQ pages, which lead back to source lines
 * @param html every HTML file of the site
 * @param searchData the site's search scripts
 * @param otherFiles paths of every other file of the site (images, assets)
 * @param templatesDir the templates folder, named for problems that come from templates
 * @param statics the template assets every site gets, as they are written
 */
public record SiteContent(
    Brand brand,
    List<RenderedPage> pages,
    List<SitePage> html,
    List<SearchDataFile> searchData,
    Set<String> otherFiles,
    Path templatesDir,
    List<StaticFile> statics) {

  public SiteContent {
    pages = List.copyOf(pages);
    html = List.copyOf(html);
    searchData = List.copyOf(searchData);
    otherFiles = Set.copyOf(otherFiles);
    statics = List.copyOf(statics);
  }
}
