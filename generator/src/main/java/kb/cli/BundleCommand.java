package kb.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import kb.build.BrandReport;
import kb.build.BuildOptions;
import kb.build.SiteBuild;
import kb.diagnostic.ExitCode;
import kb.site.OfflineBundle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kb bundle}: builds a brand, as {@code kb build} does, then zips its site for offline
 * readers. Building first means the zip always matches the content.
 */
@Command(
    name = "bundle",
    mixinStandardHelpOptions = true,
    description = {
      "Builds every brand, or one, and zips each site for reading offline.",
      "Writes DIR/<brand>-offline.zip (with --lang, DIR/<brand>-<L>-offline.zip): unzipped"
          + " anywhere, index.html opens from disk with search working."
    })
final class BundleCommand implements Callable<Integer> {

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin private BrandChoice brand;

  @CommandLine.Mixin private LanguageChoice language;

  @Option(
      names = "--out",
      defaultValue = "site-output",
      paramLabel = "DIR",
      description = "Output folder of the site and the zip. Default: ${DEFAULT-VALUE}.")
  private Path out;

  @CommandLine.Mixin private SourceFolders folders;

  @CommandLine.Mixin private Verbosity verbosity;

  @CommandLine.Mixin private CacheChoice cache;

  @Option(names = "--quiet", description = "Print nothing but errors.")
  private boolean quiet;

  @Override
  public Integer call() {
    return Reporter.run(spec.commandLine().getErr(), verbosity.verbose(), this::bundle);
  }

  private ExitCode bundle() {
    PrintWriter stdout = spec.commandLine().getOut();
    ProgressReport progress = ProgressReport.of(stdout, quiet);
    try {
      // Zipped while the output folder is still locked: no other build replaces a site meanwhile.
      cache
          .applyTo(new SiteBuild(progress))
          .run(
              new BuildOptions(
                  folders.content(), folders.templates(), out, brand.brand(), language.language()),
              sites -> {
                progress.finish();
                sites.forEach(site -> zip(site, stdout));
              });
    } finally {
      progress.finish();
    }
    stdout.flush();
    return ExitCode.OK;
  }

  private void zip(BrandReport site, PrintWriter stdout) {
    String name = site.brand() + (language.all() ? "" : "-" + language.language()) + "-offline";
    OfflineBundle.Written zip =
        new OfflineBundle().write(site.folder(), name, site.folder().resolveSibling(name + ".zip"));
    if (!quiet) {
      stdout.printf(
          Locale.ROOT,
          "bundled %s: %d files, %.1f KB -> %s (unzips to %s/)%n",
          site.brand(),
          zip.files(),
          zip.bytes() / 1024.0,
          zip.zip(),
          name);
    }
  }
}
