package kb.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
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

  /** The page read from {@code file} at {@code path} in the last load if unchanged, or read's. */
  SourcePage page(Path file, String path, Supplier<SourcePage> read) {
    if (loads == null) {
      return read.get();
    }
    Stamp stamp = Stamp.of(file);
    LastRun<String, Read>.Found found = loads.find(path);
    Read earlier = found.value();
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
  }

  /** Ends a load that failed: the next load is offered what the last good one read. */
  void abandonLoad() {
    if (loads != null) {
      loads.forgetRun();
    }
  }
}
