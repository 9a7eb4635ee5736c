package kb.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import kb.brand.Brand;
import kb.brand.BrandResolver;
import kb.brand.BrandedPage;
import kb.cache.BuildCache;
import kb.cache.CacheKey;
import kb.check.CheckReport;
import kb.check.PageScans;
import kb.check.SiteChecker;
import kb.check.SiteContent;
import kb.check.TranslationCoverage;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.Diagnostics;
import kb.link.LinkTable;
import kb.markdown.MarkdownRenderer;
import kb.markdown.MarkdownWords;
import kb.markdown.RenderedPage;
import kb.search.IndexSegments;
import kb.search.SearchAnalysis;
import kb.search.SearchDataFile;
import kb.search.SearchIndex;
import kb.search.SearchIndexWriter;
import kb.site.CrawlerFiles;
import kb.site.OutputFolder;
import kb.site.PublishSteps;
import kb.site.SiteFile;
import kb.template.FilledPageCache;
import kb.template.Messages;
import kb.template.SitePage;

/**
 * The pipeline every command runs: for each brand asked for, its pages resolved for the brand,
 * rendered, linked, indexed, filled into templates, checked and handed to the brand's {@link
 * SiteOutput}. Commands differ only in the output ({@code build} and {@code bundle} stage and
 * publish, {@code check} writes nothing, {@code serve} updates its folder) and in whether stage
 * results are kept for the next run ({@link #reusing}, {@code kb serve}).
 */
public final class SiteBuild {

  /** Where each brand's Lucene index is written, inside the output folder. */
  public static final String LUCENE_FOLDER = ".lucene";

  /** A renderer per set of callout titles: one per language of the templates' messages. */
  private final Map<MarkdownWords, MarkdownRenderer> markdown = new ConcurrentHashMap<>();

  private final SiteChecker checker = new SiteChecker();
  private final BuildProgress progress;
  private final PublishSteps steps;
  private final StageMemo memo;
  private final boolean cached;

  public SiteBuild() {
    this(BuildProgress.NONE);
  }

  public SiteBuild(BuildProgress progress) {
    this(progress, PublishSteps.ON_DISK, StageMemo.none());
  }

  /** A build that publishes through {@code steps}: a test's, which fail or stop where it says. */
  SiteBuild(BuildProgress progress, PublishSteps steps) {
    this(progress, steps, StageMemo.none());
  }

  private SiteBuild(BuildProgress progress, PublishSteps steps, StageMemo memo, boolean cached) {
    this.progress = progress;
    this.steps = steps;
    this.memo = memo;
    this.cached = cached;
  }

  private SiteBuild(BuildProgress progress, PublishSteps steps, StageMemo memo) {
    this(progress, steps, memo, false);
  }

  /**
   * This pipeline, whose {@link #run} takes what earlier builds into the same output folder kept in
   * its build cache ({@link BuildCache#FOLDER}) and keeps what it makes there: {@code kb build} and
   * {@code kb bundle} without {@code --no-cache}.
   */
  public SiteBuild withCache() {
    return new SiteBuild(progress, steps, memo, true);
  }

  /** A pipeline that takes again, in each run, what its last run made from the same input. */
  public static SiteBuild reusing() {
    return new SiteBuild(BuildProgress.NONE, PublishSteps.ON_DISK, StageMemo.kept());
  }

  /**
   * Builds the brands into staging folders that replace the previous sites only once every brand is
   * built and checked: a problem in any brand leaves every previous site as it was.
   *
   * @throws BuildFailedException for any problem in the input, with file and line
   */
  public List<BrandReport> run(BuildOptions options) {
    return run(options, published -> {});
  }

  /**
   * {@link #run(BuildOptions)}, then {@code whilePublished} with the reports while the output
   * folder is still locked, so that no other build replaces the sites it reads.
   */
  public List<BrandReport> run(BuildOptions options, Consumer<List<BrandReport>> whilePublished) {
    Sources sources = Sources.read(options);
    List<String> brands = sources.selected().stream().map(Brand::id).toList();
    List<Path> folders = List.of(options.contentDir(), options.templatesDir());
    // Locked, and whatever a killed build left is put right, before anything is written.
    try (OutputFolder out =
        OutputFolder.open(options.outDir(), folders, SiteOutput.folders(brands), steps)) {
      List<SiteOutput.Staged> outputs = new ArrayList<>();
      Map<String, BrandCache> caches = new LinkedHashMap<>();
      try {
        for (String brand : brands) {
          outputs.add(SiteOutput.staged(out, options.outDir(), brand));
          caches.put(brand, openCache(options, folders, brand, sources));
        }
        List<CheckReport> checked =
            build(sources, brand -> outputs.get(brands.indexOf(brand.id())), null, caches::get);
        out.publish(outputs.stream().flatMap(o -> o.sites().stream()).toList());
        commit(caches);
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
        List<BrandCache> opened = new ArrayList<>(caches.values());
        for (int i = opened.size() - 1; i >= 0; i--) {
          opened.get(i).close(); // newest first too: the first one made the folder
        }
      }
    }
  }

