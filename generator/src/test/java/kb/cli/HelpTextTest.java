package kb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kb --help} and every command's help fit 80 columns and say whole sentences. */
class HelpTextTest {

  private static final int WIDTH = 80;

  static Stream<String> commands() {
    return Stream.of("build", "check", "search", "serve", "new", "import", "bundle");
  }

  private static void assertFits(String help) {
    for (String line : help.split("\n")) {
      assertTrue(line.length() <= WIDTH, line.length() + " columns: '" + line + "'\n" + help);
    }
  }

  /** A sentence ends with a full stop; a description element is one paragraph, never a part. */
  private static void assertSentences(String where, List<String> texts) {
    for (String text : texts) {
      String trimmed = text.strip();
      assertTrue(trimmed.endsWith("."), where + ": ends mid-sentence: '" + trimmed + "'");
      assertTrue(
          Character.isUpperCase(trimmed.codePointAt(0)),
          where + ": starts mid-sentence: '" + trimmed + "'");
    }
  }

  @Test
  void kbHelpFitsEightyColumns() {
    Cli help = Cli.run("--help");
    assertEquals(0, help.exitCode(), help.err());
    assertFits(help.out());
  }

  @ParameterizedTest
  @MethodSource("commands")
  void everyCommandsHelpFitsEightyColumns(String command) {
    Cli help = Cli.run(command, "--help");
    assertEquals(0, help.exitCode(), help.err());
    assertFits(help.out());
    assertEquals(help.out(), Cli.run("help", command).out(), "kb help " + command);
  }

  /** Each command's summary in the list of {@code kb --help}, its wrapped lines joined. */
  @Test
  void kbHelpListsEveryCommandWithAWholeSentence() {
    String help = Cli.run("--help").out();
    String list = help.substring(help.indexOf("Commands:\n") + "Commands:\n".length());
    int end = list.indexOf("\n\n");
    list = end < 0 ? list : list.substring(0, end);
    Matcher entry =
        Pattern.compile("(?m)^  ([\\w-]+(?:, [\\w-]+)*) +(.+(?:\\n {4,}.+)*)").matcher(list);
    List<String> names = new ArrayList<>();
    while (entry.find()) {
      names.add(entry.group(1));
      String summary = entry.group(2).replaceAll("\\s+", " ");
      assertSentences("kb --help, " + entry.group(1), List.of(summary));
    }
    assertEquals(
        List.of(
            "build", "check", "search", "serve", "new, add-question", "import", "bundle", "help"),
        names);
  }

  @ParameterizedTest
  @MethodSource("commands")
  void everyDescriptionIsWholeSentences(String command) {
    CommandSpec spec =
        new CommandLine(new KbCommand()).getSubcommands().get(command).getCommandSpec();
    assertSentences(command, List.of(spec.usageMessage().description()));
    for (ArgSpec arg : spec.args()) {
      String text = String.join(" ", arg.description());
      assertSentences(command + " " + arg.paramLabel(), List.of(text));
    }
  }

  @Test
  void kbsOwnDescriptionAndExitCodesAreWholeSentences() {
    CommandSpec spec = new CommandLine(new KbCommand()).getCommandSpec();
    assertSentences("kb", List.of(spec.usageMessage().description()));
    assertSentences("kb exit codes", new ArrayList<>(spec.usageMessage().exitCodeList().values()));
  }
}
