package kb.cache;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.zip.CRC32C;

/**
 * One cache file of earlier results, by key, and the file that replaces it: every result the build
 * finds or makes is written to a new file, which takes the old one's place once the build passed
 * ({@link #commit}). So the cache holds what the last passing build used, nothing older, and a
 * build that fails or is killed leaves the last one as it was.
 *
 * <p>A file is trusted only whole: its header names this format and this kb ({@link KbVersion}),
 * its index and each value carry a checksum. Any other file is set aside with a note and the build
 * runs without it. A file of that name that kb did not write is never replaced. Thread-safe.
 */
public final class BuildCache implements AutoCloseable {

  /** The cache files' folder, inside the output folder. */
  public static final String FOLDER = ".kb-cache";

  private static final byte[] MAGIC = "kb-cache\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] END = "kb-cache-end\n".getBytes(StandardCharsets.US_ASCII);
  private static final int FORMAT = 1;
  private static final String NEW_SUFFIX = ".new-";

  private record Entry(long offset, int length, int crc) {}

  private final Path file;
  private final Consumer<String> notes;
  private final Map<CacheKey, Entry> earlier;
  private final FileChannel earlierFile;
  private final Path folder;
  private final Path next;
  private DataOutputStream out;
  private boolean madeFolder;
  private final Map<CacheKey, Entry> written = new LinkedHashMap<>();
  private final Set<CacheKey> foundKeys = new HashSet<>();
  private final AtomicInteger found = new AtomicInteger();
  private final AtomicInteger made = new AtomicInteger();
  private long position;
  private boolean damagedNoted;
  private boolean done;

  private BuildCache(
      Path file,
      Consumer<String> notes,
      Map<CacheKey, Entry> earlier,
      FileChannel earlierFile,
      Path next) {
    this.file = file;
    this.folder = file == null ? null : file.getParent();
    this.notes = notes;
    this.earlier = earlier;
    this.earlierFile = earlierFile;
    this.next = next;
  }

  /** A cache that finds nothing and keeps nothing: {@code --no-cache}, {@code kb check}. */
  public static BuildCache none() {
    return new BuildCache(null, note -> {}, Map.of(), null, null);
  }

