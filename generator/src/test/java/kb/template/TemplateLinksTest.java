package kb.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kb.TestContent;
import kb.TestFolders;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.Diagnostic;
import kb.diagnostic.ExitCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Symbolic links in the templates folder (issue 23): followed while they stay inside it; one that
 * leaves it, from a template, a partial or an asset, is an error naming the link.
 */
class TemplateLinksTest {

  @TempDir Path dir;

  private Path templates;
  private Path secret;

  @BeforeEach
  void copyTemplates() throws IOException {
    templates = TestFolders.copy(TestContent.repoRoot().resolve("templates"), dir.resolve("t"));
    secret = Files.writeString(dir.resolve("secret.txt"), "root:x:0:0");
  }

  private Diagnostic failure() {
    BuildFailedException e =
        assertThrows(BuildFailedException.class, () -> new PageRenderer(templates));
    assertEquals(ExitCode.INPUT_ERROR, e.exitCode());
    return e.diagnostics().get(0);
  }

  private Path linkOutside(String path) throws IOException {
    Path link = templates.resolve(path);
    Files.deleteIfExists(link);
    return Files.createSymbolicLink(link, secret);
  }

  @Test
  void assetLinkedOutsideIsAnErrorNamingTheLink() throws IOException {
    Path link = linkOutside("assets/leak.css");
    Diagnostic d = failure();
    assertEquals(link, d.where().file());
    assertEquals("links outside the templates folder, to " + secret.toRealPath(), d.message());
  }

  @Test
  void partialLinkedOutsideIsAnErrorNamingTheLink() throws IOException {
    Path link = linkOutside("partials/footer.mustache");
    Diagnostic d = failure();
    assertEquals(link, d.where().file());
    assertEquals("links outside the templates folder, to " + secret.toRealPath(), d.message());
  }

  @Test
  void hiddenAssetLinkedOutsideIsAnErrorToo() throws IOException {
    Path link = linkOutside("assets/.htaccess");
    assertEquals(link, failure().where().file());
  }

  @Test
  void assetLinkedInsideTheFolderIsCopied() throws IOException {
    Files.createSymbolicLink(
        templates.resolve("assets/copy.css"), templates.resolve("assets/kb.css"));
    assertTrue(
        new PageRenderer(templates)
            .staticFiles().stream().anyMatch(f -> f.path().equals("assets/copy.css")));
  }
}
