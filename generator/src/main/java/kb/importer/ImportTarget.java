package kb.importer;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.Diagnostic;
import kb.diagnostic.SourceSpan;

/**
 * The content folder an import writes into, and nothing outside it: a path that leaves it, by
 * {@code ..}, an absolute path or a symbolic link, is refused before anything is written. Each file
 * is written whole under a hidden temporary name and then given its name, so a running {@code kb
 * serve} never reads half a page; an existing file is never replaced unless asked.
 */
final class ImportTarget {

  private final Path root;

  /**
   * @param contentDir the content folder, which must exist
   */
  ImportTarget(Path contentDir) {
    this.root = contentDir.toAbsolutePath().normalize();
  }

  /**
   * The file at a path relative to the content folder.
   *
   * @param option the option that named it, for the error
   * @throws BuildFailedException when the path leaves the content folder
   */
  Path resolve(String relative, String option) {
    Path path;
    try {
      path = Path.of(relative);
    } catch (RuntimeException e) {
      throw refused(relative, option, "is not a path");
    }
    Path target = root.resolve(path).normalize();
    if (path.isAbsolute() || !target.startsWith(root) || target.equals(root)) {
      throw refused(relative, option, "leaves the content folder " + root);
    }
    try {
      Path realRoot = root.toRealPath();
      Path existing = target;
      while (existing != null && !Files.exists(existing)) {
        existing = existing.getParent();
      }
      if (existing == null || !existing.toRealPath().startsWith(realRoot)) {
        throw refused(relative, option, "leads out of the content folder by a symbolic link");
      }
    } catch (IOException e) {
      throw refused(relative, option, "cannot be resolved: " + e.getMessage());
    }
    return target;
  }

  /** The path relative to the content folder, with {@code /}. */
  String relative(Path target) {
    return root.relativize(target).toString().replace('\\', '/');
  }

  /** Whether a file exists at the target. */
  static boolean exists(Path target) {
    return Files.exists(target);
  }

  /**
   * Writes the file whole.
   *
   * @param replace whether an existing file may be replaced
   * @throws BuildFailedException when it exists and may not be replaced, or cannot be written
   */
  void write(Path target, byte[] bytes, boolean replace) {
    Path temp = null;
    try {
      Files.createDirectories(target.getParent());
      // Hidden, so neither the build nor kb serve's watcher takes it for content.
      temp = Files.createTempFile(target.getParent(), ".kb-import-", ".tmp");
      Files.write(temp, bytes);
      if (replace) {
        try {
          Files.move(
              temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } else {
        // A hard link is made whole or not at all, and never over an existing file.
        try {
          Files.createLink(target, temp);
          Files.delete(temp);
        } catch (UnsupportedOperationException e) {
          Files.move(temp, target);
        }
      }
      temp = null;
    } catch (FileAlreadyExistsException e) {
      throw pageExists(target, relative(target));
    } catch (IOException e) {
      throw new BuildFailedException(
          Diagnostic.input(SourceSpan.of(target), "cannot write: " + e.getMessage()));
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // Hidden and harmless; the author may delete it.
        }
      }
    }
  }

  static BuildFailedException pageExists(Path target, String relative) {
    return new BuildFailedException(
        Diagnostic.input(SourceSpan.of(target), "a page exists at " + relative)
            .withHint("pass --force to replace it, or --page to import to another path"));
  }

  private static BuildFailedException refused(String relative, String option, String why) {
    return new BuildFailedException(
        Diagnostic.input(SourceSpan.of(Path.of(option)), "'" + relative + "' " + why)
            .withHint("name a path inside the content folder, such as faq/opend.md"));
  }
}
