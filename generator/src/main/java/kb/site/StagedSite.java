package kb.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Stream;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.Diagnostic;
import kb.diagnostic.SourceSpan;
import kb.parallel.ParallelLoop;

/**
 * A site being written into {@code <out>/<name>/}, so that readers and hosts never see half a site:
 * files go to a staging folder beside it as they are made, and only {@link #publish} moves the
 * complete site into place. Closing a site that was not published removes what was staged, leaving
 * the previous site exactly as it was. Writing is thread-safe.
 */
public final class StagedSite implements AutoCloseable {

  private final Path outDir;
  private final Path target;
  private final Path staging;
  private final AtomicInteger files = new AtomicInteger();
  private final AtomicLong bytes = new AtomicLong();
  private final Set<Path> folders = ConcurrentHashMap.newKeySet();
  private boolean published;

  /** Set once closed: a write still running elsewhere must not bring a staging folder back. */
  private volatile boolean closed;

  /** Folders {@link #open} made to hold the staging folder, innermost first. */
  private final List<Path> made;

  private StagedSite(Path outDir, Path target, Path staging, List<Path> made) {
    this.outDir = outDir;
    this.target = target;
    this.staging = staging;
    this.made = made;
  }

  /**
   * Starts a site named {@code name} (a folder, or a path such as {@code .lucene/futu}) inside the
   * output folder, removing the leftovers of a build that was killed.
   *
   * @throws BuildFailedException when the output folder cannot be written
   */
  public static StagedSite open(Path outDir, String name) {
    Path target = outDir.resolve(name);
    Path parent = target.getParent();
    String folder = target.getFileName().toString();
    List<Path> made = new ArrayList<>();
    for (Path p = parent.toAbsolutePath(); p != null && !Files.exists(p); p = p.getParent()) {
      made.add(p);
    }
    try {
      Files.createDirectories(parent);
      removeLeftovers(parent, folder);
      Path staging = Files.createTempDirectory(parent, "." + folder + ".staging-");
      readableByAll(staging);
      return new StagedSite(outDir, target, staging, List.copyOf(made));
    } catch (IOException | SecurityException e) {
      throw cannotWrite(outDir, e);
    }
  }

  /** The staging folder, for a writer that makes its own files there (a Lucene index). */
  public Path folder() {
    return staging;
  }

  /**
   * Writes the files made from {@code items} on all cores, each made just before it is written, so
   * a large site's bytes need not all be in memory at once.
   *
   * @throws BuildFailedException when a file cannot be written; every write has finished by then
   */
  public <T> void write(List<T> items, Function<T, SiteFile> file) {
    // Every other file is still written when one fails, and the first failure in item order is
    // the one reported.
    ParallelLoop.forEachInFull(
        items.size(),
        i -> {
          IOException failure;
          try {
            failure = writeFile(file.apply(items.get(i)));
          } catch (SecurityException e) {
            throw cannotWrite(outDir, e);
          }
          if (failure != null) {
            throw cannotWrite(outDir, failure);
          }
        });
  }

  /**
   * Writes one file; from any thread.
   *
   * @throws BuildFailedException when it cannot be written
   */
  public void write(SiteFile file) {
    IOException failure = writeFile(file);
    if (failure != null) {
      throw cannotWrite(outDir, failure);
    }
  }

  /** Files written so far. */
  public int files() {
    return files.get();
  }

  /** Bytes written so far. */
  public long bytes() {
    return bytes.get();
  }

  /**
   * Replaces the site in place with the staged one; the old tree is removed only afterwards.
   *
   * @throws BuildFailedException when the folders cannot be moved
   */
  public void publish() {
    try {
      if (!Files.exists(target)) {
        move(staging, target);
      } else {
        Path old =
            Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
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
      published = true;
    } catch (IOException | SecurityException e) {
      throw cannotWrite(outDir, e);
    }
  }

  /**
   * Removes the staged files unless they were published, and the folders made to hold them: a
   * failed build leaves the output folder as it found it.
   */
  @Override
  public void close() {
    closed = true;
    if (!published) {
      deleteQuietly(staging);
      for (Path folder : made) {
        try {
          Files.deleteIfExists(folder);
        } catch (IOException e) {
          break; // not empty: another site of the build is in it
        }
      }
    }
  }

  private Path resolve(String path) throws IOException {
    Path resolved = staging.resolve(path).normalize();
    if (!resolved.startsWith(staging)) {
      throw new IOException("site path leaves the site: " + path);
    }
    return resolved;
  }

  /** Writes one file; returns what went wrong, or null. */
  private IOException writeFile(SiteFile file) {
    if (closed) {
      return new IOException("site closed before " + file.path() + " was written");
    }
    try {
      Path target = resolve(file.path());
      if (!folders.contains(target.getParent())) {
        // Two threads may both make it: createDirectories accepts a folder that appeared meanwhile.
        Files.createDirectories(target.getParent());
        folders.add(target.getParent());
      }
      if (file.source().isPresent()) {
        Files.copy(file.source().get(), target);
        bytes.addAndGet(Files.size(target));
      } else {
        Files.write(target, file.bytes());
        bytes.addAndGet(file.bytes().length);
      }
      files.incrementAndGet();
      return null;
    } catch (IOException e) {
      return e;
    }
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
    } catch (IOException | UncheckedIOException e) {
      // A leftover is harmless: the next build removes it.
    }
  }

  private static BuildFailedException cannotWrite(Path outDir, Exception e) {
    return new BuildFailedException(
        Diagnostic.input(SourceSpan.of(outDir), "cannot write output folder: " + describe(e))
            .withHint("pass --out DIR with a folder you can write to"));
  }

  private static String describe(Exception e) {
    String type = e.getClass().getSimpleName().replace("Exception", "");
    return e.getMessage() == null ? type : type + " " + e.getMessage();
  }
}
