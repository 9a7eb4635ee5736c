package kb.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import kb.authoring.QuestionScaffold;
import kb.diagnostic.ExitCode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kb new}: appends a question with a fresh anchor id to a page. */
@Command(
    name = "new",
    aliases = "add-question",
    mixinStandardHelpOptions = true,
    description = {
      "Appends a question with a fresh anchor id to a page.",
      "Writes '## QUESTION {#id}' and an answer placeholder. The id is new to the whole"
          + " content folder, so links to it are never ambiguous. Prints the id and the"
          + " heading's file:line."
    })
final class NewCommand implements Callable<Integer> {

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--page",
      required = true,
      paramLabel = "FILE",
      description = "The page to add to, for example content/faq/opend.md.")
  private Path page;

  @Option(
      names = "--content",
      defaultValue = "content",
      paramLabel = "DIR",
      description = "Content folder. Default: ${DEFAULT-VALUE}.")
  private Path content;

  @Option(
      names = "--lang",
      paramLabel = "L",
      description =
          "Add the question only to the page's translation into L, such as zh-CN."
              + " Default: the page as named.")
  private String language;

  @CommandLine.Mixin private Verbosity verbosity;

  @Parameters(
      arity = "1..*",
      paramLabel = "QUESTION",
      description = "The question, as its heading should read; quotes are optional.")
  private List<String> words;

  @Override
  public Integer call() {
    return Reporter.run(
        spec.commandLine().getErr(),
        verbosity.verbose(),
        () -> {
          String question = String.join(" ", words);
          QuestionScaffold.Added added =
              language == null
                  ? new QuestionScaffold().add(content, page, question)
                  : new QuestionScaffold().add(content, page, language, question);
          spec.commandLine()
              .getOut()
              .println("added question " + added.id() + " at " + added.heading());
          spec.commandLine().getOut().flush();
          return ExitCode.OK;
        });
  }
}
