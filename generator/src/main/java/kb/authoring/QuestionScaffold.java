package kb.authoring;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Pattern;
import kb.brand.BrandCatalog;
import kb.content.ContentLanguages;
import kb.content.ContentLoader;
import kb.content.ContentSet;
import kb.content.SourcePage;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.Diagnostic;
import kb.diagnostic.SourceSpan;
import kb.markdown.AnswerPlaceholder;

/**
 * Appends a new question to a page: {@code ## Question? {#id}} with a fresh id no page of the
 * content uses (see {@link AnchorIds}), then an answer placeholder, which the build reports until
 * it is replaced. Only a question that will read as a new question of the page for every brand is
 * added (see {@link QuestionFit}). The page is replaced whole, so a running {@code kb serve} never
 * reads half of it; its line ends (LF or CRLF) are kept.
 */
public final class QuestionScaffold {

  /** The answer written under a new question, for the author to replace. */
  public static final String PLACEHOLDER = AnswerPlaceholder.TEXT;

  private static final Pattern ID_MARK = Pattern.compile(".*\\{#[^}]*}");

  /**
   * A question added. Immutable.
   *
   * @param id the new question's anchor id
   * @param heading where its heading is: the page and the 1-based line
   */
  public record Added(String id, SourceSpan heading) {}

  /**
   * @param contentDir the content folder, read to find every id in use
   * @param page the page to add to, a {@code .md} file of the content folder
   * @param question the question's heading text, without {@code ##} and id
   * @throws BuildFailedException when the question, the content or the page cannot be used
   */
  public Added add(Path contentDir, Path page, String question) {
    return addTo(contentDir, page, question);
  }

  /**
   * Adds the question to the page's version in one language: the page itself in the source
   * language, else its translation {@code x.<language>.md}, which must exist.
   *
   * @throws BuildFailedException also when the content has no such language or the page no such
   *     translation
   */
  public Added add(Path contentDir, Path page, String language, String question) {
    ContentLanguages languages = ContentLanguages.read(contentDir);
    if (!languages.all().contains(language)) {
      throw new BuildFailedException(
          Diagnostic.input(SourceSpan.of(Path.of("--lang")), "no language '" + language + "'")
              .withHint(
                  languages.declared()
                      ? "the content's languages are " + String.join(", ", languages.all())
                      : "name the content's languages in "
                          + contentDir.resolve(ContentLanguages.FILE)));
    }
    String name = page.getFileName().toString();
    for (String tag : languages.translations()) {
      name =
          name.endsWith("." + tag + ".md")
              ? name.substring(0, name.length() - tag.length() - 4) + ".md"
              : name;
    }
    Path target =
        language.equals(languages.source())
            ? page.resolveSibling(name)
            : page.resolveSibling(name.substring(0, name.length() - 3) + "." + language + ".md");
    if (!Files.isRegularFile(target)) {
      throw new BuildFailedException(
          Diagnostic.input(SourceSpan.of(target), "no " + language + " translation of this page")
              .withHint(
                  "copy "
                      + page.resolveSibling(name)
                      + " to it and translate it, then add questions"));
    }
    return addTo(contentDir, target, question);
  }

  private Added addTo(Path contentDir, Path page, String question) {
    String heading = checkQuestion(question);
    if (!Files.isRegularFile(page)) {
      throw new BuildFailedException(
          Diagnostic.input(SourceSpan.of(page), "page not found")
              .withHint("pass --page with a .md file of " + contentDir));
    }
    ContentSet content = new ContentLoader().load(contentDir);
    SourcePage source = pageOf(content, page);
    BrandCatalog brands = BrandCatalog.load(contentDir.resolve(ContentLoader.BRANDS_FOLDER));
    String id = AnchorIds.fresh(heading, AnchorIds.used(content));
    Appended appended = Appended.to(readRaw(page), heading, id);
    new QuestionFit(brands).check(source, appended.page(source), id, appended.line());
    replace(page, appended.text());
    return new Added(id, SourceSpan.at(page, appended.line()));
  }

  /**
   * A page's text with a question appended: its heading after a blank line, then the placeholder
   * answer, in the page's own line ends.
   *
   * @param text the new text of the file
   * @param line the new heading's 1-based line
   */
  private record Appended(String text, int line) {

    static Appended to(String text, String heading, String id) {
      String newline = text.contains("\r\n") ? "\r\n" : "\n";
      StringBuilder out = new StringBuilder(text.stripTrailing());
      out.append(newline).append(newline);
      int line = (int) out.chars().filter(c -> c == '\n').count() + 1;
      out.append("## ").append(heading).append(" {#").append(id).append('}').append(newline);
      out.append(newline).append(PLACEHOLDER).append(newline);
      return new Appended(out.toString(), line);
    }

    /** {@code page} as it reads with this text: the same front matter, the body that follows. */
    SourcePage page(SourcePage page) {
      String[] lines = text.replace("\r\n", "\n").split("\n", -1);
      int first = Math.min(lines.length, page.bodyFirstLine() - 1);
      String body = String.join("\n", List.of(lines).subList(first, lines.length));
      return new SourcePage(
          page.file(), page.path(), page.frontMatter(), body, page.bodyFirstLine());
    }
  }

  private static String checkQuestion(String question) {
    String heading = question.strip();
    String problem = problemWith(heading);
    if (!problem.isEmpty()) {
      throw new BuildFailedException(
          Diagnostic.input(SourceSpan.of(Path.of("QUESTION")), problem)
              .withHint("for example: kb new --page content/faq/opend.md \"How do I ...?\""));
    }
    return heading;
  }

  private static String problemWith(String heading) {
    if (heading.isEmpty()) {
      return "the question is empty";
    }
    if (heading.contains("\n") || heading.contains("\r")) {
      return "the question must be one line";
    }
    if (heading.startsWith("#")) {
      return "write the question without ##";
    }
    return ID_MARK.matcher(heading).matches() ? "write the question without an id" : "";
  }

  /** The content's page read from the file: it must be one, not just any Markdown file. */
  private static SourcePage pageOf(ContentSet content, Path page) {
    Path wanted = page.toAbsolutePath().normalize();
    for (SourcePage candidate : content.allFiles()) {
      if (candidate.file().toAbsolutePath().normalize().equals(wanted)) {
        return candidate;
      }
    }
    throw new BuildFailedException(
        Diagnostic.input(SourceSpan.of(page), "not a page of " + content.root())
            .withHint("pages are the .md files of the content folder; pass --content DIR"));
  }

  private static String readRaw(Path page) {
    try {
      return Files.readString(page, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw cannot("read", page, e);
    }
  }

  private static void replace(Path page, String text) {
    Path temp = null;
    try {
      // Hidden, so neither the build nor kb serve's watcher takes it for content.
      Path file = page.toRealPath();
      temp = Files.createTempFile(file.getParent(), ".kb-new-", ".tmp");
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      keepPermissions(file, temp);
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      try {
        if (temp != null) {
          Files.deleteIfExists(temp);
        }
      } catch (IOException ignored) {
        // Hidden and harmless; the author may delete it.
      }
      throw cannot("write", page, e);
    }
  }

  /** A temporary file is private to its owner; the page keeps the permissions it had. */
  private static void keepPermissions(Path file, Path temp) throws IOException {
    try {
      Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(file));
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system: a new file gets the folder's default permissions.
    }
  }

  private static BuildFailedException cannot(String what, Path page, IOException e) {
    return new BuildFailedException(
        Diagnostic.input(SourceSpan.of(page), "cannot " + what + " page: " + e.getMessage()));
  }
}
