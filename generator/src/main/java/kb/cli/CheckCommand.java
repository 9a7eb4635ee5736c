package kb.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import kb.build.BuildOptions;
import kb.build.SiteBuild;
import kb.check.CheckReport;
import kb.check.TranslationCoverage;
import kb.diagnostic.ExitCode;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code kb check}: everything {@code kb build} checks, without writing anything. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Checks every brand's site, or one brand's, and writes nothing.",
      "Builds the sites in memory and checks links, anchors, images, ids, brand blocks,"
          + " variables and brand leaks. Exit code 0 when clean, 1 when a check fails, 2 on a"
          + " usage or input error.",
      "Also prints how much of each language is translated, with the questions missing"
          + " or translated from an older source: these are not errors."
    })
final class CheckCommand implements Callable<Integer> {

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin private SourceFolders folders;

  @CommandLine.Mixin private BrandChoice brand;

  @CommandLine.Mixin private Verbosity verbosity;

  @Override
  public Integer call() {
    return Reporter.run(
        spec.commandLine().getErr(),
        verbosity.verbose(),
        () -> {
          BuildOptions options =
              new BuildOptions(
                  folders.content(), folders.templates(), Path.of("unused"), brand.brand());
          print(new SiteBuild().checkWithCoverage(options));
          return ExitCode.OK;
        });
  }

  /**
   * Each brand's summary, then each of its languages' translation coverage with the questions to
   * translate; coverage gaps are not problems, so they go to standard output and exit 0.
   */
  private void print(SiteBuild.Checked checked) {
    PrintWriter stdout = spec.commandLine().getOut();
    for (CheckReport r : checked.reports()) {
      stdout.printf(
          "%s: %d pages, %d questions, %d links checked, no problems%n",
          r.brand(), r.pages(), r.questions(), r.links());
      for (TranslationCoverage coverage : checked.coverage()) {
        if (coverage.brand().equals(r.brand())) {
          stdout.println(coverage.summary());
          coverage.gaps().forEach(gap -> stdout.println(gap.format()));
        }
      }
    }
    stdout.println("check passed");
    stdout.flush();
  }
}
