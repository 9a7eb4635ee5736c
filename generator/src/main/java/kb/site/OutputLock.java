package kb.site;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.Diagnostic;
import kb.diagnostic.SourceSpan;

/**
 * The lock of an output folder, so that two builds never write into one folder at once: the file
 * {@code .kb-lock} in it, locked with the operating system's file lock, which dies with its
 * process, so a build that was killed never blocks the next one. The file names the build holding
 * it (process id, host, start time) for the build it turns away, and is deleted on release.
 */
final class OutputLock implements AutoCloseable {

  static final String NAME = ".kb-lock";

  /**
   * The byte locked, far past the text: where locks are mandatory (Windows) the text stays
   * readable.
   */
  private static final long REGION = Long.MAX_VALUE - 1;

  /** Tries at a lock file that a build releasing it deletes meanwhile. */
  private static final int ATTEMPTS = 20;

  /**
   * The folders this process holds, by real path, with who holds them. The operating system's lock
   * belongs to the process, and closing any channel of the file, a second build's included, would
   * release it: a build of this process must not open a lock file another one holds.
   */
  private static final Map<Path, String> HELD_HERE = new ConcurrentHashMap<>();

  private final FileChannel channel;
  private final Path file;
  private final Path real;
  private final List<Path> made;
  private final PublishSteps steps;

  private OutputLock(
      FileChannel channel, Path file, Path real, List<Path> made, PublishSteps steps) {
    this.channel = channel;
    this.file = file;
    this.real = real;
    this.made = made;
    this.steps = steps;
  }

  /**
   * Locks the output folder {@code root}, making it when missing.
   *
   * @param shown the folder as the user named it, for messages
   * @throws BuildFailedException when another build holds it, or it cannot be written
   */
  static OutputLock take(Path shown, Path root, PublishSteps steps) {
    List<Path> made = new ArrayList<>();
    for (Path p = root; p != null && !Files.exists(p); p = p.getParent()) {
      made.add(p);
    }
    Path file = root.resolve(NAME);
    String holder = holder();
    Path real;
    try {
      Files.createDirectories(root);
      real = root.toRealPath();
    } catch (IOException e) {
      throw OutputFolder.cannotWrite(shown, e);
    }
    String other = HELD_HERE.putIfAbsent(real, holder);
    if (other != null) {
      throw held(shown, other);
    }
    try {
      FileChannel channel = lock(file, root, holder);
      if (channel == null) {
        throw held(shown, holderIn(file));
      }
      return new OutputLock(channel, file, real, List.copyOf(made), steps);
    } catch (IOException e) {
      HELD_HERE.remove(real);
      throw OutputFolder.cannotWrite(shown, e);
    } catch (RuntimeException e) {
      HELD_HERE.remove(real);
      throw e;
    }
  }

  /** The channel of the locked file with {@code holder} written in it, or null when held. */
  private static FileChannel lock(Path file, Path root, String holder) throws IOException {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Files.createDirectories(root);
      try {
        Files.createFile(file);
      } catch (FileAlreadyExistsException e) {
        // A build holds it, or one was killed: the lock tells.
      }
      Object before = fileKey(file);
      FileChannel channel;
      try {
        channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
      } catch (NoSuchFileException e) {
        continue; // deleted by a build that has just released it
      }
      if (tryLock(channel) == null) {
        channel.close();
        return null;
      }
      // A build deletes the file before releasing it: a lock taken on a file that is no longer the
      // one at the path locks nothing. (Reading the file to compare would release the lock.)
      if (before != null && before.equals(fileKey(file))) {
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((holder + "\n").getBytes(StandardCharsets.UTF_8)), 0);
        return channel;
      }
      channel.close();
    }
    throw new IOException("cannot lock " + file + ": it keeps being replaced");
  }

  /** Deletes the lock file, and the folders made for it if still empty, then unlocks. */
  @Override
  public void close() {
    try {
      steps.delete(file);
      for (Path folder : made) {
        steps.delete(folder);
      }
    } catch (IOException e) {
      // Not empty: it holds a site. A lock file left behind locks nothing.
    } finally {
      try {
        channel.close();
      } catch (IOException e) {
        // Closing releases the lock whatever it reports, as the process's end would.
      } finally {
        HELD_HERE.remove(real);
      }
    }
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock(REGION, 1, false);
    } catch (OverlappingFileLockException e) {
      return null; // held through another path to the same file
    }
  }

  private static Object fileKey(Path file) {
    try {
      Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
      return key == null ? Files.getLastModifiedTime(file) : key;
    } catch (IOException e) {
      return null;
    }
  }

  /** Who this build is, for the build it turns away. */
  private static String holder() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      host = "an unknown host";
    }
    return String.format(
        Locale.ROOT,
        "pid %d on %s, started %s",
        ProcessHandle.current().pid(),
        host,
        Instant.now().truncatedTo(ChronoUnit.SECONDS));
  }

  /** The first line of another process's lock file: who holds it. */
  private static String holderIn(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      return text.lines().findFirst().orElse("").strip();
    } catch (IOException e) {
      return "";
    }
  }

  private static BuildFailedException held(Path shown, String holder) {
    String who = holder.isEmpty() ? "" : " (" + holder + ")";
    return new BuildFailedException(
        Diagnostic.input(SourceSpan.of(shown), "in use by another kb build" + who)
            .withHint("wait for it to finish, or choose another --out"));
  }
}
