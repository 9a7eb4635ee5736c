package kb.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kb.TestContent;

/**
 * A content folder with the shipped brand files and languages, exports written into a folder beside
 * it, and imports run on them with the repository's templates.
 */
final class ImportWorkspace {

  /** Blank lines that set off one brand's variant in an export. */
  static final String GAP = "\n\n\n\n\n\n";

  private final Path dir;
  private final Path content;

  ImportWorkspace(Path dir) {
    this.dir = dir;
    this.content = dir.resolve("content");
    TestContent.shippedBrandsWithoutHeaderLinks(content);
  }

  Path content() {
    return content;
  }

  /** Writes an export file and returns its path. */
  Path export(String name, String text) {
    try {
      Path file = dir.resolve("exports").resolve(name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An export of one page: a title with anchor 1, then the questions' text. */
  static String page(String title, String questions) {
    return "\n\n# <a href=\"#1\" class=\"header-anchor\">#</a> " + title + "\n\n" + questions;
  }

  /** A question heading as the help center exports it. */
  static String question(String id, String heading) {
    return "## <a href=\"#" + id + "\" class=\"header-anchor\">#</a> " + heading + "\n";
  }

  PageImport.Result run(String language, String page, List<Path> exports) {
    return new PageImport()
        .run(
            new PageImport.Options(
                content,
                TestContent.repoRoot().resolve("templates"),
                language,
                page,
                false,
                exports));
  }

  /** Imports one export to {@code faq/t.md} in the source language. */
  PageImport.Result run(Path export) {
    return run(null, "faq/t.md", List.of(export));
  }

  String written(String page) {
    try {
      return Files.readString(content.resolve(page), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The report's lines of constructs not converted. */
  static List<String> entries(PageImport.Result result) {
    List<String> lines = new ArrayList<>();
    result.report().entries().forEach(e -> lines.add(e.format()));
    return lines;
  }
}
