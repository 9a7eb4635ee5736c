package kb.build;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import kb.brand.Brand;
import kb.brand.BrandCatalog;
import kb.brand.BrandResolver;
import kb.brand.BrandedPage;
import kb.content.AssetFile;
import kb.content.ContentSet;
import kb.content.SourcePage;
import kb.link.PageAnchors;
import kb.markdown.RenderedPage;
import kb.template.EarlierPages;
import kb.template.PageRenderer;

/**
 * What one brand's last good build made of each page, for kb serve, so a rebuild after an edit
 * makes again only what the edit changed. Each stage's output is kept with the inputs it was made
 * from and taken again only when they are equal:
 *
 * <ul>
 *   <li>a page is resolved and parsed again only when its source changed (or the brands did);
 *   <li>it is rendered again only when it was parsed again or the {@link LinkInputs} of the brand
 *       changed, since a link may point at any page;
 *   <li>the templates fill again only what {@link PageRenderer#render(List, Brand, EarlierPages)}
 *       cannot take again.
 * </ul>
 *
 * Immutable.
 *
 * @param brand the brand the pages were built for
 * @param brandIds every brand id of the content, which brand blocks are checked against
 * @param links what every page was rendered against
 * @param pages each page's stages, by its path in the content folder
 * @param templates the renderer that filled {@code filled}
 * @param filled the site's pages as {@code templates} filled them
 */
record PageMemo(
    Brand brand,
    List<String> brandIds,
    LinkInputs links,
    Map<String, PageStages> pages,
    PageRenderer templates,
    EarlierPages filled) {

  /** Nothing built yet. */
  static final PageMemo NONE = new PageMemo(null, List.of(), null, Map.of(), null, null);

  PageMemo {
    brandIds = List.copyOf(brandIds);
    pages = Map.copyOf(pages);
  }

  /**
   * What one page became at each stage.
   *
   * @param source the page as written
   * @param branded {@code source} resolved for the brand
   * @param anchors what other pages may link to in it
   * @param rendered its HTML, rendered against the memo's {@link LinkInputs}
   */
  record PageStages(
      SourcePage source, BrandedPage branded, PageAnchors anchors, RenderedPage rendered) {}

  /**
   * Everything a page's rendering reads besides the page itself: the link table is made of these.
   *
   * @param pages every page's anchors, in page order
   * @param brand the brand
   * @param brands every brand, whose doc-site paths links may use
   * @param assets the content files links and images may name
   */
  record LinkInputs(
      List<PageAnchors> pages, Brand brand, List<Brand> brands, List<AssetFile> assets) {

    LinkInputs {
      pages = List.copyOf(pages);
      brands = List.copyOf(brands);
      assets = List.copyOf(assets);
    }
  }

  /**
   * The stages of a page {@link #resolve} took from this memo, or null for a page resolved again.
   */
  PageStages stagesOf(BrandedPage page) {
    PageStages stages = pages.get(page.source().path());
    return stages != null && stages.branded() == page ? stages : null;
  }

  /** The stages of {@code source} from the last build, or null when they cannot be taken again. */
  private PageStages stagesOf(SourcePage source, Brand brand, List<String> brandIds) {
    if (!brand.equals(this.brand) || !brandIds.equals(this.brandIds)) {
      return null;
    }
    PageStages stages = pages.get(source.path());
    return stages != null && stages.source().equals(source) ? stages : null;
  }

  /**
   * Every page of {@code content} resolved for {@code brand}, in page order: those whose source is
   * unchanged as the memo has them, the others resolved again.
   *
   * @throws kb.diagnostic.BuildFailedException with every problem of the pages resolved again
   */
  List<BrandedPage> resolve(ContentSet content, BrandCatalog brands, Brand brand) {
    List<SourcePage> sources = content.pages();
    BrandedPage[] branded = new BrandedPage[sources.size()];
    List<SourcePage> changed = new ArrayList<>();
    for (int i = 0; i < branded.length; i++) {
      PageStages stages = stagesOf(sources.get(i), brand, brands.ids());
      if (stages == null) {
        changed.add(sources.get(i));
      } else {
        branded[i] = stages.branded();
      }
    }
    Iterator<BrandedPage> resolved =
        new BrandResolver(brands.ids())
            .resolve(new ContentSet(content.root(), changed, content.assets()), brand)
            .iterator();
    for (int i = 0; i < branded.length; i++) {
      if (branded[i] == null) {
        branded[i] = resolved.next();
      }
    }
    return List.of(branded);
  }

  /** The pages {@code renderer} filled last time, or null when another renderer filled them. */
  EarlierPages filledBy(PageRenderer renderer) {
    return renderer == templates ? filled : null;
  }

  static Map<String, PageStages> byPath(List<PageStages> stages) {
    Map<String, PageStages> byPath = new HashMap<>();
    stages.forEach(page -> byPath.put(page.source().path(), page));
    return byPath;
  }
}
