package kb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Imports point one way: a stage may use earlier stages, never a later one. */
class PipelineOrderTest {

  /** The stages in pipeline order; the CLI and the orchestrator come last. */
  private static final List<String> ORDER =
      List.of(
          "parallel",
          "memo",
          "cache",
          "diagnostic",
          "url",
          "yaml",
          "content",
          "brand",
          "markdown",
          "link",
          "template",
          "search",
          "check",
          "site",
          "authoring",
          "build",
          "importer",
          "serve",
          "cli");

  private static final Pattern IMPORT =
      Pattern.compile("^import (?:static )?kb\\.(\\w+)\\.", Pattern.MULTILINE);

  @Test
  void noStageImportsALaterStage() throws IOException {
    Path main = TestContent.repoRoot().resolve("generator/src/main/java/kb");
    List<String> violations = new ArrayList<>();
    try (Stream<Path> files = Files.walk(main)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String stage = main.relativize(file).getName(0).toString();
        Matcher imports = IMPORT.matcher(Files.readString(file));
        while (imports.find()) {
          String used = imports.group(1);
          if (rank(used) > rank(stage)) {
            violations.add(main.relativize(file) + " imports kb." + used);
          }
        }
      }
    }
    assertEquals(List.of(), violations);
  }

  private static int rank(String stage) {
    int rank = ORDER.indexOf(stage);
    if (rank < 0) {
      throw new AssertionError("package kb." + stage + " is not placed in the pipeline order");
    }
    return rank;
  }
}
