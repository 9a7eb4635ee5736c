package kb.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * Sizes of files as sent: as they are, and gzipped (level 6, what static hosts commonly send), the
 * smaller of the two for files that are compressed already. Thread-safe.
 */
final class FileSizes {

  /** Raw and gzipped byte counts of some files. */
  record Total(long files, long bytes, long gzipped) {}

  private final Map<Path, Long> gzipped = new ConcurrentHashMap<>();

  Total of(Collection<Path> files) {
    long bytes = 0;
    long gz = 0;
    for (Path file : files) {
      bytes += size(file);
      gz += gzipped(file);
    }
    return new Total(files.size(), bytes, gz);
  }

  /** Every file under a folder. */
  static List<Path> under(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private long gzipped(Path file) {
    return gzipped.computeIfAbsent(file, f -> Math.min(size(f), gzip(f)));
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long gzip(Path file) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
        zip.write(Files.readAllBytes(file));
      }
      return out.size();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
