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

  @CommandLine.Mixin private BuildSource source;

  @Option(
      names = "--out",
      defaultValue = "site-output",
      paramLabel = "DIR",
      description = "Output folder; each brand goes to DIR/<brand>/. Default: ${DEFAULT-VALUE}.")
  private Path out;

  @Override
  public Integer call() {
    return Reporter.run(
        spec.commandLine().getErr(),
        source.verbose,
        () -> {
          long start = System.nanoTime();
          List<BrandReport> reports =
              new SiteBuild()
                  .run(new BuildOptions(source.content, source.templates, out, source.brand));
          print(reports, (System.nanoTime() - start) / 1_000_000);
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
