package kb.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import kb.build.BuildOptions;
import kb.build.SiteBuild;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.Diagnostic;
import kb.diagnostic.SourceSpan;

/**
 * {@code kb check} on the content with the imported pages, so that a brand leak in text the export
 * shares between brands is reported, not published. The build stops at missing images before it
 * renders pages and looks for leaks, so the check runs on a copy of the content (hard links, in a
 * hidden folder of the content folder, which builds never read, removed afterwards) where each
 * image still to add is a placeholder; its problems are reported at the content's own paths.
 */
final class ImportCheck {

  private static final byte[] PNG = {
    (byte) 0x89,
    'P',
    'N',
    'G',
    '\r',
    '\n',
    0x1a,
    '\n',
    0,
    0,
    0,
    0x0d,
    'I',
    'H',
    'D',
    'R',
    0,
    0,
    0,
    1,
    0,
    0,
    0,
    1,
    8,
    6,
    0,
    0,
    0,
    0x1f,
    0x15,
    (byte) 0xc4,
    (byte) 0x89,
    0,
    0,
    0,
    0,
    'I',
    'E',
    'N',
    'D',
    (byte) 0xae,
    'B',
    0x60,
    (byte) 0x82
  };
  private static final byte[] SVG =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>".getBytes();

  private ImportCheck() {}

  /**
   * @param contentDir the content folder, as the user named it
   * @param templatesDir the templates folder
   * @param images the images still to add, relative to the content folder
   * @return every problem {@code kb check} finds; none when it passes
   */
  static List<Diagnostic> problems(Path contentDir, Path templatesDir, List<String> images) {
    Path root = contentDir.toAbsolutePath().normalize();
    Path copy;
    try {
      copy = Files.createTempDirectory(root, ".kb-import-check-");
    } catch (IOException e) {
      return List.of(
          Diagnostic.input(
              SourceSpan.of(contentDir), "cannot check the content: " + e.getMessage()));
    }
    try {
      mirror(root, copy);
      for (String image : images) {
        Path placeholder = copy.resolve(image);
        if (!Files.exists(placeholder)) {
          Files.createDirectories(placeholder.getParent());
          Files.write(placeholder, image.endsWith(".svg") ? SVG : PNG);
        }
      }
      new SiteBuild().check(new BuildOptions(copy, templatesDir, Path.of("unused"), "all"));
      return List.of();
    } catch (BuildFailedException e) {
      return e.diagnostics().stream().map(d -> atContent(d, copy, contentDir)).toList();
    } catch (IOException | UncheckedIOException e) {
      return List.of(
          Diagnostic.input(
              SourceSpan.of(contentDir), "cannot check the content: " + e.getMessage()));
    } finally {
      delete(copy);
    }
  }

  /** The content's files, linked (or copied) into the copy, hidden folders left out. */
  private static void mirror(Path root, Path copy) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> !hidden(root.relativize(p))).toList();
    }
    for (Path file : files) {
      Path target = copy.resolve(root.relativize(file).toString());
      if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
        Files.createDirectories(target);
      } else if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        try {
          Files.createLink(target, file);
        } catch (IOException | UnsupportedOperationException e) {
          Files.copy(file, target);
        }
      }
    }
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static Diagnostic atContent(Diagnostic d, Path copy, Path contentDir) {
    Path file = d.where().file();
    Path shown = file;
    if (file != null && file.toAbsolutePath().normalize().startsWith(copy)) {
      shown = contentDir.resolve(copy.relativize(file.toAbsolutePath().normalize()).toString());
    }
    String from = copy.toString();
    String to = contentDir.toString();
    return new Diagnostic(
        d.kind(),
        new SourceSpan(shown, d.where().line(), d.where().column()),
        d.message().replace(from, to),
        d.hint().replace(from, to));
  }

  private static void delete(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // A hidden folder left behind is harmless; builds never read it.
    }
  }
}
