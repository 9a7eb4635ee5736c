package kb.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import kb.memo.LastRun;

/**
 * The pages a {@link ContentLoader} parsed in its last load, by path: a file whose size, time of
 * last change and identity on disk are those of then is not read again, and is the very same {@link
 * SourcePage}, so each later stage of {@code kb serve} finds it unchanged by identity, without
 * comparing its text. An editor that saves a file changes its time. A file changed less than {@link
 * #SETTLED} before it was read is read again next time: on a file system that keeps times to the
 * second, a second save of the same size within that second would keep the time. A one-off build
 * keeps none. Thread-safe; one load at a time.
 */
public final class EarlierSources {

  /** What identifies a version of a file without reading it. */
  private record Stamp(long size, FileTime modified, Object key) {

    static Stamp of(Path file) {
      try {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return new Stamp(attributes.size(), attributes.lastModifiedTime(), attributes.fileKey());
      } catch (IOException e) {
        return null; // read as if new: reading it reports what is wrong
      }
    }
  }

  private record Read(Path file, Stamp stamp, SourcePage page) {}

  static final Duration SETTLED = Duration.ofSeconds(2);

  /** The pages of the last load by path; null for a loader that keeps none. */
  private final LastRun<String, Read> loads;

  /** The files the last load listed, or null when it failed or none ran. */
  private volatile List<Path> lastListing;

  /** What changed since the last load, as a watcher saw it, or null when unknown. */
  private volatile Set<Path> changed;

  /**
   * The changes the load under way trusts, when it took the last listing again: every other file is
   * as it was. Null when the load compares every file.
   */
  private volatile Set<Path> trustedChanges;

  private EarlierSources(boolean keeps) {
    this.loads = keeps ? new LastRun<>() : null;
  }

  /** Keeps nothing: every page is read. */
  public static EarlierSources none() {
    return new EarlierSources(false);
  }

  /** Keeps each load's pages for the next. */
  public static EarlierSources kept() {
    return new EarlierSources(true);
  }

  /**
   * Tells the next load which files changed since the last one, as a watcher of the folder saw them
   * (paths outside the content folder are ignored): when they are all files the last load listed,
   * still there, that listing is taken again and the other files are not even looked at. Without
   * this, or with any other change (a file added or removed, a folder, a watcher that lost count),
   * the next load lists the folder and compares every file's size and time.
   */
  public void changed(Set<Path> paths) {
    changed = loads == null ? null : Set.copyOf(paths);
  }

  /**
   * The files of the folder: the last load's when {@link #changed} vouches for it, else what {@code
   * list} lists.
   */
  List<Path> listing(Path folder, Supplier<FolderFiles.Listing> list) {
    List<Path> last = lastListing;
    Set<Path> since = changed;
    trustedChanges = null;
    if (loads != null && last != null && since != null) {
      Set<Path> listed = new HashSet<>(last);
      boolean onlyEdits = true;
      for (Path path : since) {
        if (inside(path, folder) && !edit(path, listed, last)) {
          onlyEdits = false;
          break;
        }
      }
      if (onlyEdits) {
        trustedChanges = since;
        return last;
      }
    }
    FolderFiles.Listing listing = list.get();
    // Through a link a file has two paths, and a watcher may report the other: list every time.
    lastListing = loads == null || listing.followsLinks() ? null : listing.files();
    return listing.files();
  }

  private static boolean inside(Path path, Path folder) {
    return folder.toString().isEmpty() ? !path.isAbsolute() : path.startsWith(folder);
  }

  /**
   * Whether a change at {@code path} leaves the listing as it was: a listed file that is still a
   * regular file (not a link now, which would pass by the listing's checks), or a path neither
   * listed nor there any more, with no listed file under it (an editor's probe or backup file, made
   * and removed between two loads).
   */
  private static boolean edit(Path path, Set<Path> listed, List<Path> last) {
    if (listed.contains(path)) {
      return Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS);
    }
    return Files.notExists(path, LinkOption.NOFOLLOW_LINKS)
        && last.stream().noneMatch(file -> file.startsWith(path));
  }

  /** The page read from {@code file} at {@code path} in the last load if unchanged, or read's. */
  SourcePage page(Path file, String path, Supplier<SourcePage> read) {
    if (loads == null) {
      return read.get();
    }
    LastRun<String, Read>.Found found = loads.find(path);
    Read earlier = found.value();
    Set<Path> trusted = trustedChanges;
    if (trusted != null
        && earlier != null
        && earlier.file().equals(file)
        && !trusted.contains(file)) {
      found.keep(earlier); // the watcher saw no change: not even its size and time are read
      return earlier.page();
    }
    Stamp stamp = Stamp.of(file);
    SourcePage page =
        stamp != null
                && earlier != null
                && earlier.file().equals(file)
                && stamp.equals(earlier.stamp())
            ? earlier.page()
            : read.get();
    if (stamp != null && stamp.modified().toInstant().isBefore(Instant.now().minus(SETTLED))) {
      found.keep(new Read(file, stamp, page));
    }
    return page;
  }

  /** Ends a load that read every page: what it read is what the next load is offered. */
  void endLoad() {
    if (loads != null) {
      loads.endRun();
    }
    changed = null;
    trustedChanges = null;
  }

  /** Ends a load that failed: the next load is offered what the last good one read. */
  void abandonLoad() {
    if (loads != null) {
      loads.forgetRun();
    }
    lastListing = null; // the next load lists the folder again
    changed = null;
    trustedChanges = null;
  }
}
