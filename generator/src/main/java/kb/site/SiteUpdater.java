package kb.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.Diagnostic;
import kb.diagnostic.SourceSpan;

/**
 * Brings a site folder up to date in place, for {@code kb serve}, where an edit changes a few files
 * of a site: only files whose bytes differ are written, each to a hidden file beside it and renamed
 * over the old one, so a reader never sees half a file; files the site no longer has are deleted.
 * Unlike {@link StagedSite}, which swaps in a whole new folder, the folder may hold files of two
 * builds while an update runs, so a caller shows it only once {@link #update} has returned.
 *
 * <p>An updater remembers what it wrote: a file whose bytes are the very array it wrote last time
 * at that path is taken to be on disk still, unread. So is the list of files, when it has not
 * changed. One updater per site folder, one update at a time.
 */
public final class SiteUpdater {

  /** What this updater last wrote or found at each site path, by the array's identity. */
  private final Map<String, byte[]> written = new HashMap<>();

  /** The site paths of the last update that completed, or null before one has. */
  private Set<String> lastFiles;

  /**
   * @return how many files were written
   * @throws BuildFailedException when the output folder cannot be written
   */
  public int update(Site site, Path outDir) {
    Path root = outDir.resolve(site.name()).toAbsolutePath().normalize();
    try {
      int count = 0;
      // By the site's own path strings: a site of 26,000 files, nearly all as they were, is
      // compared in a few milliseconds; a path is resolved (and held inside the folder) only to
      // be written, or to delete what the site no longer has.
      Set<String> kept = new HashSet<>();
      // Until this update is complete the folder may hold files of neither list.
      Set<String> before = lastFiles;
      lastFiles = null;
      for (SiteFile file : site.files()) {
        kept.add(file.path());
        if (file.source().isEmpty() && written.get(file.path()) == file.bytes()) {
          continue;
        }
        byte[] bytes = bytes(file);
        count += replaceIfChanged(inside(root, file.path()), bytes) ? 1 : 0;
        written.put(file.path(), bytes);
      }
      if (!kept.equals(before)) {
        Set<Path> targets = new HashSet<>();
        for (String path : kept) {
          targets.add(inside(root, path));
        }
        deleteAllBut(root, targets);
        written.keySet().retainAll(kept);
      }
      lastFiles = kept;
      return count;
    } catch (IOException | UncheckedIOException e) {
      throw new BuildFailedException(
          Diagnostic.input(SourceSpan.of(outDir), "cannot write output folder: " + e.getMessage()));
    }
  }

  private static Path inside(Path root, String path) throws IOException {
    Path target = root.resolve(path).normalize();
    if (!target.startsWith(root)) {
      throw new IOException("site path leaves the site: " + path);
    }
    return target;
  }

  private static byte[] bytes(SiteFile file) throws IOException {
    return file.source().isPresent() ? Files.readAllBytes(file.source().get()) : file.bytes();
  }

  private static boolean replaceIfChanged(Path target, byte[] bytes) throws IOException {
    if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), bytes)) {
      return false;
    }
    Files.createDirectories(target.getParent());
    Path temp = target.resolveSibling("." + target.getFileName() + ".kb-update");
    Files.write(temp, bytes);
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
    return true;
  }

  /** Deletes every file and emptied folder under the root that the site no longer has. */
  private static void deleteAllBut(Path root, Set<Path> kept) throws IOException {
    List<Path> all;
    try (Stream<Path> walk = Files.walk(root)) {
      all = walk.sorted(Comparator.reverseOrder()).toList();
    }
    for (Path path : all) {
      if (Files.isDirectory(path)) {
        if (!path.equals(root) && isEmpty(path)) {
          Files.delete(path);
        }
      } else if (!kept.contains(path)) {
        Files.delete(path);
      }
    }
  }

  private static boolean isEmpty(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.findAny().isEmpty();
    }
  }
}
