package kb.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import kb.diagnostic.ExitCode;
import kb.importer.ImportReport;
import kb.importer.PageImport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kb import}: exported help-center pages to single-source kb pages. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Converts pages exported from a help center into kb pages for every brand.",
      "Brand variants of an answer become one text with variables, or brand blocks where"
          + " they differ otherwise; ids, aliases, links, code, tabs, tables, callouts and"
          + " images are kept. Two files with the same questions are one page's two brands."
          + " Prints what it could not convert, at the export's file:line. Exit code 0 when"
          + " everything converted, 1 when the report is not empty (the page is written),"
          + " 2 when the input cannot be read or the page cannot be written."
    })
final class ImportCommand implements Callable<Integer> {

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin private SourceFolders folders;

  @Option(
      names = "--lang",
      paramLabel = "L",
      description = "The exports' language, such as zh-CN. Default: the content's source language.")
  private String language;

  @Option(
      names = "--page",
      paramLabel = "PATH",
      description =
          "The page's path in the content folder, such as faq/opend.md."
              + " Default: derived from the export.")
  private String page;

  @Option(names = "--force", description = "Replace a page that exists at the path.")
  private boolean force;

  @CommandLine.Mixin private Verbosity verbosity;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Exported pages.")
  private List<Path> files;

  @Override
  public Integer call() {
    return Reporter.run(
        spec.commandLine().getErr(),
        verbosity.verbose(),
        () -> {
          PageImport.Result result =
              new PageImport()
                  .run(
                      new PageImport.Options(
                          folders.content(), folders.templates(), language, page, force, files));
          PrintWriter out = spec.commandLine().getOut();
          for (PageImport.Imported imported : result.pages()) {
            out.printf(
                "imported %s -> %s: %d questions, %d written once with variables, %d with brand"
                    + " blocks%n",
                String.join(" + ", imported.exports().stream().map(Path::toString).toList()),
                folders.content().resolve(imported.page()),
                imported.questions(),
                imported.unified(),
                imported.branded());
          }
          ImportReport report = result.report();
          report.lines().forEach(out::println);
          out.println(
              report.isEmpty()
                  ? "everything converted"
                  : "the report above lists what to finish by hand");
          out.flush();
          return report.isEmpty() ? ExitCode.OK : ExitCode.FAILED;
        });
  }
}
