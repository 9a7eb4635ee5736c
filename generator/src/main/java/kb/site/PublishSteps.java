package kb.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The file-system steps that publish staged sites and clean up around them, one rename, write or
 * delete each. {@link OutputFolder} takes every such step through this interface, so that a test
 * can fail a build, or stop it as a kill would, at any one of them.
 */
public interface PublishSteps {

  /** The steps as they are: on disk. */
  PublishSteps ON_DISK = new OnDisk();

  /** Renames a file or folder, atomically where the file system can. */
  void move(Path from, Path to) throws IOException;

  /** Writes a small file whole (a journal, a marker). */
  void write(Path file, byte[] bytes) throws IOException;

  /** Deletes a file or an empty folder, if it exists. */
  void delete(Path path) throws IOException;

  /** Deletes a folder and everything in it, if it exists. */
  void deleteTree(Path folder) throws IOException;

  /** {@link PublishSteps} on disk. */
  final class OnDisk implements PublishSteps {

    private OnDisk() {}

    @Override
    public void move(Path from, Path to) throws IOException {
      try {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(from, to);
      }
    }

    @Override
    public void write(Path file, byte[] bytes) throws IOException {
      Files.write(file, bytes);
    }

    @Override
    public void delete(Path path) throws IOException {
      Files.deleteIfExists(path);
    }

    @Override
    public void deleteTree(Path folder) throws IOException {
      if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
        return;
      }
      List<Path> all;
      try (Stream<Path> walk = Files.walk(folder)) {
        all = walk.sorted(Comparator.reverseOrder()).toList();
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      for (Path path : all) {
        Files.deleteIfExists(path);
      }
    }
  }
}
