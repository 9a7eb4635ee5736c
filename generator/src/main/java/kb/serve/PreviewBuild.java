package kb.serve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import kb.build.BrandReport;
import kb.build.BuildOptions;
import kb.build.SiteBuild;
import kb.build.SiteOutput;
import kb.build.Sources;
import kb.check.CheckReport;
import kb.parallel.ParallelLoop;
import kb.site.Site;
import kb.site.SiteFile;
import kb.site.SiteUpdater;

/**
 * {@code kb serve}'s builds: the pipeline run again after every edit, taking again each stage
 * result its last run made from the same input ({@link SiteBuild#reusing}). Each brand's folder is
 * then brought up to date in place, only files whose bytes changed being written ({@link
 * SiteUpdater}), and only once every brand built: a failed build writes nothing and the last good
 * sites stay. Not thread-safe: one caller rebuilds at a time.
 */
public final class PreviewBuild {

  private final BuildOptions options;
  private final SiteBuild pipeline = SiteBuild.reusing();
  private final Map<String, SiteUpdater> updaters = new HashMap<>();
  private final Sources.Earlier earlierSources = Sources.Earlier.kept();

  /** Each brand's search data as last written, kept in its folder while new pages are shown. */
  private final Map<String, List<SiteFile>> searchFiles = new HashMap<>();

  /**
   * @param options what to build; {@code outDir} receives one folder per brand
   */
  public PreviewBuild(BuildOptions options) {
    this.options = options;
  }

  /**
   * What a rebuild did. Immutable.
   *
   * @param built the brands whose sites changed, with what they hold
   * @param unchanged the brands whose sites came out as they were, so were left alone
   */
  public record Outcome(List<BrandReport> built, List<String> unchanged) {

    public Outcome {
      built = List.copyOf(built);
      unchanged = List.copyOf(unchanged);
    }
  }

  /**
   * What the pages step of a rebuild wrote. Immutable.
   *
   * @param changed the brands whose pages or other files changed
   * @param unchanged the brands whose pages came out as they were
   */
  public record Shown(List<String> changed, List<String> unchanged) {

    public Shown {
      changed = List.copyOf(changed);
      unchanged = List.copyOf(unchanged);
    }
  }

  /**
   * Reads the content and templates again, builds every brand asked for and updates the folders of
   * those whose files changed.
   *
   * @throws kb.diagnostic.BuildFailedException for any problem in the input; nothing is written
   */
  public Outcome rebuild() {
    return rebuild(shown -> {});
  }

  /**
   * As {@link #rebuild()}, but the pages first: once every brand's pages passed their checks, the
   * folders get them beside the search data of the last build, and {@code pagesShown} learns which
   * brands' pages changed; then the search data are built and written. When they fail their checks,
   * the new pages stay with the last search data.
   *
   * @throws kb.diagnostic.BuildFailedException for any problem in the input; nothing is written
   *     when the pages have one
   */
  public Outcome rebuild(Consumer<Shown> pagesShown) {
    return rebuild(pagesShown, () -> false);
  }

  /**
   * As {@link #rebuild(Consumer)}, but the search data are given up as soon as {@code superseded}
   * says a newer edit is waiting, which will build them again: at ten thousand pages they take
   * seconds, which that edit's pages would otherwise wait for. The folders keep the last search
   * data; the outcome then lists no brand.
   */
  public Outcome rebuild(Consumer<Shown> pagesShown, BooleanSupplier superseded) {
    return rebuild(null, pagesShown, superseded);
  }

  /**
   * As {@link #rebuild(Consumer, BooleanSupplier)}, knowing which files changed since the last
   * rebuild, as a watcher of the folders saw them: when they are all pages or other files of the
   * content folder that are still there, the content folder is not listed again, nor are its other
   * files looked at.
   *
   * @param changed every path that changed since the last rebuild, or null when that is not known
   */
  public Outcome rebuild(
      Set<Path> changed, Consumer<Shown> pagesShown, BooleanSupplier superseded) {
    if (changed != null) {
      earlierSources.pages().changed(changed);
    }
    ParallelLoop.Stopping[] stopping = {null};
    try {
      return rebuild(pagesShown, () -> stopping[0] = ParallelLoop.stoppingWhen(superseded));
    } catch (ParallelLoop.Stopped e) {
      return new Outcome(List.of(), List.of());
    } finally {
      if (stopping[0] != null) {
        stopping[0].close();
      }
    }
  }

  private Outcome rebuild(Consumer<Shown> pagesShown, Runnable searchStarts) {
    Sources sources = Sources.read(options, earlierSources);
    Map<String, SiteOutput.InMemory> outputs = new LinkedHashMap<>();
    Map<String, Integer> pageFiles = new HashMap<>();
    List<String> pagesChanged = new ArrayList<>();
    List<CheckReport> checked =
        pipeline.build(
            sources,
            brand -> outputs.computeIfAbsent(brand.id(), id -> new SiteOutput.InMemory(id)),
            () -> {
              outputs.forEach((id, output) -> pageFiles.put(id, output.given()));
              Shown shown = showPages(outputs);
              pagesChanged.addAll(shown.changed());
              pagesShown.accept(shown);
              searchStarts.run();
            });

    List<BrandReport> built = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    for (CheckReport report : checked) {
      SiteOutput.InMemory output = outputs.get(report.brand());
      Site site = output.site();
      searchFiles.put(report.brand(), output.since(pageFiles.getOrDefault(report.brand(), 0)));
      int written = updater(report.brand()).update(site, options.outDir());
      if (written == 0 && !pagesChanged.contains(report.brand())) {
        unchanged.add(report.brand());
      } else {
        built.add(report(report, site));
      }
    }
    return new Outcome(built, unchanged);
  }

  /**
   * Each brand's new pages and other files, with the search data its folder holds. A brand this
   * session has not written yet is left for the whole build: its folder may hold another build's
   * search data, which its pages alone would replace with none.
   */
  private Shown showPages(Map<String, SiteOutput.InMemory> outputs) {
    List<String> changed = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    outputs.forEach(
        (id, output) -> {
          if (!searchFiles.containsKey(id)) {
            return;
          }
          List<SiteFile> files = new ArrayList<>(output.files());
          files.addAll(searchFiles.get(id));
          Site site = new Site(id, files);
          if (updater(id).update(site, options.outDir()) == 0) {
            unchanged.add(id);
          } else {
            changed.add(id);
          }
        });
    return new Shown(changed, unchanged);
  }

  private SiteUpdater updater(String brand) {
    return updaters.computeIfAbsent(brand, id -> new SiteUpdater());
  }

  private BrandReport report(CheckReport checked, Site site) {
    Path folder = options.outDir().resolve(site.name());
    long bytes = 0;
    for (SiteFile file : site.files()) {
      bytes += folder.resolve(file.path()).toFile().length();
    }
    return new BrandReport(
        checked.brand(), checked.pages(), checked.questions(), site.files().size(), bytes, folder);
  }
}
