package kb.serve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kb.build.BrandReport;
import kb.build.BuildOptions;
import kb.build.SiteBuild;
import kb.build.SiteOutput;
import kb.build.Sources;
import kb.check.CheckReport;
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
   * Reads the content and templates again, builds every brand asked for and updates the folders of
   * those whose files changed.
   *
   * @throws kb.diagnostic.BuildFailedException for any problem in the input; nothing is written
   */
  public Outcome rebuild() {
    Sources sources = Sources.read(options);
    Map<String, SiteOutput.InMemory> outputs = new LinkedHashMap<>();
    List<CheckReport> checked =
        pipeline.build(
            sources,
            brand -> outputs.computeIfAbsent(brand.id(), id -> new SiteOutput.InMemory(id)));
    List<BrandReport> built = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    for (CheckReport report : checked) {
      Site site = outputs.get(report.brand()).site();
      int written =
          updaters
              .computeIfAbsent(report.brand(), id -> new SiteUpdater())
              .update(site, options.outDir());
      if (written == 0) {
        unchanged.add(report.brand());
      } else {
        built.add(report(report, site));
      }
    }
    return new Outcome(built, unchanged);
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
