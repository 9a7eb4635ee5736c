package kb.build;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
import kb.brand.Brand;
import kb.brand.BrandCatalog;
import kb.brand.BrandedPage;
import kb.content.ContentLoader;
import kb.content.ContentSet;
import kb.search.SearchIndex;
import kb.site.SiteUpdater;
import kb.template.PageRenderer;

/**
 * Builds the brands asked for again after every edit, for {@code kb serve}, doing only what
 * changed:
 *
 * <ul>
 *   <li>templates stay compiled until a file of the templates folder changes;
 *   <li>a brand whose {@link BrandInputs} equal those of its last good build is not built again;
 *   <li>in a brand that changed, only the pages an edit changed are parsed and rendered again, and
 *       only the HTML that can differ is filled, encoded and written (see {@link PageMemo});
 *   <li>the brands that changed are built side by side, pages first: their pages are written with
 *       the search data of their last build, so an edit shows at once, then their search data are
 *       built and the site written again.
 * </ul>
 *
 * Each rebuild is all-or-nothing like {@link SiteBuild#run}: when any brand fails, nothing is
 * written and the last good sites stay. Sites are updated in place, only files that changed being
 * written (see {@link SiteUpdater}); the Lucene index is not written. Not thread-safe: one caller
 * rebuilds at a time.
 */
public final class IncrementalBuild {

  private final BuildOptions options;

  /** One pipeline per brand, so brands build in parallel without sharing one. */
  private final Map<String, SiteBuild> pipelines = new ConcurrentHashMap<>();

