package kb.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.Diagnostic;
import kb.diagnostic.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading templates: syntax errors and missing templates are input errors with file and line. */
class PageRendererTest {

  @TempDir Path templates;

  private void writeAll(String pageTemplate) throws IOException {
    Files.writeString(templates.resolve("layout.mustache"), "<html>{{{content}}}</html>\n");
    Files.writeString(templates.resolve("home.mustache"), "home\n");
    Files.writeString(templates.resolve("page.mustache"), pageTemplate);
    Files.writeString(templates.resolve("not-found.mustache"), "not found\n");
    Files.writeString(templates.resolve("favicon.svg.mustache"), "<svg/>\n");
  }

  @Test
  void syntaxErrorNamesTemplateFileAndLine() throws IOException {
    writeAll("<h1>{{title}}</h1>\n<ol>\n{{#questions}}\n<li>{{title}}</li>\n</ol>\n");
    BuildFailedException e =
        assertThrows(BuildFailedException.class, () -> new PageRenderer(templates));
    Diagnostic d = e.diagnostics().get(0);
    assertTrue(d.where().file().endsWith("page.mustache"), d.format());
    assertTrue(d.where().line() > 0, d.format());
    assertTrue(d.message().startsWith("template syntax error"), d.message());
    assertEquals(ExitCode.INPUT_ERROR, e.exitCode());
  }

  @Test
  void missingTemplateIsAnError() throws IOException {
    writeAll("ok\n");
    Files.delete(templates.resolve("home.mustache"));
    BuildFailedException e =
        assertThrows(BuildFailedException.class, () -> new PageRenderer(templates));
    assertEquals("template not found", e.diagnostics().get(0).message());
  }

  @Test
  void staticFilesComeFromTheAssetsFolder() throws IOException {
    writeAll("ok\n");
    Files.createDirectories(templates.resolve("assets/img"));
    Files.writeString(templates.resolve("assets/site.css"), "a{}");
    Files.writeString(templates.resolve("assets/img/x.svg"), "<svg/>");
    assertEquals(
        java.util.List.of("assets/img/x.svg", "assets/site.css"),
        new PageRenderer(templates).staticFiles().stream().map(StaticFile::path).toList());
  }
}
