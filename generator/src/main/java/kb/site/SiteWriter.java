package kb.site;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.Diagnostic;
import kb.diagnostic.SourceSpan;

/**
 * Writes a site into {@code <out>/<name>/} so that readers and hosts never see half a site: the
 * files go to a staging folder beside it, and only a complete site is moved into place. If anything
 * fails, the previous site stays exactly as it was.
 */
public final class SiteWriter {

  /**
   * @throws BuildFailedException when the output folder cannot be written
   */
  public void write(Site site, Path outDir) {
    Path staging = null;
    Path target = outDir.resolve(site.name());
    Path parent = target.getParent();
    String name = target.getFileName().toString();
    try {
      Files.createDirectories(parent);
      removeLeftovers(parent, name);
      staging = Files.createTempDirectory(parent, "." + name + ".staging-");
      readableByAll(staging);
      writeAll(staging, site.files());
      swapIn(staging, target);
    } catch (IOException | SecurityException e) {
      deleteQuietly(staging);
      throw new BuildFailedException(
          Diagnostic.input(SourceSpan.of(outDir), "cannot write output folder: " + describe(e))
              .withHint("pass --out DIR with a folder you can write to"));
    }
  }

  /**
   * Creates the folders first, then writes the files on all cores: a large site has tens of
   * thousands of small search files, and writing them one by one waits on the disk each time.
   */
  private static void writeAll(Path root, List<SiteFile> files) throws IOException {
    Set<Path> folders = new TreeSet<>();
    for (SiteFile file : files) {
      Path target = root.resolve(file.path()).normalize();
      if (!target.startsWith(root)) {
        throw new IOException("site path leaves the site: " + file.path());
      }
      folders.add(target.getParent());
    }
    for (Path folder : folders) {
      Files.createDirectories(folder);
    }
    // Every write finishes before a failure is reported, so none lands after the cleanup.
    List<IOException> failures =
        files.parallelStream()
            .map(file -> write(root.resolve(file.path()).normalize(), file))
            .filter(Objects::nonNull)
            .toList();
    if (!failures.isEmpty()) {
      throw failures.get(0);
    }
  }

  /** Writes one file; returns what went wrong, or null. */
  private static IOException write(Path target, SiteFile file) {
    try {
      writeFile(target, file);
      return null;
    } catch (IOException e) {
      return e;
    }
  }

  private static void writeFile(Path target, SiteFile file) throws IOException {
    if (file.source().isPresent()) {
      Files.copy(file.source().get(), target);
    } else {
      Files.write(target, file.bytes());
    }
  }

  /** Replaces {@code target} with {@code staging}; the old tree is removed only afterwards. */
  private static void swapIn(Path staging, Path target) throws IOException {
    if (!Files.exists(target)) {
      move(staging, target);
      return;
    }
    Path old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
    Files.delete(old);
    move(target, old);
    try {
      move(staging, target);
    } catch (IOException e) {
      move(old, target);
      throw e;
    }
    deleteQuietly(old);
  }

  /**
   * A temporary folder is private to its owner (mode 700); a published site must be readable by the
   * web server's user, like any folder the build creates.
   */
  private static void readableByAll(Path folder) throws IOException {
    if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  /** Staging or old folders left by a build that was killed. */
  private static void removeLeftovers(Path parent, String name) throws IOException {
    try (DirectoryStream<Path> entries =
        Files.newDirectoryStream(parent, "." + name + ".{staging,old}-*")) {
      for (Path entry : entries) {
        deleteQuietly(entry);
      }
    }
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A leftover is harmless: the next build removes it.
    }
  }

  private static String describe(Exception e) {
    String type = e.getClass().getSimpleName().replace("Exception", "");
    return e.getMessage() == null ? type : type + " " + e.getMessage();
  }
}