  private BrandCache openCache(
      BuildOptions options, List<Path> folders, String brand, Sources sources) {
    if (!cached) {
      return BrandCache.none();
    }
    // A build of one language keeps a cache of its own: alternating with builds of every language,
    // each would otherwise drop what the other keeps.
    String name =
        options.language().equals(BuildOptions.ALL) ? brand : brand + "-" + options.language();
    return BrandCache.open(
        options.outDir(), folders, name, sources.brands().sourceKey(), progress::note);
  }

  /** Puts each brand's new cache in place, once the sites are published, and tells its use. */
  private void commit(Map<String, BrandCache> caches) {
    caches.forEach(
        (brand, cache) -> {
          cache.cache().commit();
          if (cache.cache().active()) {
            int taken = cache.cache().found();
            progress.cacheUsed(brand, taken, taken + cache.cache().made());
          }
        });
  }

  /**
   * Builds and checks every brand, writing nothing: what {@code kb check} runs.
   *
   * @throws BuildFailedException for any problem, with file and line
   */
  public List<CheckReport> check(BuildOptions options) {
    return build(Sources.read(options), brand -> SiteOutput.NOWHERE);
  }

  /**
   * What {@code kb check} found once every brand passed.
   *
   * @param reports what the checks of each brand looked at, in brand order
   * @param coverage how far each brand's sites in other languages than the source are translated,
   *     in brand order then the brand's language order; none when the content names no languages
   */
  public record Checked(List<CheckReport> reports, List<TranslationCoverage> coverage) {

    public Checked {
      reports = List.copyOf(reports);
      coverage = List.copyOf(coverage);
    }
  }

  /**
   * {@link #check}, then the translation coverage of every brand checked: gaps in coverage are not
   * problems.
   *
   * @throws BuildFailedException for any problem, with file and line
   */
  public Checked checkWithCoverage(BuildOptions options) {
    Sources sources = Sources.read(options);
    List<CheckReport> reports = build(sources, brand -> SiteOutput.NOWHERE);
    List<TranslationCoverage> coverage = new ArrayList<>();
    for (Brand brand : sources.selected()) {
      coverage.addAll(TranslationCoverage.of(sources.content(), brand, sources.brands().ids()));
    }
    return new Checked(reports, coverage);
  }

  /**
   * Runs the pipeline for each brand of {@code sources}, one after the other (each stage uses every
   * core), handing each brand's files to its output as they are made.
   *
   * @return what the checks of each brand looked at, in brand order
   * @throws BuildFailedException with the problems of every brand, once all were built
   */
  public List<CheckReport> build(Sources sources, Function<Brand, SiteOutput> outputs) {
    return build(sources, outputs, null);
  }

  /**
   * As {@link #build(Sources, Function)}; with {@code pagesWritten}, {@code kb serve}'s order:
   * every site's pages (rendered, linked, filled, checked and handed to the outputs) before any
   * site's search data, and {@code pagesWritten} run in between, once every site's pages passed, so
   * that an edit can be shown before the search index is built again. A build makes each site whole
   * in turn instead, holding one site's pages at a time.
   */
  public List<CheckReport> build(
      Sources sources, Function<Brand, SiteOutput> outputs, Runnable pagesWritten) {
    return build(sources, outputs, pagesWritten, brand -> BrandCache.none());
  }

  private List<CheckReport> build(
      Sources sources,
      Function<Brand, SiteOutput> outputs,
      Runnable pagesWritten,
      Function<String, BrandCache> caches) {
    Diagnostics problems = new Diagnostics();
    List<List<SiteRun>> brands = new ArrayList<>();
    for (Brand brand : sources.selected()) {
      SiteOutput out = outputs.apply(brand);
      List<CrawlerFiles.Language> siteUrls =
          brand.languages().stream()
              .map(tag -> new CrawlerFiles.Language(tag, brand.inLanguage(tag).siteUrl()))
              .toList();
      List<SiteRun> sites = new ArrayList<>();
      for (String language : brand.languages()) {
        Brand shown = brand.inLanguage(language);
        SiteOutput site = language.equals(brand.rootLanguage()) ? out : out.inFolder(language);
        sites.add(new SiteRun(shown, siteUrls, site, memo.of(shown), caches.apply(brand.id())));
      }
      brands.add(sites);
    }
    List<SiteRun> all = brands.stream().flatMap(List::stream).toList();
    try {
      if (pagesWritten == null) {
        all.forEach(site -> site.pages(sources, problems).search(sources, problems));
      } else {
        all.forEach(site -> site.pages(sources, problems));
        problems.throwIfAny();
        pagesWritten.run();
        all.forEach(site -> site.search(sources, problems));
      }
    } finally {
      all.forEach(site -> site.reuse().endRun());
    }
    problems.throwIfAny();
    List<CheckReport> reports = new ArrayList<>();
    for (int i = 0; i < brands.size(); i++) {
      List<CheckReport> languages = brands.get(i).stream().map(SiteRun::report).toList();
      reports.add(CheckReport.sum(sources.selected().get(i).id(), languages));
    }
    return List.copyOf(reports);
  }

