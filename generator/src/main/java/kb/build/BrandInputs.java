package kb.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kb.brand.Brand;
import kb.brand.BrandCatalog;
import kb.brand.BrandedPage;
import kb.content.AssetFile;
import kb.content.ContentSet;
import kb.content.FrontMatter;

/**
 * Everything one brand's site is made from. Two equal values build the same site, so a rebuild
 * skips a brand whose inputs equal those of its last good build. Immutable.
 *
 * @param brands every brand: links to any brand's doc site depend on all of them
 * @param pages each page as this brand sees it
 * @param assets the content files this brand may use: shared ones and its own overrides
 * @param templates the templates folder
 */
record BrandInputs(
    List<Brand> brands, List<PageInputs> pages, FileDigests assets, FileDigests templates) {

  BrandInputs {
    brands = List.copyOf(brands);
    pages = List.copyOf(pages);
  }

  /**
   * A page after brand blocks and variables, without its line map: an edit inside another brand's
   * block shifts lines but changes nothing this brand shows, and lines only appear in errors, which
   * the same Markdown cannot have when it built before.
   */
  record PageInputs(
      String path,
      int order,
      String docPath,
      String anchor,
      String title,
      String category,
      String markdown) {

    static PageInputs of(BrandedPage page) {
      FrontMatter front = page.source().frontMatter();
      return new PageInputs(
          page.source().path(),
          front.order(),
          front.docPath(),
          front.anchor(),
          page.title(),
          page.category(),
          page.markdown());
    }
  }

  /**
   * @param branded every page of {@code content} resolved for {@code brand}, in page order
   */
  static BrandInputs of(
      ContentSet content,
      BrandCatalog brands,
      Brand brand,
      List<BrandedPage> branded,
      FileDigests templates) {
    List<PageInputs> pages = branded.stream().map(PageInputs::of).toList();
    Map<String, Path> assets = new TreeMap<>();
    for (AssetFile asset : content.assets()) {
      if (asset.isShared() || asset.brand().equals(brand.id())) {
        assets.put(asset.brand() + ":" + asset.path(), asset.file());
      }
    }
    return new BrandInputs(brands.all(), pages, FileDigests.of(assets), templates);
  }
}