  /**
   * Opens the cache file {@code name} in {@code folder}. Its replacement is started, and the folder
   * made if missing, only once something is kept: a build that fails at once writes nothing. A
   * folder or file that cannot be used gives a note and a cache that keeps nothing.
   */
  public static BuildCache open(Path folder, String name, Consumer<String> notes) {
    Path file = folder.resolve(name);
    try {
      if (Files.isSymbolicLink(folder)
          || (Files.exists(folder, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(folder))) {
        notes.accept(folder + " is not a folder kb made: building without a cache");
        return none();
      }
      if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
        removeUnfinished(folder, name, notes);
      }
      Map<CacheKey, Entry> earlier = Map.of();
      FileChannel channel = null;
      if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || !startsWithMagic(file)) {
          notes.accept(file + " is not a cache file kb wrote: building without a cache");
          return none();
        }
        channel = FileChannel.open(file, StandardOpenOption.READ);
        earlier = index(channel);
        if (earlier == null) {
          notes.accept(file + " is from another kb or damaged: building the cache anew");
          earlier = Map.of();
          channel.close();
          channel = null;
        }
      }
      Path next = folder.resolve(name + NEW_SUFFIX + ProcessHandle.current().pid());
      return new BuildCache(file, notes, earlier, channel, next);
    } catch (IOException e) {
      notes.accept("cannot use the cache in " + folder + " (" + e + "): building without it");
      return none();
    }
  }

  /** What an earlier build kept for {@code key}, or null; kept again for the next build. */
  public byte[] find(CacheKey key) {
    Entry entry = earlier.get(key);
    if (entry == null) {
      return null;
    }
    byte[] value;
    try {
      value = read(earlierFile, entry.offset(), entry.length());
    } catch (IOException e) {
      noteDamaged();
      return null;
    }
    if (crc(value) != entry.crc()) {
      noteDamaged();
      return null;
    }
    found.incrementAndGet();
    write(key, value, true);
    return value;
  }

  /**
   * What an earlier build kept for {@code key}, as {@code read} reads it; else, or when {@code
   * read} throws (a value not as it was written), what {@code make} makes, kept as {@code write}
   * writes it ({@code write} giving null: not kept). Without a cache, what {@code make} makes.
   */
  public <V> V get(
      CacheKey key, Function<byte[], V> read, Supplier<V> make, Function<V, byte[]> write) {
    if (!active()) {
      return make.get();
    }
    byte[] kept = find(key);
    if (kept != null) {
      try {
        return read.apply(kept);
      } catch (RuntimeException e) {
        // made again below, and kept in its place
      }
    }
    V made = make.get();
    byte[] bytes = write.apply(made);
    if (bytes != null) {
      keep(key, bytes);
    }
    return made;
  }

  /** Keeps {@code value} for the next build. */
  public void keep(CacheKey key, byte[] value) {
    made.incrementAndGet();
    write(key, value, false);
  }

  /** What {@link #find} found. */
  public int found() {
    return found.get();
  }

  /** What {@link #keep} kept. */
  public int made() {
    return made.get();
  }

  /** Whether this cache finds and keeps anything. */
  public boolean active() {
    return next != null;
  }

  /** Puts the new cache file in the old one's place: for a build that passed. */
  public synchronized void commit() {
    if (next == null || done) {
      return;
    }
    try {
      start();
      long indexAt = position;
      CRC32C indexCrc = new CRC32C();
      for (Map.Entry<CacheKey, Entry> e : written.entrySet()) {
        ByteBuffer row = ByteBuffer.allocate(CacheKey.BYTES + 16);
        row.put(e.getKey().bytes())
            .putLong(e.getValue().offset())
            .putInt(e.getValue().length())
            .putInt(e.getValue().crc());
        indexCrc.update(row.array());
        out.write(row.array());
      }
      out.writeLong(indexAt);
      out.writeInt(written.size());
      out.writeInt((int) indexCrc.getValue());
      out.write(END);
      out.close();
      done = true;
      closeEarlier(); // a file still open cannot be replaced on every system
      Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      notes.accept("cannot write the cache " + file + " (" + e + "): the next build runs without");
      close();
    }
  }

  /** Drops the new cache file unless committed. */
  @Override
  public synchronized void close() {
    closeEarlier();
    if (out == null) {
      done = true;
      return;
    }
    try {
      if (!done) {
        done = true;
        out.close();
      }
    } catch (IOException e) {
      // removed below all the same
    }
    try {
      Files.deleteIfExists(next);
    } catch (IOException e) {
      notes.accept("cannot remove " + next + " (" + e + "): the next build removes it");
    }
    if (madeFolder) {
      try {
        Files.deleteIfExists(folder);
      } catch (IOException e) {
        // another cache file is still in it: whoever wrote that removes the folder
      }
    }
  }

  private void closeEarlier() {
    if (earlierFile != null) {
      try {
        earlierFile.close();
      } catch (IOException e) {
        // read-only: nothing is lost
      }
    }
  }

  /**
   * Writes a value into the new file. A value found in the old file is written as found; if its
   * reader then could not use it and makes it again, the value made replaces it (and is no longer
   * counted as found), so that a value no reader can use is not carried from build to build.
   */
  private synchronized void write(CacheKey key, byte[] value, boolean wasFound) {
    if (next == null || done) {
      return;
    }
    if (written.containsKey(key)) {
      if (wasFound || !foundKeys.remove(key)) {
        return;
      }
      found.decrementAndGet();
    } else if (wasFound) {
      foundKeys.add(key);
    }
    try {
      start();
      int crc = crc(value);
      out.write(value);
      written.put(key, new Entry(position, value.length, crc));
      position += value.length;
    } catch (IOException e) {
      // The build goes on without: a cache is never needed.
      notes.accept("cannot write the cache " + next + " (" + e + "): building without it");
      close();
    }
  }

  /** Starts the new cache file, and its folder, unless started. */
  private void start() throws IOException {
    if (out != null) {
      return;
    }
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      Files.createDirectory(folder);
      madeFolder = true;
    }
    out =
        new DataOutputStream(
            new BufferedOutputStream(
                Files.newOutputStream(
                    next, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                1 << 16));
    writeHeader();
  }

  private void writeHeader() throws IOException {
    byte[] version = KbVersion.current().getBytes(StandardCharsets.UTF_8);
    out.write(MAGIC);
    out.writeInt(FORMAT);
    out.writeInt(version.length);
    out.write(version);
    position = MAGIC.length + 8L + version.length;
  }

  private synchronized void noteDamaged() {
    if (!damagedNoted) {
      damagedNoted = true;
      notes.accept(file + " holds a damaged value: made again");
    }
  }

  /** Removes new cache files of builds that were stopped before they finished them. */
  private static void removeUnfinished(Path folder, String name, Consumer<String> notes)
      throws IOException {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, name + NEW_SUFFIX + "*")) {
      for (Path unfinished : files) {
        String suffix =
            unfinished.getFileName().toString().substring(name.length() + NEW_SUFFIX.length());
        if (suffix.matches("[0-9]+")
            && Files.isRegularFile(unfinished, LinkOption.NOFOLLOW_LINKS)
            && (Files.size(unfinished) == 0 || startsWithMagic(unfinished))) {
          Files.delete(unfinished);
          notes.accept("removed " + unfinished + ", the unfinished cache of a stopped build");
        }
      }
    }
  }

  private static boolean startsWithMagic(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      ByteBuffer start = ByteBuffer.allocate(MAGIC.length);
      while (start.hasRemaining() && channel.read(start) >= 0) {
        // until full or at the end
      }
      return !start.hasRemaining() && ByteBuffer.wrap(MAGIC).equals(start.flip());
    }
  }

  /** The file's index, or null when it is not whole, of this format and of this kb. */
  private static Map<CacheKey, Entry> index(FileChannel file) {
    try {
      long size = file.size();
      ByteBuffer head = ByteBuffer.wrap(read(file, MAGIC.length, 8));
      if (head.getInt() != FORMAT) {
        return null;
      }
      int versionLength = head.getInt();
      long versionEnd = MAGIC.length + 8L + versionLength;
      int footer = 8 + 4 + 4 + END.length;
      if (versionLength < 0 || versionEnd + footer > size) {
        return null;
      }
      byte[] version = read(file, MAGIC.length + 8L, versionLength);
      if (!new String(version, StandardCharsets.UTF_8).equals(KbVersion.current())) {
        return null;
      }
      ByteBuffer tail = ByteBuffer.wrap(read(file, size - footer, footer));
      long indexAt = tail.getLong();
      int count = tail.getInt();
      int indexCrc = tail.getInt();
      if (!ByteBuffer.wrap(END).equals(tail.slice())) {
        return null;
      }
      int row = CacheKey.BYTES + 16;
      if (count < 0
          || count > Integer.MAX_VALUE / row
          || indexAt < versionEnd
          || indexAt + (long) count * row != size - footer) {
        return null;
      }
      byte[] rows = read(file, indexAt, count * row);
      CRC32C crc = new CRC32C();
      crc.update(rows);
      if ((int) crc.getValue() != indexCrc) {
        return null;
      }
      Map<CacheKey, Entry> index = new HashMap<>(count * 2);
      ByteBuffer table = ByteBuffer.wrap(rows);
      for (int i = 0; i < count; i++) {
        byte[] key = new byte[CacheKey.BYTES];
        table.get(key);
        Entry entry = new Entry(table.getLong(), table.getInt(), table.getInt());
        if (entry.offset() < versionEnd
            || entry.length() < 0
            || entry.offset() + entry.length() > indexAt) {
          return null;
        }
        index.put(new CacheKey(key), entry);
      }
      return index;
    } catch (IOException | RuntimeException e) {
      return null; // cut short: a read past the end
    }
  }

  /** {@code length} bytes of {@code file} from {@code at}, from any thread. */
  private static byte[] read(FileChannel file, long at, int length) throws IOException {
    ByteBuffer bytes = ByteBuffer.allocate(length);
    while (bytes.hasRemaining()) {
      if (file.read(bytes, at + bytes.position()) < 0) {
        throw new EOFException("cut short at " + (at + bytes.position()));
      }
    }
    return bytes.array();
  }

  private static int crc(byte[] value) {
    CRC32C crc = new CRC32C();
    crc.update(value);
    return (int) crc.getValue();
  }
}