  /**
   * One brand's site in one language ({@link Brand#language()}) in one run: its pages, then its
   * search data. Each collects its own problems: a line broken for two brands or languages is
   * reported for each.
   */
  private final class SiteRun {

    private final Brand brand;
    private final List<CrawlerFiles.Language> siteUrls;
    private final SiteOutput out;
    private final StageMemo.Brands reuse;
    private final BrandCache cache;
    private final CacheKey siteKey;

    /** What the site's links resolve against, as a cache key, once its pages are rendered. */
    private CacheKey linksKey;

    private List<RenderedPage> linked;
    private CheckReport report;

    SiteRun(
        Brand brand,
        List<CrawlerFiles.Language> siteUrls,
        SiteOutput out,
        StageMemo.Brands reuse,
        BrandCache cache) {
      this.brand = brand;
      this.siteUrls = siteUrls;
      this.out = out;
      this.reuse = reuse;
      this.cache = cache;
      this.siteKey = cache.site(brand);
    }

    StageMemo.Brands reuse() {
      return reuse;
    }

    /** A key of everything a linked page of this site is made from, or null when unknown. */
    CacheKey pageKey(RenderedPage page) {
      return cache.linkedKey(page, linksKey);
    }

    CheckReport report() {
      return report;
    }

    SiteRun pages(Sources in, Diagnostics problems) {
      Diagnostics found = new Diagnostics();
      found.collect(
          () -> {
            linked = linkedPages(in, this);
            report = fillCheckAndWrite(linked, in, this);
            return report;
          });
      problems.addAll(found.list());
      return this;
    }

    void search(Sources in, Diagnostics problems) {
      if (report == null) {
        return; // its pages failed
      }
      Diagnostics found = new Diagnostics();
      found.collect(
          () -> {
            indexCheckAndWrite(linked, in, this);
            return true;
          });
      if (!found.isEmpty()) {
        report = null;
      }
      linked = null;
      cache.forgetPages();
      problems.addAll(found.list());
    }
  }

  /** The brand, render and link stages of one site: its pages, ready for the templates. */
  private List<RenderedPage> linkedPages(Sources in, SiteRun site) {
    Brand brand = site.brand;
    StageMemo.Brands reuse = site.reuse;
    Diagnostics problems = new Diagnostics();
    BrandResolver resolver = new BrandResolver(in.brands().ids());
    reuse.brandingWith(new StageMemo.BrandInputs(brand, in.brands().ids()));
    List<BrandedPage> branded =
        problems.mapInParallel(
            in.content().inLanguage(brand.language()).pages(),
            (page, found) ->
                reuse.branded.get(page, found, (p, f) -> resolver.resolve(p, brand, f)));
    Diagnostics later = new Diagnostics();
    Messages messages = in.templates().messages(brand);
    MarkdownWords words =
        new MarkdownWords(messages.calloutTitles(), messages.all().get("code_tabs"));
    reuse.renderingWith(words);
    MarkdownRenderer renderer = markdown.computeIfAbsent(words, MarkdownRenderer::new);
    List<RenderedPage> rendered = render(renderer, words, branded, site, later);
    // Links are resolved once every page is rendered: a link may point at any page.
    LinkTable links = LinkTable.of(rendered, brand, in.brands().all(), in.content().assets());
    List<RenderedPage> linked = link(rendered, links, in, site, later);
    problems.addFromLaterStage(later.list());
    problems.throwIfAny();
    return linked;
  }

  private List<RenderedPage> render(
      MarkdownRenderer markdown,
      MarkdownWords words,
      List<BrandedPage> branded,
      SiteRun site,
      Diagnostics problems) {
    Brand brand = site.brand;
    String name =
        brand.language().equals(brand.rootLanguage())
            ? brand.id()
            : brand.id() + "/" + brand.language();
    Runnable pageDone = progress.counter(name, branded.size());
    return problems.mapInParallel(
        branded,
        (page, found) -> {
          RenderedPage rendered =
              site.reuse.rendered.get(
                  page,
                  found,
                  (p, f) -> site.cache.rendered(p, site.siteKey, words, f, markdown::render));
          pageDone.run();
          return rendered;
        });
  }

