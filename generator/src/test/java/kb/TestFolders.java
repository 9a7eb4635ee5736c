package kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Copies of the repository's folders for tests that edit them, such as kb serve's. */
public final class TestFolders {

  private TestFolders() {}

  /** Copies a folder tree; returns the copy. */
  public static Path copy(Path from, Path to) {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : files.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
      return to;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes a folder tree, as {@code rm -r} does. */
  public static void delete(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The shipped content/ and templates/ copied into {@code dir}; returns {@code dir}. */
  public static Path copyOfShipped(Path dir) {
    copy(TestContent.repoRoot().resolve("content"), dir.resolve("content"));
    copy(TestContent.repoRoot().resolve("templates"), dir.resolve("templates"));
    return dir;
  }
}
