package kb.site;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import kb.diagnostic.BuildFailedException;
import kb.parallel.ParallelLoop;

/**
 * A site being written into {@code <out>/<name>/}, so that readers and hosts never see half a site:
 * files go to a staging folder beside it as they are made, and only {@link OutputFolder#publish}
 * moves the complete site into place. Closing a site that was not published removes what was
 * staged, leaving the previous site exactly as it was. Writing is thread-safe.
 */
public final class StagedSite implements AutoCloseable {

  private static final String STAGING = ".staging-";
  private static final String OLD = ".old-";

  /** The output folder as the user named it, for messages. */
  private final Path outDir;

  private final String name;
  private final Path target;
  private final Path staging;
  private final PublishSteps steps;
  private final AtomicInteger files = new AtomicInteger();
  private final AtomicLong bytes = new AtomicLong();
  private final Set<Path> folders = ConcurrentHashMap.newKeySet();

  /**
   * Set once the staging folder is published, or named by a publish journal that the next build
   * finishes: it is no longer this site's to remove.
   */
  private volatile boolean handedOver;

  /** Set once closed: a write still running elsewhere must not bring a staging folder back. */
  private volatile boolean closed;

  /** Folders {@link #open} made to hold the staging folder, innermost first. */
  private final List<Path> made;

  private StagedSite(
      Path outDir, String name, Path target, Path staging, PublishSteps steps, List<Path> made) {
    this.outDir = outDir;
    this.name = name;
    this.target = target;
    this.staging = staging;
    this.steps = steps;
    this.made = made;
  }

  /**
   * Starts a site named {@code name} (a folder, or a path such as {@code .lucene/futu}) inside the
   * output folder {@code root} (absolute and normalized; {@code outDir} is how the user named it).
   *
   * @throws BuildFailedException when the output folder cannot be written
   */
  static StagedSite open(Path outDir, Path root, String name, PublishSteps steps) {
    Path target = root.resolve(name);
    Path parent = target.getParent();
    String folder = target.getFileName().toString();
    List<Path> made = new ArrayList<>();
    for (Path p = parent; p != null && !Files.exists(p); p = p.getParent()) {
      made.add(p);
    }
    try {
      Files.createDirectories(parent);
      Path staging = Files.createTempDirectory(parent, "." + folder + STAGING);
      readableByAll(staging);
      return new StagedSite(outDir, name, target, staging, steps, List.copyOf(made));
    } catch (IOException | SecurityException e) {
      throw OutputFolder.cannotWrite(outDir, e);
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
            throw OutputFolder.cannotWrite(outDir, e);
          }
          if (failure != null) {
            throw OutputFolder.cannotWrite(outDir, failure);
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
      throw OutputFolder.cannotWrite(outDir, failure);
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

  /** The site's name inside the output folder, such as {@code futu} or {@code .lucene/futu}. */
  String name() {
    return name;
  }

  /** Where the site is published: absolute. */
  Path target() {
    return target;
  }

  /** Where the published site's previous version waits while the new one is moved in. */
  Path old() {
    String suffix = staging.getFileName().toString();
    suffix = suffix.substring(suffix.lastIndexOf(STAGING) + STAGING.length());
    return staging.resolveSibling("." + target.getFileName() + OLD + suffix);
  }

  /** The staging folder is published, or kept for the next build to publish: close keeps it. */
  void handOver() {
    handedOver = true;
  }

  /** A publish that was rolled back gives the staging folder back to close. */
  void takeBack() {
    handedOver = false;
  }

  /**
   * Removes the staged files unless they were published, and the folders made to hold them: a
   * failed build leaves the output folder as it found it.
   */
  @Override
  public void close() {
    closed = true;
    if (handedOver) {
      return;
    }
    try {
      steps.deleteTree(staging);
    } catch (IOException e) {
      // A leftover staging folder is harmless: the next build into this folder removes it.
    }
    for (Path folder : made) {
      try {
        steps.delete(folder);
      } catch (IOException e) {
        break; // not empty: another site of the build is in it
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

  /**
   * Removes what a killed build left of the site {@code name} in {@code root}: staging folders, and
   * the previous version of a site that is in place. A previous version whose site is missing is
   * kept: it may be the last copy of a site that an older kb was killed publishing.
   */
  static void removeLeftovers(Path root, String name, PublishSteps steps) throws IOException {
    Path target = root.resolve(name);
    Path parent = target.getParent();
    if (!Files.isDirectory(parent)) {
      return;
    }
    String folder = target.getFileName().toString();
    List<Path> leftovers = new ArrayList<>();
    try (DirectoryStream<Path> entries =
        Files.newDirectoryStream(parent, "." + folder + ".{staging,old}-*")) {
      entries.forEach(leftovers::add);
    }
    for (Path leftover : leftovers) {
      boolean old = leftover.getFileName().toString().startsWith("." + folder + OLD);
      if (!old || Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        steps.deleteTree(leftover);
      }
    }
    if (!leftovers.isEmpty() && !parent.equals(root) && isEmpty(parent)) {
      steps.delete(parent); // made by the killed build, as close would have removed it
    }
  }

  private static boolean isEmpty(Path folder) throws IOException {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      return !entries.iterator().hasNext();
    }
  }
}
