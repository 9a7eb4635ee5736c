package kb.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
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
 * Watches folders and every folder inside them, including ones created later and a watched folder
 * deleted and made again (the folder holding it is watched for that), and hands out changes in
 * batches: an editor's save is often several events (truncate, write, rename), so a batch ends only
 * once the folders were quiet for {@link #QUIET_MILLIS}. Hidden files, such as an editor's swap
 * files, are ignored, as the build ignores them. Used by one thread, but {@link #changesWaiting}
 * may be asked from any.
 */
final class SourceWatcher implements AutoCloseable {

  /** How long the folders must be quiet before a batch of changes is handed out. */
  static final long QUIET_MILLIS = 15;

  /** A batch never waits longer than this for quiet, so a busy folder still rebuilds. */
  private static final long MAX_WAIT_MILLIS = 250;

  private final WatchService service;
  private final Map<WatchKey, Path> folders = new HashMap<>();

  /** The folders holding the roots, watched for a root deleted and made again, by its key. */
  private final Map<WatchKey, Path> rootParents = new HashMap<>();

  private final List<Path> roots;

  /** Changes {@link #changesWaiting} found, for the next batch. */
  private final Set<Path> waiting = new TreeSet<>();

  private volatile boolean missesChanges;

  SourceWatcher(List<Path> roots) {
    this.roots = List.copyOf(roots);
    try {
      this.service = FileSystems.getDefault().newWatchService();
      for (Path root : this.roots) {
        Path parent = root.toAbsolutePath().normalize().getParent();
        if (parent != null) {
          rootParents.put(register(parent), parent);
        }
      }
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
    synchronized (this) {
      changed.addAll(waiting);
      waiting.clear();
    }
    while (changed.isEmpty()) {
      WatchKey key = service.take();
      collect(key, changed);
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

  /**
   * Whether a change is waiting for the next batch, without waiting for one: from any thread, while
   * the thread that takes the batches is busy with the last.
   */
  synchronized boolean changesWaiting() {
    try {
      for (WatchKey key = service.poll(); key != null; key = service.poll()) {
        collect(key, waiting);
      }
    } catch (ClosedWatchServiceException e) {
      return true; // watching is over: nothing more is worth building
    }
    return !waiting.isEmpty();
  }

  private synchronized void collect(WatchKey key, Set<Path> changed) {
    Path folder = folders.get(key);
    Path parent = rootParents.get(key);
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == OVERFLOW || (folder == null && parent == null)) {
        changed.add(roots.get(0));
        continue;
      }
      Path path = (folder != null ? folder : parent).resolve((Path) event.context());
      Path root = event.kind() == ENTRY_MODIFY ? null : rootAt(path);
      if (root != null) {
        // A root deleted, or made again (or renamed in its place): what was watched of it is gone.
        changed.add(root);
        if (event.kind() == ENTRY_CREATE && Files.isDirectory(root)) {
          watchAgain(root);
        }
      } else if (folder != null && !isHidden(path)) {
        changed.add(path);
        if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
          registerNewFolder(path);
        }
      }
    }
    if (!key.reset()) {
      folders.remove(key);
      rootParents.remove(key);
    }
  }

  /** The root at {@code path}, however each is written, or null. */
  private Path rootAt(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    for (Path root : roots) {
      if (root.toAbsolutePath().normalize().equals(absolute)) {
        return root;
      }
    }
    return null;
  }

  /** Watches a root made again, dropping the folders watched under its old self. */
  private void watchAgain(Path root) {
    folders
        .entrySet()
        .removeIf(
            entry -> {
              boolean stale = entry.getValue().startsWith(root);
              if (stale) {
                entry.getKey().cancel();
              }
              return stale;
            });
    registerNewFolder(root);
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
      // Removed again before it could be watched (nothing in it to watch), or the system's limit
      // of watches reached: changes in it may then go unseen.
      if (Files.isDirectory(folder)) {
        missesChanges = true;
      }
    }
  }

  /**
   * Whether every folder under the roots is watched, so that the changes given are every change
   * made: not once a folder could not be watched.
   */
  boolean seesEveryChange() {
    return !missesChanges;
  }

  /**
   * Watches a folder, then lists it: a folder made in it from then on is an event, and one made
   * before is listed, so none is missed while a tree is filling up (a folder copied in). A link to
   * a folder is watched but not entered: it may lead back up the tree.
   */
  private void registerTree(Path folder) throws IOException {
    folders.put(register(folder), folder);
    List<Path> inside;
    try (Stream<Path> entries = Files.list(folder)) {
      inside = entries.filter(Files::isDirectory).toList();
    }
    for (Path entry : inside) {
      if (Files.isSymbolicLink(entry)) {
        folders.put(register(entry), entry);
      } else {
        registerTree(entry);
      }
    }
  }

  /** Every folder is watched for the same events: watching one again never narrows them. */
  private WatchKey register(Path folder) throws IOException {
    return folder.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
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
