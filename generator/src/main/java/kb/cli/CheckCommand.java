package kb.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import kb.build.BuildOptions;
import kb.build.SiteBuild;
import kb.check.CheckReport;
import kb.diagnostic.ExitCode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kb check}: everything {@code kb build} checks, without writing anything. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Builds every brand in memory and checks links, anchors, images, ids, brand blocks,",
      "variables and brand leaks. Writes nothing. Exit code 0 when clean, 1 when a check",
      "fails, 2 on a usage or input error."
    })
final class CheckCommand implements Callable<Integer> {

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--brand",
      defaultValue = "all",
      paramLabel = "ID",
      description = "Brand id, or 'all'. Default: ${DEFAULT-VALUE}.")
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

  @Option(names = "--verbose", description = "Show stack traces of errors.")
  private boolean verbose;

  @Override
  public Integer call() {
    return Reporter.run(
        spec.commandLine().getErr(),
        verbose,
        () -> {
          BuildOptions options = new BuildOptions(content, templates, Path.of("unused"), brand);
          print(new SiteBuild().check(options));
          return ExitCode.OK;
        });
  }

  private void print(List<CheckReport> reports) {
    PrintWriter stdout = spec.commandLine().getOut();
    for (CheckReport r : reports) {
      stdout.printf(
          "%s: %d pages, %d questions, %d links checked, no problems%n",
          r.brand(), r.pages(), r.questions(), r.links());
    }
    stdout.println("check passed");
    stdout.flush();
  }
}
