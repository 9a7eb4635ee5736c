package kb.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kb.brand.Brand;
import kb.brand.BrandCatalog;
import kb.brand.BrandResolver;
import kb.brand.BrandedPage;
import kb.check.CheckReport;
import kb.check.SiteChecker;
import kb.content.ContentLoader;
import kb.content.ContentSet;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.Diagnostics;
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
  private final SiteChecker checker = new SiteChecker();
  private final BuildProgress progress;

  public SiteBuild() {
    this(BuildProgress.NONE);
  }

  public SiteBuild(BuildProgress progress) {
    this.progress = progress;
  }

  /**
   * @throws kb.diagnostic.BuildFailedException for any problem in the input, with file and line
   */
  public List<BrandReport> run(BuildOptions options) {
    List<BuiltSite> sites = prepare(options);
    List<BrandReport> reports = new ArrayList<>();
    for (BuiltSite built : sites) {
      SiteWriter writer = new SiteWriter();
      writer.write(built.site(), options.outDir());
      writer.write(built.luceneIndex(), options.outDir());
      reports.add(built.report(options.outDir()));
    }
    return List.copyOf(reports);
  }

  /**
   * Builds and checks every brand in memory, writing nothing: what {@code kb check} runs.
   *
   * @throws kb.diagnostic.BuildFailedException for any problem, with file and line
   */
  public List<CheckReport> check(BuildOptions options) {
    return prepare(options).stream().map(BuiltSite::check).toList();
  }

  /** Every brand built and checked in memory; the problems of all brands are reported together. */
  private List<BuiltSite> prepare(BuildOptions options) {
    ContentSet content = new ContentLoader().load(options.contentDir());
    BrandCatalog brands =
        BrandCatalog.load(options.contentDir().resolve(ContentLoader.BRANDS_FOLDER));
    PageRenderer templates = new PageRenderer(options.templatesDir());
    Diagnostics problems = new Diagnostics();
    List<BuiltSite> sites = new ArrayList<>();
    for (Brand brand : brands.select(options.brand())) {
      try {
        sites.add(build(content, brands, brand, templates));
      } catch (BuildFailedException e) {
        problems.addAll(e.diagnostics());
      }
    }
    problems.throwIfAny();
    return sites;
  }

  /** Where {@code kb build} wrote a brand's Lucene index. */
  public static Path luceneIndex(Path outDir, String brand) {
    return outDir.resolve(LUCENE_FOLDER).resolve(brand);
  }

  /** The pipeline for one brand, stage by stage. */
  BuiltSite build(ContentSet content, BrandCatalog brands, Brand brand, PageRenderer templates) {
    PagesBuilt pages = buildPages(content, brands, brand, templates);
    return pages.assemble(search(pages, templates.folder()));
  }

  /** Every stage but search, checks included: kb serve shows these pages before search is built. */
  PagesBuilt buildPages(
      ContentSet content, BrandCatalog brands, Brand brand, PageRenderer templates) {
    List<BrandedPage> branded = new BrandResolver(brands.ids()).resolve(content, brand);
    List<ParsedPage> parsed = markdown.parse(branded);
    // Links are resolved only once every page of the brand is parsed: they may point anywhere.
    LinkTable links =
        LinkTable.of(
            parsed.stream().map(ParsedPage::anchors).toList(),
            brand,
            brands.all(),
            content.assets());
    List<RenderedPage> rendered = renderEach(parsed, links, brand.id());
    List<SitePage> pages = templates.render(rendered, brand);
    PagesBuilt built = new PagesBuilt(brand, rendered, pages, templates.staticFiles(), null);
    // The last look before anything is written: links in the HTML, brand leaks.
    return built.withCheck(passed(checker.check(built.checked(List.of(), templates.folder()))));
  }

  /** The search stage: the Lucene index and the browser's search data, checked for brand leaks. */
  SearchIndex search(PagesBuilt pages, Path templatesDir) {
    SearchIndex search = searchIndex.write(SearchIndexWriter.docs(pages.rendered()));
    passed(checker.checkSearchData(pages.checked(search.browserFiles(), templatesDir)));
    return search;
  }

  private static CheckReport passed(CheckReport report) {
    if (!report.problems().isEmpty()) {
      throw new BuildFailedException(report.problems());
    }
    return report;
  }

  /** Renders page by page so progress can count pages; every page's problems are still listed. */
  private List<RenderedPage> renderEach(List<ParsedPage> parsed, LinkTable links, String brand) {
    Diagnostics problems = new Diagnostics();
    List<RenderedPage> rendered = new ArrayList<>();
    progress.pagesRendered(brand, 0, parsed.size());
    for (int i = 0; i < parsed.size(); i++) {
      try {
        rendered.addAll(markdown.render(List.of(parsed.get(i)), links));
      } catch (BuildFailedException e) {
        problems.addAll(e.diagnostics());
      }
      progress.pagesRendered(brand, i + 1, parsed.size());
    }
    problems.throwIfAny();
    return List.copyOf(rendered);
  }
}
