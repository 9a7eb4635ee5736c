package kb.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
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
import kb.search.SearchAnalysis;
import kb.search.SearchIndex;
import kb.search.SearchIndexWriter;
import kb.site.SiteWriter;
import kb.template.PageRenderer;
import kb.template.SitePage;

/**
 * Builds the sites of the brands asked for. Every brand is built in memory first and written only
 * when all succeeded, so a content error never publishes one brand's site without the other's.
 */
public final class SiteBuild {

  /** Where each brand's Lucene index is written, inside the output folder. */
  public static final String LUCENE_FOLDER = ".lucene";

  private final MarkdownRenderer markdown = new MarkdownRenderer();
  private final SearchIndexWriter searchIndex = new SearchIndexWriter(new SearchAnalysis());

  /**
   * @throws kb.diagnostic.BuildFailedException for any problem in the input, with file and line
   */
  public List<BrandReport> run(BuildOptions options) {
    ContentSet content = new ContentLoader().load(options.contentDir());
    BrandCatalog brands =
        BrandCatalog.load(options.contentDir().resolve(ContentLoader.BRANDS_FOLDER));
    PageRenderer templates = new PageRenderer(options.templatesDir());
    // Brands are independent once the content is read: build them side by side.
    List<BuiltSite> sites =
        inParallel(brands.select(options.brand()), b -> build(content, brands, b, templates));
    List<BrandReport> reports = new ArrayList<>();
    for (BuiltSite built : sites) {
      SiteWriter writer = new SiteWriter();
      writer.write(built.site(), options.outDir());
      writer.write(built.luceneIndex(), options.outDir());
      reports.add(built.report(options.outDir()));
    }
    return List.copyOf(reports);
  }

  /** Runs {@code build} for every brand at once; a failure is thrown in brand order. */
  private static List<BuiltSite> inParallel(List<Brand> brands, Function<Brand, BuiltSite> build) {
    List<CompletableFuture<BuiltSite>> running =
        brands.stream().map(b -> CompletableFuture.supplyAsync(() -> build.apply(b))).toList();
    List<BuiltSite> sites = new ArrayList<>();
    for (CompletableFuture<BuiltSite> site : running) {
      try {
        sites.add(site.join());
      } catch (CompletionException e) {
        throw e.getCause() instanceof RuntimeException cause ? cause : e;
      }
    }
    return sites;
  }

  /** Where {@code kb build} wrote a brand's Lucene index. */
  public static Path luceneIndex(Path outDir, String brand) {
    return outDir.resolve(LUCENE_FOLDER).resolve(brand);
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
    SearchIndex search = searchIndex.write(SearchIndexWriter.docs(rendered));
    return SiteAssembly.of(brand, rendered, pages, templates.staticFiles(), search);
  }
}