  private List<RenderedPage> link(
      List<RenderedPage> rendered,
      LinkTable links,
      Sources in,
      SiteRun site,
      Diagnostics problems) {
    Brand brand = site.brand;
    StageMemo.Brands reuse = site.reuse;
    StageMemo.LinkInputs inputs =
        new StageMemo.LinkInputs(
            rendered.stream().map(RenderedPage::anchors).toList(),
            brand,
            in.brands().all(),
            in.content().assets());
    reuse.linkingAgainst(inputs);
    if (site.cache.cache().active()) {
      site.linksKey = BrandCache.linksKey(site.siteKey, inputs.pages(), inputs.assets());
    }
    return problems.mapInParallel(
        rendered, (page, found) -> reuse.linked.get(page, found, links::resolve));
  }

  /** The Lucene index and the browser's search data. */
  private SearchIndex index(List<RenderedPage> linked, SiteRun site) {
    SearchAnalysis analysis = SearchAnalysis.forLanguage(site.brand.language());
    SearchIndexWriter searchIndex = new SearchIndexWriter(analysis);
    SiteOutput out = site.out;
    BuildCache cache = site.cache.cache();
    if (cache.active()) {
      IndexSegments segments = IndexSegments.of(cache, analysis, linked, site::pageKey);
      return searchIndex.write(segments, out.luceneFolder());
    }
    return site.reuse.indexed.get(
        SearchIndexWriter.docs(linked),
        new Diagnostics(),
        (docs, none) ->
            out.luceneFolder() == null
                ? searchIndex.write(docs, () -> {})
                : searchIndex.write(docs, out.luceneFolder(), () -> {}));
  }

  /**
   * The template stage, checked and written page by page as each is filled, so that a site's HTML
   * is never held whole; then every other file of the site but its search data.
   */
  private CheckReport fillCheckAndWrite(List<RenderedPage> linked, Sources in, SiteRun site) {
    Brand brand = site.brand;
    SiteOutput out = site.out;
    StageMemo.Brands reuse = site.reuse;
    BuildCache cache = site.cache.cache();
    SiteChecker.PageChecks checks =
        checker.start(
            content(linked, List.of(), in, brand),
            cache.active() ? PageScans.cached(cache, site.siteKey) : reuse.scans);
    SitePage[] kept = reuse.keeps() ? new SitePage[linked.size() + 3] : null;
    in.templates()
        .render(
            linked,
            brand,
            reuse.filled(),
            cache.active()
                ? new FilledPageCache(cache, site.siteKey, site::pageKey)
                : FilledPageCache.NONE,
            (page, index) -> {
              checks.page(index, page);
              out.file(
                  reuse.encoded.get(
                      page, new Diagnostics(), (p, none) -> SiteFile.text(p.path(), p.html())));
              if (kept != null) {
                kept[index] = page;
              }
            });
    if (kept != null) {
      reuse.filled(in.templates().earlier(brand, linked, List.of(kept)));
    }
    CheckReport report = passed(checks.finish());
    SiteAssembly.otherFiles(brand, site.siteUrls, linked, in.templates()).forEach(out::file);
    return report;
  }

  /**
   * The index stage and the site's search data, checked (once the pages passed: a leak in a page
   * shows in its search data too, less precisely) and written.
   */
  private void indexCheckAndWrite(List<RenderedPage> linked, Sources in, SiteRun site) {
    SearchIndex search = index(linked, site);
    passed(checker.checkSearchData(content(linked, search.browserFiles(), in, site.brand)));
    search.browserFiles().forEach(data -> site.out.file(SiteFile.text(data.path(), data.script())));
  }

  /** What the checks read of a brand's site. */
  private static SiteContent content(
      List<RenderedPage> pages, List<SearchDataFile> searchData, Sources in, Brand brand) {
    Set<String> others = new TreeSet<>(in.templates().staticPaths());
    pages.forEach(page -> page.assets().forEach(asset -> others.add(asset.path())));
    return new SiteContent(
        brand,
        pages,
        List.of(),
        searchData,
        others,
        in.templates().folder(),
        in.templates().staticFiles());
  }

  /** Where {@code kb build} wrote a brand's Lucene index. */
  public static Path luceneIndex(Path outDir, String brand) {
    return outDir.resolve(LUCENE_FOLDER).resolve(brand);
  }

  private static CheckReport passed(CheckReport report) {
    if (!report.problems().isEmpty()) {
      throw new BuildFailedException(report.problems());
    }
    return report;
  }
}
