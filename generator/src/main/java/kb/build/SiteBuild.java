package kb.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
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
import kb.markdown.ParsedPage;
import kb.markdown.RenderedPage;
import kb.parallel.ParallelLoop;
import kb.search.QuestionDoc;
import kb.search.SearchAnalysis;
import kb.search.SearchIndex;
import kb.search.SearchIndexWriter;
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

  public SiteBuild() {
    this(BuildProgress.NONE);
  }

  public SiteBuild(BuildProgress progress) {
    this(progress, Runtime.getRuntime().maxMemory());
  }

  /** A build that plans for a heap of {@code heapBytes}, whatever the JVM's is. */
  SiteBuild(BuildProgress progress, long heapBytes) {
    this.progress = progress;
    this.heapBytes = heapBytes;
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
    Inputs inputs = inputs(options);
    List<BrandOutput.Staged> outputs = new ArrayList<>();
    try {
      for (Brand brand : inputs.selected()) {
        outputs.add(BrandOutput.staged(options.outDir(), brand.id()));
      }
      List<CheckReport> checked = buildAll(inputs, outputs);
      List<BrandReport> reports = new ArrayList<>();
      for (int i = 0; i < checked.size(); i++) {
        outputs.get(i).publish();
        reports.add(outputs.get(i).report(checked.get(i)));
      }
      return List.copyOf(reports);
    } finally {
      // Newest first: a folder the first output made is empty only once the later ones are gone.
      for (int i = outputs.size() - 1; i >= 0; i--) {
        outputs.get(i).close();
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

  private static Inputs inputs(BuildOptions options) {
    ContentSet content = new ContentLoader().load(options.contentDir());
    BrandCatalog brands =
        BrandCatalog.load(options.contentDir().resolve(ContentLoader.BRANDS_FOLDER));
    PageRenderer templates = new PageRenderer(options.templatesDir());
    return new Inputs(content, brands, templates, brands.select(options.brand()));
  }

  /**
   * Every brand built and checked (brands are independent once the content is read), into its
   * output, side by side as far as the heap allows; the problems of all brands are reported
   * together.
   */
  private List<CheckReport> buildAll(Inputs in, List<? extends BrandOutput> outputs) {
    int atOnce = brandsAtOnce(in.selected().size(), markdownChars(in.content()), heapBytes);
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

  /**
   * Heap a brand's build needs at its peak, per character of Markdown: a 10,000-page corpus of 77
   * million characters peaks at about 640 MB of live objects for one brand, and builds under a 1
   * GiB heap, but two brands side by side do not.
   */
  static final long HEAP_PER_MARKDOWN_CHAR = 12;

  /**
   * How many times its peak a brand's build wants in heap to run side by side with another. Each
   * brand already runs on all cores, so side by side only pays while the heap has room to spare.
   * Measured on 2 cores with a 6 GiB heap: 1,000 pages (peak 92 MB a brand) built side by side in
   * 8.9-12.2 s against 12.9-13.5 s one after the other; 10,000 pages (924 MB a brand) in 54-64 s
   * against 44-55 s, with 14 s more CPU.
   */
  static final long HEADROOM = 4;

  /** The heap in which {@code brands} brands of this much Markdown are built side by side. */
  static long sideBySideHeap(int brands, long markdownChars) {
    return brands * HEADROOM * markdownChars * HEAP_PER_MARKDOWN_CHAR;
  }

  /**
   * How many brands are built at once: as many as have room side by side in the heap, at least one.
   * One after the other needs a brand's memory only: both brands of 10,000 pages build under a 1
   * GiB heap.
   */
  static int brandsAtOnce(int brands, long markdownChars, long maxHeap) {
    long perBrand = Math.max(1, sideBySideHeap(1, markdownChars));
    return (int) Math.max(1, Math.min(brands, maxHeap / perBrand));
  }

  private static long markdownChars(ContentSet content) {
    return content.pages().stream().mapToLong(page -> page.body().length()).sum();
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
    Staged staged = staged(content, brands, brand, branded, memo);
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
    List<BrandedPage> branded = new BrandResolver(brands.ids()).resolve(content, brand);
    // On all cores: at 10,000 pages one core scanned for 0.46-0.67 s while the other stood idle.
    List<PageAnchors> anchors =
        ParallelLoop.map(branded.size(), i -> AnchorScan.of(branded.get(i)));
    LinkTable links = LinkTable.of(anchors, brand, brands.all(), content.assets());
    List<RenderedPage> rendered =
        markdown.parseAndRender(branded, anchors, links, pageDone(brand.id(), branded.size()));
    if (rendered != null) {
      return rendered;
    }
    return staged(content, brands, brand, branded, PageMemo.NONE).pages().stream()
        .map(PageStages::rendered)
        .toList();
  }

  /** Each page's stages, in page order, and what they were rendered against. */
  private record Staged(List<PageStages> pages, PageMemo.LinkInputs links) {}

  /**
   * Each of the brand's resolved pages parsed and rendered, or taken from {@code memo} when the
   * memo gave it and its links are unchanged.
   */
  private Staged staged(
      ContentSet content,
      BrandCatalog brands,
      Brand brand,
      List<BrandedPage> branded,
      PageMemo memo) {
    PageStages[] earlier = new PageStages[branded.size()];
    List<BrandedPage> changed = new ArrayList<>();
    for (int i = 0; i < branded.size(); i++) {
      earlier[i] = memo.stagesOf(branded.get(i));
      if (earlier[i] == null) {
        changed.add(branded.get(i));
      }
    }
    ParsedPage[] parsed = new ParsedPage[branded.size()];
    fill(parsed, earlier, true, markdown.parse(changed));
    PageAnchors[] anchors = new PageAnchors[branded.size()];
    for (int i = 0; i < anchors.length; i++) {
      anchors[i] = earlier[i] == null ? parsed[i].anchors() : earlier[i].anchors();
    }
    PageMemo.LinkInputs inputs =
        new PageMemo.LinkInputs(List.of(anchors), brand, brands.all(), content.assets());
    if (!inputs.equals(memo.links())) {
      // A link may point at any page: once what they can point at changed, every page renders.
      List<BrandedPage> kept = new ArrayList<>();
      for (PageStages page : earlier) {
        if (page != null) {
          kept.add(page.branded());
        }
      }
      fill(parsed, earlier, false, markdown.parse(kept));
      Arrays.fill(earlier, null);
    }
    // Links are resolved only once every page of the brand is parsed: they may point anywhere.
    LinkTable links = LinkTable.of(inputs.pages(), brand, inputs.brands(), inputs.assets());
    List<ParsedPage> toRender = Arrays.stream(parsed).filter(Objects::nonNull).toList();
    List<RenderedPage> rendered = renderEach(toRender, links, brand.id());
    List<PageStages> pages = new ArrayList<>();
    int next = 0;
    for (int i = 0; i < branded.size(); i++) {
      BrandedPage page = branded.get(i);
      pages.add(
          earlier[i] != null
              ? earlier[i]
              : new PageStages(page.source(), page, anchors[i], rendered.get(next++)));
    }
    return new Staged(pages, inputs);
  }

  /**
   * Puts {@code parsedPages}, in order, at the places where {@code earlier} is null ({@code
   * whereNone}) or where it is not.
   */
  private static void fill(
      ParsedPage[] parsed, PageStages[] earlier, boolean whereNone, List<ParsedPage> parsedPages) {
    int next = 0;
    for (int i = 0; i < parsed.length; i++) {
      if ((earlier[i] == null) == whereNone) {
        parsed[i] = parsedPages.get(next++);
      }
    }
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

  /** Renders the pages on all cores, telling progress as each page is done. */
  private List<RenderedPage> renderEach(List<ParsedPage> parsed, LinkTable links, String brand) {
    return markdown.render(parsed, links, pageDone(brand, parsed.size()));
  }

  /** Tells progress that none of {@code pages} is rendered yet; runs for each page rendered. */
  private Runnable pageDone(String brand, int pages) {
    AtomicInteger done = new AtomicInteger();
    progress.pagesRendered(brand, 0, pages);
    return () -> {
      synchronized (progress) {
        progress.pagesRendered(brand, done.incrementAndGet(), pages);
      }
    };
  }
}