  /** Threads of their own: the common pool has a single thread on a two-core machine. */
  private final ExecutorService threads =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task, "kb-rebuild");
            thread.setDaemon(true);
            return thread;
          });

  private final Map<String, BrandInputs> lastGood = new HashMap<>();
  private final Map<String, SearchIndex> lastSearch = new HashMap<>();

  /** Per brand: what its last good build made, so a rebuild makes again only what changed. */
  private final Map<String, PageMemo> memos = new ConcurrentHashMap<>();

  private final Map<String, EncodedFiles> encoded = new ConcurrentHashMap<>();
  private final Map<String, SiteUpdater> updaters = new ConcurrentHashMap<>();
  private FileDigests compiledTemplates;
  private PageRenderer templates;

  /**
   * @param options what to build; {@code outDir} receives one folder per brand
   */
  public IncrementalBuild(BuildOptions options) {
    this.options = options;
  }

  /**
   * What a rebuild did. Immutable.
   *
   * @param built the brands built and written, with what they hold
   * @param unchanged the brands whose inputs had not changed, so were left as they were
   */
  public record Outcome(List<BrandReport> built, List<String> unchanged) {

    public Outcome {
      built = List.copyOf(built);
      unchanged = List.copyOf(unchanged);
    }
  }

  /** The sources as read for one rebuild. */
  private record Sources(ContentSet content, BrandCatalog brands, FileDigests templateFiles) {}

  /**
   * Reads the content and templates again and builds what changed, search data included.
   *
   * @throws kb.diagnostic.BuildFailedException for any problem in the input; nothing is written
   */
  public Outcome rebuild() {
    return rebuild(outcome -> {});
  }

  /**
   * As {@link #rebuild()}, telling {@code pagesWritten} as soon as the changed brands' pages are
   * written, before their search data are built. It is not called when the build fails.
   */
  public Outcome rebuild(Consumer<Outcome> pagesWritten) {
    Sources sources = read();
    PageRenderer renderer = templates(sources.templateFiles());
    ReservedPaths.check(sources.content(), renderer);
    List<String> unchanged = new ArrayList<>();
    Map<Brand, Resolved> changed = changedBrands(sources, unchanged);
    List<PagesBuilt> pages =
        inParallel(
            List.copyOf(changed.keySet()),
            brand ->
                pipeline(brand)
                    .buildPages(
                        sources.content(),
                        sources.brands(),
                        brand,
                        changed.get(brand).pages(),
                        renderer,
                        memo(brand)));
    List<PagesBuilt> stale = pages.stream().filter(p -> lastSearch.containsKey(id(p))).toList();
    Map<String, BrandReport> reports = write(withLastSearch(pages));
    changed.forEach((brand, resolved) -> lastGood.put(brand.id(), resolved.inputs()));
    pages.forEach(built -> memos.put(id(built), built.memo()));
    pagesWritten.accept(outcome(pages, reports, unchanged));
    reports.putAll(write(withSearch(stale)));
    return outcome(pages, reports, unchanged);
  }

  /**
   * Builds every brand again a few times, as if each had changed, and writes the same sites again,
   * so the JIT has compiled the whole rebuild before the first edit: the first rebuilds of a fresh
   * JVM are several times slower. Call it before the sites are served.
   *
   * @throws kb.diagnostic.BuildFailedException as {@link #rebuild()} does
   */
  public void warmUp(int rounds) {
    for (int i = 0; i < rounds; i++) {
      lastGood.clear();
      memos.clear();
      rebuild();
    }
  }

  /** A brand's pages resolved for this rebuild, and the inputs they make. */
  private record Resolved(List<BrandedPage> pages, BrandInputs inputs) {}

  /**
   * The brands asked for whose inputs changed since their last good build, in brand order, with
   * their pages resolved once for the comparison and the build.
   */
  private Map<Brand, Resolved> changedBrands(Sources sources, List<String> unchanged) {
    Map<Brand, Resolved> changed = new LinkedHashMap<>();
    for (Brand brand : sources.brands().select(options.brand())) {
      List<BrandedPage> pages = memo(brand).resolve(sources.content(), sources.brands(), brand);
      BrandInputs inputs =
          BrandInputs.of(
              sources.content(), sources.brands(), brand, pages, sources.templateFiles());
      if (inputs.equals(lastGood.get(brand.id()))) {
        unchanged.add(brand.id());
      } else {
        changed.put(brand, new Resolved(pages, inputs));
      }
    }
    return changed;
  }

  /**
   * The sites with each brand's last search data, so new pages show without waiting for search; a
   * brand built for the first time has none, so its search data are built now.
   */
  private List<BuiltSite> withLastSearch(List<PagesBuilt> pages) {
    List<BuiltSite> sites =
        withSearch(pages.stream().filter(p -> !lastSearch.containsKey(id(p))).toList());
    for (PagesBuilt page : pages) {
      if (sites.stream().noneMatch(site -> site.site().name().equals(id(page)))) {
        sites.add(page.assemble(lastSearch.get(id(page)), encoded(id(page))));
      }
    }
    return sites;
  }

  /** Builds the search data of the pages, side by side, and keeps them for the next rebuild. */
  private List<BuiltSite> withSearch(List<PagesBuilt> pages) {
    List<SearchIndex> searches =
        inParallel(pages, p -> pipeline(p.brand()).search(p, options.templatesDir()));
    List<BuiltSite> sites = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      lastSearch.put(id(pages.get(i)), searches.get(i));
      sites.add(pages.get(i).assemble(searches.get(i), encoded(id(pages.get(i)))));
    }
    return sites;
  }

  /** Updates the sites' folders side by side, writing only the files that changed. */
  private Map<String, BrandReport> write(List<BuiltSite> sites) {
    List<BrandReport> written =
        inParallel(
            sites,
            site -> {
              updaters
                  .computeIfAbsent(site.site().name(), name -> new SiteUpdater())
                  .update(site.site(), options.outDir());
              return site.report(options.outDir());
            });
    Map<String, BrandReport> reports = new HashMap<>();
    written.forEach(report -> reports.put(report.brand(), report));
    return reports;
  }

  private static Outcome outcome(
      List<PagesBuilt> pages, Map<String, BrandReport> reports, List<String> unchanged) {
    return new Outcome(pages.stream().map(p -> reports.get(id(p))).toList(), unchanged);
  }

  private static String id(PagesBuilt pages) {
    return pages.brand().id();
  }

  private PageMemo memo(Brand brand) {
    return memos.getOrDefault(brand.id(), PageMemo.NONE);
  }

  private EncodedFiles encoded(String brand) {
    return encoded.computeIfAbsent(brand, id -> new EncodedFiles());
  }

  private SiteBuild pipeline(Brand brand) {
    return pipelines.computeIfAbsent(brand.id(), id -> new SiteBuild());
  }

  private Sources read() {
    ContentSet content = new ContentLoader().load(options.contentDir());
    BrandCatalog brands =
        BrandCatalog.load(options.contentDir().resolve(ContentLoader.BRANDS_FOLDER));
    return new Sources(
        content, brands, FileDigests.ofFolder(options.templatesDir(), "templates folder"));
  }

  /** Runs the work for each item side by side; the first item's failure, in order, is thrown. */
  private <T, R> List<R> inParallel(List<T> items, Function<T, R> work) {
    List<CompletableFuture<R>> futures =
        items.stream()
            .map(item -> CompletableFuture.supplyAsync(() -> work.apply(item), threads))
            .toList();
    List<R> results = new ArrayList<>();
    for (CompletableFuture<R> future : futures) {
      try {
        results.add(future.join());
      } catch (CompletionException e) {
        throw e.getCause() instanceof RuntimeException cause ? cause : e;
      }
    }
    return results;
  }

  /** The compiled templates, compiled again only when a file of the folder changed. */
  private PageRenderer templates(FileDigests files) {
    if (templates == null || !files.equals(compiledTemplates)) {
      templates = new PageRenderer(options.templatesDir());
      compiledTemplates = files;
    }
    return templates;
  }
}
