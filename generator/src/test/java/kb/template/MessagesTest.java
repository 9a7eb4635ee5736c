package kb.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import kb.TestContent;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page chrome's words come from templates/messages/<tag>.yml, else kb's own: a key a file lacks
 * is an error naming the file and the key, and a language without a file is an error naming the
 * file to add.
 */
class MessagesTest {

  @TempDir Path dir;

  private Path templates() throws IOException {
    Path from = TestContent.repoRoot().resolve("templates");
    Path to = dir.resolve("templates");
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
    return to;
  }

  @Test
  void aKeyAFileLacksIsAnErrorNamingTheFileAndTheKey() throws IOException {
    Path templates = templates();
    Path zh = templates.resolve("messages/zh-CN.yml");
    Files.writeString(zh, Files.readString(zh).replaceAll("(?m)^previous:.*\\n", ""));
    Files.writeString(
        templates.resolve("partials/footer.mustache"), "<footer>{{msg.footer_note}}</footer>\n");
    List<Diagnostic> problems =
        assertThrows(BuildFailedException.class, () -> new PageRenderer(templates)).diagnostics();
    List<String> shown =
        problems.stream().map(d -> d.where().file().getFileName() + ": " + d.message()).toList();
    assertTrue(shown.contains("zh-CN.yml: missing message 'previous'"), shown.toString());
    Path en = templates.resolve("messages/en.yml");
    Files.writeString(en, Files.readString(en) + "only_here: Only in English\n");
    problems =
        assertThrows(BuildFailedException.class, () -> new PageRenderer(templates)).diagnostics();
    shown =
        problems.stream().map(d -> d.where().file().getFileName() + ": " + d.message()).toList();
    assertTrue(shown.contains("zh-HK.yml: missing message 'only_here'"), shown.toString());
    for (String file : List.of("en.yml", "zh-CN.yml", "zh-HK.yml")) {
      assertTrue(shown.contains(file + ": missing message 'footer_note'"), shown.toString());
    }
  }

  @Test
  void aLanguageWithoutMessagesIsAnErrorNamingTheFileToAdd() throws IOException {
    PageRenderer renderer = new PageRenderer(templates());
    Diagnostic problem =
        assertThrows(BuildFailedException.class, () -> renderer.messages("fr"))
            .diagnostics()
            .get(0);
    assertEquals("no messages for language 'fr'", problem.message());
    assertTrue(problem.where().file().endsWith("messages/fr.yml"), problem.where().toString());
  }

  @Test
  void aRegionWithoutItsOwnFileUsesItsLanguagesAndPlaceholdersAreFilled() throws IOException {
    Path templates = templates();
    Files.copy(templates.resolve("messages/zh-CN.yml"), templates.resolve("messages/zh.yml"));
    PageRenderer renderer = new PageRenderer(templates);
    assertEquals("3 个结果", renderer.messages("zh-SG").format("search_result_other", "n", 3));
    assertEquals("1 question", renderer.messages("en").questionCount(1));
    assertEquals("2 questions", renderer.messages("en").questionCount(2));
  }

  @Test
  void templatesWithoutMessagesOfTheirOwnUseKbsBuiltInOnes() throws IOException {
    Path templates = templates();
    try (Stream<Path> files = Files.list(templates.resolve("messages"))) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
    PageRenderer renderer = new PageRenderer(templates);
    assertEquals("3 个结果", renderer.messages("zh-CN").format("search_result_other", "n", 3));
    assertEquals("2 questions", renderer.messages("en").questionCount(2));
    Files.writeString(
        templates.resolve("partials/footer.mustache"), "<footer>{{msg.footer_note}}</footer>\n");
    Diagnostic problem =
        assertThrows(BuildFailedException.class, () -> new PageRenderer(templates).messages("en"))
            .diagnostics()
            .get(0);
    assertTrue(problem.message().contains("[footer_note]"), problem.message());
    assertTrue(problem.where().file().endsWith("messages/en.yml"), problem.where().toString());
  }
}
