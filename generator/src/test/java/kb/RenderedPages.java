package kb;

import java.util.List;
import kb.brand.Brand;
import kb.brand.BrandCatalog;
import kb.brand.BrandResolver;
import kb.content.ContentSet;
import kb.diagnostic.Diagnostics;
import kb.link.LinkTable;
import kb.markdown.MarkdownRenderer;
import kb.markdown.RenderedPage;

/** The pipeline's brand, render and link stages over a content set, for stage tests. */
public final class RenderedPages {

  private RenderedPages() {}

  /**
   * Every page of {@code content} resolved for {@code brand}, rendered and linked.
   *
   * @throws kb.diagnostic.BuildFailedException with the problems of all three stages
   */
  public static List<RenderedPage> of(
      MarkdownRenderer renderer, ContentSet content, BrandCatalog brands, Brand brand) {
    Diagnostics problems = new Diagnostics();
    List<RenderedPage> rendered =
        renderer.render(
            new BrandResolver(brands.ids()).resolve(content, brand, problems), problems);
    LinkTable links = LinkTable.of(rendered, brand, brands.all(), content.assets());
    List<RenderedPage> linked = links.resolve(rendered, problems);
    problems.throwIfAny();
    return linked;
  }
}
