package kb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kb.TestContent;
import kb.TestFolders;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Every {@code ```console} block of README.md and docs/ is run: its {@code $ } lines against a
 * fresh copy of the shipped content and templates, and what kb prints must be the lines below.
 */
class DocExamplesTest {

  /** Elapsed time, the only output that differs between runs of the same command. */
  private static final Pattern MILLISECONDS = Pattern.compile("\\b\\d+ ms\\b");

  /** The commands the docs must show with their output, so none of them can go stale unseen. */
  private static final Set<String> MUST_SHOW = Set.of("build", "check", "bundle", "search", "new");

  @TempDir Path dir;

  @TestFactory
  Stream<DynamicTest> everyConsoleExampleCommandPrintsWhatTheDocsShow() throws IOException {
    return examples().stream()
        .map(example -> DynamicTest.dynamicTest(example.where(), () -> check(example)));
  }

  @Test
  void theDocsShowBuildCheckBundleSearchAndNew() throws IOException {
    Set<String> shown = new TreeSet<>();
    for (Example example : examples()) {
      for (Step step : example.steps()) {
        List<String> words = words(step.command());
        if (words.size() > 1) {
          shown.add(words.get(1));
        }
      }
    }
    assertTrue(shown.containsAll(MUST_SHOW), "the docs' console examples run only " + shown);
  }

  private void check(Example example) throws IOException {
    Path folder = Files.createTempDirectory(dir, "example");
    TestFolders.copyOfShipped(folder);
    for (Step step : example.steps()) {
      String printed = run(folder, words(step.command()));
      String shown = example.where() + ": $ " + step.command();
      assertEquals(normalise(step.output()), normalise(printed), shown);
    }
  }

  /** Runs one documented command in-process, with its folders in {@code folder}. */
  private static String run(Path folder, List<String> words) {
    assertTrue(
        words.size() > 1 && (words.get(0).equals("kb") || words.get(0).equals("./kb")),
        "a console example runs kb: " + words);
    List<String> args = inFolder(folder, words.subList(1, words.size()));
    StringWriter printed = new StringWriter();
    // One writer for both streams keeps errors in their place among the other lines.
    PrintWriter writer = new PrintWriter(printed, true);
    KbCommand.run(writer, writer, args.toArray(String[]::new));
    writer.flush();
    return printed.toString().replace(folder + "/", "");
  }

  /**
   * The arguments with every path option, given or left to its default, made absolute under {@code
   * folder}: the examples are written for the repository's root, the test runs elsewhere.
   */
  private static List<String> inFolder(Path folder, List<String> args) {
    CommandLine kb = new CommandLine(new KbCommand());
    CommandLine command = args.isEmpty() ? null : kb.getSubcommands().get(args.get(0));
    if (command == null) {
      return args;
    }
    List<String> result = new ArrayList<>(args);
    for (CommandLine.Model.OptionSpec option : command.getCommandSpec().options()) {
      if (option.type() != Path.class) {
        continue;
      }
      int given = indexOfOption(result, option);
      if (given >= 0 && given + 1 < result.size()) {
        result.set(given + 1, folder.resolve(result.get(given + 1)).toString());
      } else if (given < 0 && option.defaultValue() != null) {
        result.add(1, option.longestName());
        result.add(2, folder.resolve(option.defaultValue()).toString());
      }
    }
    return result;
  }

  private static int indexOfOption(List<String> args, CommandLine.Model.OptionSpec option) {
    for (int i = 0; i < args.size(); i++) {
      if (List.of(option.names()).contains(args.get(i))) {
        return i;
      }
    }
    return -1;
  }

  /** Lines without trailing blanks, timings masked. */
  private static List<String> normalise(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      lines.add(MILLISECONDS.matcher(line.stripTrailing()).replaceAll("N ms"));
    }
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }

  /** A command line split into words as a shell would: quotes group, and are removed. */
  private static List<String> words(String command) {
    List<String> words = new ArrayList<>();
    StringBuilder word = null;
    char quote = 0;
    for (char c : command.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
        word = word == null ? new StringBuilder() : word;
      } else if (c == ' ') {
        if (word != null) {
          words.add(word.toString());
          word = null;
        }
      } else {
        word = word == null ? new StringBuilder() : word;
        word.append(c);
      }
    }
    if (word != null) {
      words.add(word.toString());
    }
    return words;
  }

  /** Every console block of the README and the docs. */
  private static List<Example> examples() throws IOException {
    Path root = TestContent.repoRoot();
    List<Path> files = new ArrayList<>(List.of(root.resolve("README.md")));
    try (Stream<Path> docs = Files.walk(root.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
    }
    List<Example> examples = new ArrayList<>();
    for (Path file : files) {
      examples.addAll(
          Example.in(root.relativize(file), Files.readAllLines(file, StandardCharsets.UTF_8)));
    }
    return examples;
  }

  /** One command of an example and the lines it should print. */
  private record Step(String command, String output) {}

  /** One console block: where it starts, and its commands in order. */
  private record Example(String where, List<Step> steps) {

    static List<Example> in(Path file, List<String> lines) {
      List<Example> examples = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        if (!lines.get(i).strip().equals("```console")) {
          continue;
        }
        String where = file + ":" + (i + 1);
        List<Step> steps = new ArrayList<>();
        String command = null;
        StringBuilder output = new StringBuilder();
        for (i++; i < lines.size() && !lines.get(i).strip().equals("```"); i++) {
          String line = lines.get(i);
          if (line.startsWith("$ ")) {
            if (command != null) {
              steps.add(new Step(command, output.toString()));
            }
            command = line.substring(2);
            output.setLength(0);
          } else {
            output.append(line).append('\n');
          }
        }
        assertTrue(command != null, where + ": a console block starts with a '$ ' command line");
        steps.add(new Step(command, output.toString()));
        examples.add(new Example(where, List.copyOf(steps)));
      }
      return examples;
    }
  }
}
