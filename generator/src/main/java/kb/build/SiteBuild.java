package kb.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
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
  private static final ThreadFactory BRAND_THREADS =
      task -> {
        Thread thread = new Thread(task, "kb-brand");
        thread.setDaemon(true);
        return thread;
      };

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

  /**
   * Every brand built and checked in memory, side by side (brands are independent once the content
   * is read); the problems of all brands are reported together.
   */
  private List<BuiltSite> prepare(BuildOptions options) {
    ContentSet content = new ContentLoader().load(options.contentDir());
    BrandCatalog brands =
        BrandCatalog.load(options.contentDir().resolve(ContentLoader.BRANDS_FOLDER));
    PageRenderer templates = new PageRenderer(options.templatesDir());
    List<Brand> selected = brands.select(options.brand());
    // Threads of their own: the common pool, which pages are rendered on, has one thread on two
    // cores, so brands submitted there would run one after the other.
    ExecutorService threads = Executors.newFixedThreadPool(selected.size(), BRAND_THREADS);
    try {
      List<CompletableFuture<BuiltSite>> running =
          selected.stream()
              .map(
                  b ->
                      CompletableFuture.supplyAsync(
                          () -> build(content, brands, b, templates), threads))
              .toList();
      return joined(running);
    } finally {
      threads.shutdown();
    }
  }

  /** The sites in brand order; every brand's problems together, a bug as it was thrown. */
  private static List<BuiltSite> joined(List<CompletableFuture<BuiltSite>> running) {
    Diagnostics problems = new Diagnostics();
    List<BuiltSite> sites = new ArrayList<>();
    for (CompletableFuture<BuiltSite> site : running) {
      try {
        sites.add(site.join());
      } catch (CompletionException e) {
        if (e.getCause() instanceof BuildFailedException failed) {
          problems.addAll(failed.diagnostics());
        } else {
          throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
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

  /** Renders the pages on all cores, telling progress as each page is done. */
  private List<RenderedPage> renderEach(List<ParsedPage> parsed, LinkTable links, String brand) {
    AtomicInteger done = new AtomicInteger();
    progress.pagesRendered(brand, 0, parsed.size());
    return markdown.render(
        parsed,
        links,
        () -> {
          synchronized (progress) {
            progress.pagesRendered(brand, done.incrementAndGet(), parsed.size());
          }
        });
  }
}
