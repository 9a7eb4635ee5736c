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
    description = "Builds the help site of one brand, or of all brands, into the output folder.")
final class BuildCommand implements Callable<Integer> {

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--brand",
      defaultValue = "all",
      paramLabel = "ID",
      description =
          "Brand id (a file name in content/brands/), or 'all'. Default: ${DEFAULT-VALUE}.")
  private String brand;

  @Option(
      names = "--content",
      defaultValue = "content",
      paramLabel = "DIR",
      description = "Content folder. Default: ${DEFAULT-VALUE}.")
  private Path content;

  @Option(
      names = "--templates",
      defaultValue = "templates",
      paramLabel = "DIR",
      description = "Templates folder. Default: ${DEFAULT-VALUE}.")
  private Path templates;

  @Option(
      names = "--out",
      defaultValue = "site-output",
      paramLabel = "DIR",
      description = "Output folder; each brand goes to DIR/<brand>/. Default: ${DEFAULT-VALUE}.")
  private Path out;

  @Option(names = "--verbose", description = "Show stack traces of errors.")
  private boolean verbose;

  @Option(names = "--quiet", description = "Print nothing but errors.")
  private boolean quiet;

  @Override
  public Integer call() {
    return Reporter.run(
        spec.commandLine().getErr(),
        verbose,
        () -> {
          long start = System.nanoTime();
          ProgressReport progress = ProgressReport.of(spec.commandLine().getOut(), quiet);
          List<BrandReport> reports;
          try {
            reports = new SiteBuild(progress).run(new BuildOptions(content, templates, out, brand));
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
