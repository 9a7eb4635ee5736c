package kb.build;

import java.util.ArrayList;
import java.util.List;
import kb.brand.Brand;
import kb.brand.BrandCatalog;
import kb.brand.BrandResolver;
import kb.brand.BrandedPage;
import kb.content.ContentLoader;
import kb.content.ContentSet;
import kb.link.LinkTable;
import kb.markdown.MarkdownRenderer;
import kb.markdown.ParsedPage;
import kb.markdown.RenderedPage;
import kb.site.SiteWriter;
import kb.template.PageRenderer;
import kb.template.SitePage;

/**
 * Builds the sites of the brands asked for. Every brand is built in memory first and written only
 * when all succeeded, so a content error never publishes one brand's site without the other's.
 */
public final class SiteBuild {

  private final MarkdownRenderer markdown = new MarkdownRenderer();

  /**
   * @throws kb.diagnostic.BuildFailedException for any problem in the input, with file and line
   */
  public List<BrandReport> run(BuildOptions options) {
    ContentSet content = new ContentLoader().load(options.contentDir());
    BrandCatalog brands =
        BrandCatalog.load(options.contentDir().resolve(ContentLoader.BRANDS_FOLDER));
    PageRenderer templates = new PageRenderer(options.templatesDir());
    List<BuiltSite> sites = new ArrayList<>();
    for (Brand brand : brands.select(options.brand())) {
      sites.add(build(content, brands, brand, templates));
    }
    List<BrandReport> reports = new ArrayList<>();
    for (BuiltSite built : sites) {
      new SiteWriter().write(built.site(), options.outDir());
      reports.add(built.report(options.outDir()));
    }
    return List.copyOf(reports);
  }

  /** The pipeline for one brand, stage by stage. */
  BuiltSite build(ContentSet content, BrandCatalog brands, Brand brand, PageRenderer templates) {
    List<BrandedPage> branded = new BrandResolver(brands.ids()).resolve(content, brand);
    List<ParsedPage> parsed = markdown.parse(branded);
    // Links are resolved only once every page of the brand is parsed: they may point anywhere.
    LinkTable links =
        LinkTable.of(
            parsed.stream().map(ParsedPage::anchors).toList(),
            brand,
            brands.all(),
            content.assets());
    List<RenderedPage> rendered = markdown.render(parsed, links);
    List<SitePage> pages = templates.render(rendered, brand);
    return new BuiltSite(
        SiteAssembly.of(brand, rendered, pages, templates.staticFiles()), rendered);
  }
}
