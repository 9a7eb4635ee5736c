package kb.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kb.brand.Brand;
import kb.content.AssetFile;
import kb.markdown.RenderedPage;
import kb.search.SearchDataFile;
import kb.search.SearchIndex;
import kb.site.CrawlerFiles;
import kb.site.Site;
import kb.site.SiteFile;
import kb.template.PageRenderer;
import kb.template.SitePage;
import kb.template.StaticFile;

/**
 * Gathers the files of one brand's site: pages, crawler files, the content files pages use, assets,
 * search.
 */
final class SiteAssembly {

  private SiteAssembly() {}

  static BuiltSite of(
      Brand brand,
      List<RenderedPage> rendered,
      List<SitePage> pages,
      List<StaticFile> statics,
      SearchIndex search,
      EncodedFiles encoded) {
    List<SiteFile> files = new ArrayList<>();
    for (SitePage page : pages) {
      files.add(encoded.text(page, page.path(), page.html()));
    }
    files.addAll(otherFiles(brand, rendered, pages.stream().map(SitePage::path).toList(), statics));
    for (SearchDataFile data : search.browserFiles()) {
      files.add(encoded.text(data, data.path(), data.script()));
    }
    encoded.assembled();
    return new BuiltSite(brand, new Site(brand.id(), files), rendered, null);
  }

  /**
   * Every file of the site but its pages and search data: crawler files, the content files pages
   * use, template assets.
   */
  static List<SiteFile> otherFiles(
      Brand brand, List<RenderedPage> rendered, List<String> pagePaths, List<StaticFile> statics) {
    List<SiteFile> files =
        new ArrayList<>(CrawlerFiles.of(brand.siteUrl(), listedPages(pagePaths)));
    // Only files a page uses are copied, so one brand's images never ship with another's site.
    Map<String, AssetFile> used = new TreeMap<>();
    for (RenderedPage page : rendered) {
      page.assets().forEach(asset -> used.put(asset.path(), asset));
    }
    used.values().forEach(asset -> files.add(SiteFile.copy(asset.path(), asset.file())));
    for (StaticFile file : statics) {
      files.add(
          file.text()
              .map(text -> SiteFile.text(file.path(), text))
              .orElseGet(() -> SiteFile.copy(file.path(), file.file())));
    }
    return files;
  }

  /** The pages a sitemap lists: every HTML page but the one hosts show for missing URLs. */
  private static List<String> listedPages(List<String> pagePaths) {
    return pagePaths.stream()
        .filter(p -> p.endsWith(".html") && !p.equals(PageRenderer.NOT_FOUND_PAGE))
        .toList();
  }
}
