package kb.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kb.brand.Brand;
import kb.content.AssetFile;
import kb.markdown.RenderedPage;
import kb.site.CrawlerFiles;
import kb.site.SiteFile;
import kb.template.PageRenderer;
import kb.template.StaticFile;

/**
 * The files of one brand's site besides its pages and search data: crawler files, the content files
 * pages use, template assets.
 */
final class SiteAssembly {

  private SiteAssembly() {}

  /**
   * @param brand the brand as its site in one language shows it
   * @param siteUrls the site URL of each of the brand's languages, the root one first
   */
  static List<SiteFile> otherFiles(
      Brand brand,
      List<CrawlerFiles.Language> siteUrls,
      List<RenderedPage> pages,
      PageRenderer templates) {
    List<SiteFile> files = new ArrayList<>();
    // Crawlers read robots.txt and the sitemap at the site's root only: one pair, for every
    // language, in the root language's site.
    if (brand.language().equals(brand.rootLanguage())) {
      files.addAll(CrawlerFiles.of(siteUrls, listedPages(PageRenderer.paths(pages))));
    }
    // Only files a page uses are copied, so one brand's images never ship with another's site.
    Map<String, AssetFile> used = new TreeMap<>();
    for (RenderedPage page : pages) {
      page.assets().forEach(asset -> used.put(asset.path(), asset));
    }
    used.values().forEach(asset -> files.add(SiteFile.copy(asset.path(), asset.file())));
    for (StaticFile file : templates.staticFiles()) {
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
