package kb.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import kb.build.BrandReport;
import kb.build.BuildOptions;
import kb.build.SiteBuild;
import kb.diagnostic.ExitCode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kb build}: writes one site per brand into the output folder. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = {
      "Builds the help site of every brand, or of one, into the output folder.",
      "Each brand goes to DIR/<brand>/. The sites replace the previous ones only once every"
          + " brand is built and has passed its checks."
    })
final class BuildCommand implements Callable<Integer> {

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin private SourceFolders folders;

  @CommandLine.Mixin private BrandChoice brand;

  @CommandLine.Mixin private LanguageChoice language;

  @CommandLine.Mixin private Verbosity verbosity;

  @CommandLine.Mixin private CacheChoice cache;

  @Option(
      names = "--out",
      defaultValue = "site-output",
      paramLabel = "DIR",
      description = "Output folder; each brand goes to DIR/<brand>/. Default: ${DEFAULT-VALUE}.")
  private Path out;

  @Option(names = "--quiet", description = "Print nothing but errors.")
  private boolean quiet;

  @Override
  public Integer call() {
    return Reporter.run(
        spec.commandLine().getErr(),
        verbosity.verbose(),
        () -> {
          long start = System.nanoTime();
          ProgressReport progress = ProgressReport.of(spec.commandLine().getOut(), quiet);
          List<BrandReport> reports;
          try {
            reports =
                cache
                    .applyTo(new SiteBuild(progress))
                    .run(
                        new BuildOptions(
                            folders.content(),
                            folders.templates(),
                            out,
                            brand.brand(),
                            language.language()));
          } finally {
            progress.finish();
          }
          if (!quiet) {
            print(reports, (System.nanoTime() - start) / 1_000_000);
          }
          return ExitCode.OK;
        });
  }

  private void print(List<BrandReport> reports, long millis) {
    var stdout = spec.commandLine().getOut();
    for (BrandReport r : reports) {
      stdout.printf(
          Locale.ROOT,
          "built %s: %d pages, %d questions, %d files, %.1f KB -> %s%n",
          r.brand(),
          r.pages(),
          r.questions(),
          r.files(),
          r.bytes() / 1024.0,
          r.folder());
    }
    stdout.printf(Locale.ROOT, "done in %d ms%n", millis);
    stdout.flush();
  }
}
