package kb.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;
import kb.brand.Brand;
import kb.brand.BrandCatalog;
import kb.brand.BrandResolver;
import kb.brand.BrandedPage;
import kb.build.PageMemo.PageStages;
import kb.check.CheckReport;
import kb.check.PageScans;
import kb.check.SiteChecker;
import kb.content.ContentLoader;
import kb.content.ContentSet;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.Diagnostics;
import kb.link.LinkTable;
import kb.link.PageAnchors;
import kb.markdown.AnchorScan;
import kb.markdown.MarkdownRenderer;
import kb.markdown.RenderedPage;
import kb.parallel.ParallelLoop;
import kb.search.QuestionDoc;
import kb.search.SearchAnalysis;
import kb.search.SearchIndex;
import kb.search.SearchIndexWriter;
import kb.site.OutputFolder;
import kb.site.PublishSteps;
import kb.site.SiteFile;
import kb.template.EarlierPages;
import kb.template.PageRenderer;
import kb.template.SitePage;

/**
 * Builds the sites of the brands asked for, stage by stage. Sites are staged as they are built and
 * published only when every brand succeeded, so a content error never publishes one brand's site
 * without the other's.
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

  /**
   * What the checks of {@link #buildPages} read, kept from one of kb serve's rebuilds to the next.
   */
  private final PageScans scans = PageScans.kept();

  private final BuildProgress progress;
  private final long heapBytes;
  private final PublishSteps steps;
  private final StagedPages stagedPages;

  public SiteBuild() {
    this(BuildProgress.NONE);
  }

  public SiteBuild(BuildProgress progress) {
    this(progress, Runtime.getRuntime().maxMemory());
  }

  /** A build that plans for a heap of {@code heapBytes}, whatever the JVM's is. */
  SiteBuild(BuildProgress progress, long heapBytes) {
    this(progress, heapBytes, PublishSteps.ON_DISK);
  }

  /** A build that publishes through {@code steps}: a test's, which fail or stop where it says. */
  SiteBuild(BuildProgress progress, long heapBytes, PublishSteps steps) {
    this.progress = progress;
    this.heapBytes = heapBytes;
    this.steps = steps;
    this.stagedPages = new StagedPages(markdown, progress);
  }

  /**
   * Builds the brands and writes their sites, each file as soon as it is made, into staging folders
   * that replace the previous sites only once every brand is built: a problem in any brand leaves
   * every previous site as it was. Each page is written as soon as it is filled, beside the search
   * stage, so a large site's HTML is never held whole.
   *
   * @throws kb.diagnostic.BuildFailedException for any problem in the input, with file and line
   */
  public List<BrandReport> run(BuildOptions options) {
    return run(options, published -> {});
  }

  /**
   * {@link #run(BuildOptions)}, then {@code whilePublished} with the reports while the output
   * folder is still locked, so that no other build replaces the sites it reads.
   */
  public List<BrandReport> run(BuildOptions options, Consumer<List<BrandReport>> whilePublished) {
    Inputs inputs = inputs(options);
    List<String> brands = inputs.selected().stream().map(Brand::id).toList();
    List<Path> sources = List.of(options.contentDir(), options.templatesDir());
    // Locked, and whatever a killed build left is put right, before anything is written.
    try (OutputFolder out =
        OutputFolder.open(options.outDir(), sources, BrandOutput.folders(brands), steps)) {
      List<BrandOutput.Staged> outputs = new ArrayList<>();
      try {
        for (String brand : brands) {
          outputs.add(BrandOutput.staged(out, options.outDir(), brand));
        }
        List<CheckReport> checked = buildAll(inputs, outputs);
        out.publish(outputs.stream().flatMap(o -> o.sites().stream()).toList());
        List<BrandReport> reports = new ArrayList<>();
        for (int i = 0; i < checked.size(); i++) {
          reports.add(outputs.get(i).report(checked.get(i)));
        }
        whilePublished.accept(List.copyOf(reports));
        return List.copyOf(reports);
      } finally {
        // Newest first: a folder the first output made is empty only once the later ones are gone.
        for (int i = outputs.size() - 1; i >= 0; i--) {
          outputs.get(i).close();
        }
      }
    }
  }

  /**
   * Builds and checks every brand, writing nothing: what {@code kb check} runs.
   *
   * @throws kb.diagnostic.BuildFailedException for any problem, with file and line
   */
  public List<CheckReport> check(BuildOptions options) {
    Inputs inputs = inputs(options);
    List<BrandOutput> none = inputs.selected().stream().map(b -> BrandOutput.NOWHERE).toList();
    return buildAll(inputs, none);
  }

  /** What every brand is built from, read once. */
  private record Inputs(
      ContentSet content, BrandCatalog brands, PageRenderer templates, List<Brand> selected) {}

  /** The pages, brand files and templates, each read whatever the others' problems. */
  private static Inputs inputs(BuildOptions options) {
    Diagnostics problems = new Diagnostics();
    ContentSet content = problems.collect(() -> new ContentLoader().load(options.contentDir()));
    if (!Files.isDirectory(options.contentDir())) {
      problems.throwIfAny(); // nothing else to read: its brand folder is missing too
    }
    BrandCatalog brands =
        problems.collect(
            () -> BrandCatalog.load(options.contentDir().resolve(ContentLoader.BRANDS_FOLDER)));
    PageRenderer templates = problems.collect(() -> new PageRenderer(options.templatesDir()));
    problems.throwIfAny();
    ReservedPaths.check(content, templates);
    return new Inputs(content, brands, templates, brands.select(options.brand()));
  }

  /**
   * Every brand built and checked (brands are independent once the content is read), into its
   * output, side by side as far as the heap allows; the problems of all brands are reported
   * together.
   */
  private List<CheckReport> buildAll(Inputs in, List<? extends BrandOutput> outputs) {
    int atOnce =
        BrandsAtOnce.of(in.selected().size(), BrandsAtOnce.markdownChars(in.content()), heapBytes);
    // Threads of their own: the common pool, which pages are rendered on, has one thread on two
    // cores, so brands submitted there would run one after the other.
    ExecutorService threads = Executors.newFixedThreadPool(atOnce, BRAND_THREADS);
    try {
      List<CompletableFuture<CheckReport>> running = new ArrayList<>();
      for (int i = 0; i < in.selected().size(); i++) {
        Brand brand = in.selected().get(i);
        BrandOutput output = outputs.get(i);
        running.add(CompletableFuture.supplyAsync(() -> build(in, brand, output), threads));
      }
      return joined(running);
    } finally {
      threads.shutdown();
    }
  }

  /**
   * The pipeline for one brand, writing as it goes: its pages are rendered, then written while the
   * search data is made, then the search data is written. Returns what the checks of its pages
   * found (nothing).
   */
  private CheckReport build(Inputs in, Brand brand, BrandOutput output) {
    PageRenderer templates = in.templates();
    List<RenderedPage> rendered = rendered(in.content(), in.brands(), brand);
    PagesBuilt built =
        new PagesBuilt(brand, rendered, List.of(), templates.staticFiles(), null, PageMemo.NONE);
    // Pages are written once the questions are in the index: what the search stage does then
    // (Lucene's flush, reading the vocabulary back, the export) leaves a core idle at times.
    CompletableFuture<Void> indexed = new CompletableFuture<>();
    CompletableFuture<SearchIndex> search =
        CompletableFuture.supplyAsync(
            () ->
                search(
                    built, templates.folder(), output.luceneFolder(), () -> indexed.complete(null)),
            SEARCH_THREAD);
    CompletableFuture.anyOf(indexed, search).handle((done, failed) -> null).join();
    CheckReport pages;
    try {
      pages = writePages(built, templates, output);
    } catch (RuntimeException e) {
      // Nothing may write into the staged folders once the build has failed and they are removed.
      search.handle((done, failed) -> null).join();
      throw e;
    }
    SearchIndex index = joined(List.of(search)).get(0);
    output.site(index.browserFiles(), f -> SiteFile.text(f.path(), f.script()));
    return pages;
  }

  /** A thread of its own for each brand's search stage, which runs beside its page writes. */
  private static final Executor SEARCH_THREAD =
      task -> {
        Thread thread = new Thread(task, "kb-search");
        thread.setDaemon(true);
        thread.start();
      };

  /**
   * The template stage of {@link #buildPages}, streamed: each page is checked and written as soon
   * as it is filled, so no site's HTML is ever held whole; then the other files but search data.
   * Returns what the checks found (nothing).
   */
  private CheckReport writePages(PagesBuilt built, PageRenderer templates, BrandOutput output) {
    List<RenderedPage> rendered = built.rendered();
    SiteChecker.PageChecks checks = checker.start(built.checked(List.of(), templates.folder()));
    templates.render(
        rendered,
        built.brand(),
        (page, index) -> {
          checks.page(index, page);
          output.file(SiteFile.text(page.path(), page.html()));
        });
    CheckReport report = passed(checks.finish());
    List<String> paths = PageRenderer.paths(rendered);
    output.site(SiteAssembly.otherFiles(built.brand(), rendered, paths, built.statics()), f -> f);
    return report;
  }

  /** The results in brand order; every brand's problems together, a bug as it was thrown. */
  private static <T> List<T> joined(List<CompletableFuture<T>> running) {
    Diagnostics problems = new Diagnostics();
    List<T> sites = new ArrayList<>();
    for (CompletableFuture<T> site : running) {
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

  /**
   * Every stage after brand resolution but search, checks included: kb serve shows these pages
   * before search is built. {@code branded} are the brand's pages as {@link PageMemo#resolve} gave
   * them; what {@code memo} holds of an earlier build is taken again where its inputs are
   * unchanged. The result carries the memo for the next build.
   */
  PagesBuilt buildPages(
      ContentSet content,
      BrandCatalog brands,
      Brand brand,
      List<BrandedPage> branded,
      PageRenderer templates,
      PageMemo memo) {
    StagedPages.Staged staged = stagedPages.stage(content, brands, brand, branded, memo);
    List<RenderedPage> rendered = staged.pages().stream().map(PageStages::rendered).toList();
    List<SitePage> pages = templates.render(rendered, brand, memo.filledBy(templates));
    PageMemo next =
        new PageMemo(
            brand,
            brands.ids(),
            staged.links(),
            PageMemo.byPath(staged.pages()),
            templates,
            new EarlierPages(brand, rendered, pages));
    PagesBuilt built = new PagesBuilt(brand, rendered, pages, templates.staticFiles(), null, next);
    // The last look before anything is written: links in the HTML, brand leaks.
    return built.withCheck(
        passed(checker.check(built.checked(List.of(), templates.folder()), scans)));
  }

  /**
   * The brand's pages rendered, each as soon as it is parsed: links are resolved against the
   * anchors {@link AnchorScan} reads from every page's lines first, which the parse confirms. When
   * a page has anchors the scan cannot see, every page is parsed before any is rendered.
   */
  private List<RenderedPage> rendered(ContentSet content, BrandCatalog brands, Brand brand) {
    // Pages whose brand blocks or variables have problems are parsed and rendered all the same,
    // so that one run also shows the problems of their Markdown and links.
    Diagnostics problems = new Diagnostics();
    List<BrandedPage> branded = new BrandResolver(brands.ids()).resolve(content, brand, problems);
    // On all cores: at 10,000 pages one core scanned for 0.46-0.67 s while the other stood idle.
    List<PageAnchors> anchors =
        ParallelLoop.map(branded.size(), i -> AnchorScan.of(branded.get(i)));
    List<RenderedPage> rendered =
        problems.collect(() -> parsedAndRendered(content, brands, brand, branded, anchors));
    problems.throwIfAny();
    return rendered;
  }

  /**
   * Each page rendered as soon as it is parsed, against the anchors the scan read; when a page has
   * anchors the scan cannot see, every page is parsed before any is rendered.
   */
  private List<RenderedPage> parsedAndRendered(
      ContentSet content,
      BrandCatalog brands,
      Brand brand,
      List<BrandedPage> branded,
      List<PageAnchors> anchors) {
    LinkTable links = LinkTable.of(anchors, brand, brands.all(), content.assets());
    List<RenderedPage> rendered =
        markdown.parseAndRender(
            branded, anchors, links, progress.counter(brand.id(), branded.size()));
    if (rendered != null) {
      return rendered;
    }
    return stagedPages.stage(content, brands, brand, branded, PageMemo.NONE).pages().stream()
        .map(PageStages::rendered)
        .toList();
  }

  /**
   * The search stage, the Lucene index in a scratch folder that is removed: see {@link
   * #search(PagesBuilt, Path, Path, Runnable)}.
   */
  SearchIndex search(PagesBuilt pages, Path templatesDir) {
    return search(pages, templatesDir, null, () -> {});
  }

  /**
   * The search stage: the Lucene index, written into {@code luceneFolder} (or a scratch folder,
   * removed, when null), and the browser's search data, checked for brand leaks. Runs {@code
   * documentsAdded} once every question is added to the index.
   */
  private SearchIndex search(
      PagesBuilt pages, Path templatesDir, Path luceneFolder, Runnable documentsAdded) {
    List<QuestionDoc> docs = SearchIndexWriter.docs(pages.rendered());
    SearchIndex search =
        luceneFolder == null
            ? searchIndex.write(docs, documentsAdded)
            : searchIndex.write(docs, luceneFolder, documentsAdded);
    passed(checker.checkSearchData(pages.checked(search.browserFiles(), templatesDir)));
    return search;
  }

  private static CheckReport passed(CheckReport report) {
    if (!report.problems().isEmpty()) {
      throw new BuildFailedException(report.problems());
    }
    return report;
  }
}
