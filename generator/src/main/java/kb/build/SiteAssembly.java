package kb.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kb.brand.Brand;
import kb.content.AssetFile;
import kb.markdown.RenderedPage;
import kb.site.Site;
import kb.site.SiteFile;
import kb.template.SitePage;
import kb.template.StaticFile;

/** Gathers the files of one brand's site: its pages, the content files they use, the assets. */
final class SiteAssembly {

  private SiteAssembly() {}

  static Site of(
      Brand brand, List<RenderedPage> rendered, List<SitePage> pages, List<StaticFile> statics) {
    List<SiteFile> files = new ArrayList<>();
    for (SitePage page : pages) {
      files.add(SiteFile.text(page.path(), page.html()));
    }
    // Only files a page uses are copied, so one brand's images never ship with another's site.
    Map<String, AssetFile> used = new TreeMap<>();
    for (RenderedPage page : rendered) {
      page.assets().forEach(asset -> used.put(asset.path(), asset));
    }
    used.values().forEach(asset -> files.add(SiteFile.copy(asset.path(), asset.file())));
    statics.forEach(file -> files.add(SiteFile.copy(file.path(), file.file())));
    return new Site(brand.id(), files);
  }
}
