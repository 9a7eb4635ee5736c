package kb.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches folders and every folder inside them, including ones created later, and hands out changes
 * in batches: an editor's save is often several events (truncate, write, rename), so a batch ends
 * only once the folders were quiet for {@link #QUIET_MILLIS}. Hidden files, such as an editor's
 * swap files, are ignored, as the build ignores them. Used by one thread.
 */
final class SourceWatcher implements AutoCloseable {

  /** How long the folders must be quiet before a batch of changes is handed out. */
  static final long QUIET_MILLIS = 15;

  /** A batch never waits longer than this for quiet, so a busy folder still rebuilds. */
  private static final long MAX_WAIT_MILLIS = 250;

  private final WatchService service;
  private final Map<WatchKey, Path> folders = new HashMap<>();
  private final List<Path> roots;

  SourceWatcher(List<Path> roots) {
    this.roots = List.copyOf(roots);
    try {
      this.service = FileSystems.getDefault().newWatchService();
      for (Path root : this.roots) {
        registerTree(root);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Blocks until something changed, then until the folders were quiet for a moment.
   *
   * @return the changed paths; a path of a root when events were lost
   * @throws InterruptedException when the waiting thread is interrupted
   * @throws java.nio.file.ClosedWatchServiceException once {@link #close()} was called
   */
  Set<Path> nextChanges() throws InterruptedException {
    Set<Path> changed = new TreeSet<>();
    while (changed.isEmpty()) {
      collect(service.take(), changed);
    }
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_WAIT_MILLIS);
    while (System.nanoTime() < deadline) {
      WatchKey key = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
      if (key == null) {
        break;
      }
      collect(key, changed);
    }
    return changed;
  }

  private void collect(WatchKey key, Set<Path> changed) {
    Path folder = folders.get(key);
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == OVERFLOW || folder == null) {
        changed.add(roots.get(0));
        continue;
      }
      Path path = folder.resolve((Path) event.context());
      if (isHidden(path)) {
        continue;
      }
      changed.add(path);
      if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
        registerNewFolder(path);
      }
    }
    if (!key.reset()) {
      folders.remove(key);
    }
  }

  private boolean isHidden(Path path) {
    for (Path root : roots) {
      if (path.startsWith(root)) {
        for (Path part : root.relativize(path)) {
          if (part.toString().startsWith(".")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private void registerNewFolder(Path folder) {
    try {
      registerTree(folder);
    } catch (IOException e) {
      // Removed again before it could be watched: nothing in it to watch.
    }
  }

  private void registerTree(Path root) throws IOException {
    try (Stream<Path> tree = Files.walk(root)) {
      for (Path folder : tree.filter(Files::isDirectory).toList()) {
        folders.put(folder.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), folder);
      }
    }
  }

  @Override
  public void close() {
    try {
      service.close();
    } catch (IOException e) {
      // Nothing is watched any more either way.
    }
  }
}
