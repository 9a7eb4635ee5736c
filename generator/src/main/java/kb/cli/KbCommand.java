package kb.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import kb.content.FolderFiles;
import kb.diagnostic.ExitCode;
import kb.diagnostic.NearestName;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code kb}: the entry point; each job is a subcommand. */
@Command(
    name = "kb",
    mixinStandardHelpOptions = true,
    versionProvider = KbCommand.Version.class,
    description = "Builds one searchable help site per brand from one set of Markdown FAQ pages.",
    footerHeading = "%n",
    footer = "Run 'kb help COMMAND' for a command's options.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:Success.",
      "1:A check failed: a broken link, an unknown variable, a brand leak.",
      "2:The command line or the input cannot be used.",
      "3:A bug in kb."
    },
    subcommands = {
      BuildCommand.class,
      CheckCommand.class,
      SearchCommand.class,
      ServeCommand.class,
      NewCommand.class,
      ImportCommand.class,
      BundleCommand.class,
      CommandLine.HelpCommand.class
    })
public final class KbCommand implements Runnable {

  /** Columns of every help text: a standard terminal, so no line wraps twice. */
  static final int HELP_WIDTH = 80;

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs kb as the command line would and returns the exit code. */
  public static int run(String... args) {
    return run(
        new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8),
        args);
  }

  /** Runs kb with its output going to the given writers; tests read what a user would see. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new KbCommand());
    cli.setUsageHelpWidth(HELP_WIDTH);
    cli.setOut(out);
    cli.setErr(err);
    cli.registerConverter(Path.class, KbCommand::path);
    cli.setParameterExceptionHandler(
        (e, ignored) -> {
          PrintWriter errors = e.getCommandLine().getErr();
          Optional<String> word = unknownWord(e);
          boolean command = word.isPresent() && isCommandPosition(e, word.get());
          errors.println(
              "kb: " + (command ? "unknown command '" + word.get() + "'" : e.getMessage()));
          word.flatMap(w -> nearest(e.getCommandLine(), w, command))
              .ifPresent(name -> errors.println("  hint: did you mean " + name + "?"));
          errors.println("Try 'kb --help'.");
          return ExitCode.INPUT_ERROR.code();
        });
    return cli.execute(args);
  }

  /**
   * A path given on the command line. One whose characters the locale's character set cannot name,
   * as any name that is not ASCII under {@code LANG=C}, is an error saying so.
   */
  private static Path path(String name) {
    try {
      return Path.of(name);
    } catch (InvalidPathException e) {
      if (!e.getReason().contains("unmappable")) {
        throw new CommandLine.TypeConversionException("'" + name + "' " + e.getReason());
      }
      throw new CommandLine.TypeConversionException(
          "'"
              + name
              + "' cannot be a file name in this locale's character set ("
              + System.getProperty("sun.jnu.encoding")
              + "); "
              + FolderFiles.UTF8_LOCALE_HINT);
    }
  }

  /** The first word picocli could not place, if that is the problem. */
  private static Optional<String> unknownWord(CommandLine.ParameterException e) {
    return e instanceof CommandLine.UnmatchedArgumentException unmatched
            && !unmatched.getUnmatched().isEmpty()
        ? Optional.of(unmatched.getUnmatched().get(0))
        : Optional.empty();
  }

  /** Whether kb expected a command where the word is: {@code kb biuld}. */
  private static boolean isCommandPosition(CommandLine.ParameterException e, String word) {
    return e.getCommandLine().getParent() == null && !word.startsWith("-");
  }

  /**
   * The command or option nearest to a mistyped one ({@code biuld}, {@code --brnad}). picocli
   * suggests names only when it prints the suggestions itself, in its own words.
   */
  private static Optional<String> nearest(CommandLine command, String word, boolean isCommand) {
    if (isCommand) {
      return NearestName.among(command.getSubcommands().keySet(), word);
    }
    if (!word.startsWith("-")) {
      return Optional.empty();
    }
    String option = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
    return NearestName.among(command.getCommandSpec().optionsMap().keySet(), option);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The version from the jar's manifest, or "dev" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = KbCommand.class.getPackage().getImplementationVersion();
      return new String[] {"kb " + (version == null ? "dev" : version)};
    }
  }
}
