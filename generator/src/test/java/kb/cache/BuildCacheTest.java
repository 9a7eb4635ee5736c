package kb.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import kb.parallel.ParallelLoop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build cache file: what a passing build kept is found by the next, nothing else is, and a file
 * that is not whole, of another kb, or not kb's at all is never trusted nor overwritten.
 */
class BuildCacheTest {

  private static final String NAME = "futu.kbc";
  private static final int MAGIC_LENGTH = "kb-cache\n".length();

  @TempDir Path dir;

  private final List<String> notes = Collections.synchronizedList(new ArrayList<>());

  private Path folder() {
    return dir.resolve(BuildCache.FOLDER);
  }

  private Path file() {
    return folder().resolve(NAME);
  }

  private BuildCache open() {
    return BuildCache.open(folder(), NAME, notes::add);
  }

  private static CacheKey key(String name) {
    return KeyBuilder.of("test").add(name).build();
  }

  private static byte[] value(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** One build: keeps each name's value, commits, closes. */
  private void buildKeeping(String... names) {
    try (BuildCache cache = open()) {
      for (String name : names) {
        cache.keep(key(name), value("value of " + name));
      }
      cache.commit();
    }
  }

  /** The files of the cache folder but the cache file itself: unfinished new files, say. */
  private List<String> otherFiles() throws IOException {
    try (Stream<Path> files = Files.list(folder())) {
      return files.map(p -> p.getFileName().toString()).filter(n -> !n.equals(NAME)).toList();
    }
  }

  private boolean noted(String part) {
    return notes.stream().anyMatch(n -> n.contains(part));
  }

  /** Where the values start in a file this kb wrote: past the magic, format and version. */
  private static int headerLength() {
    return MAGIC_LENGTH + 8 + KbVersion.current().getBytes(StandardCharsets.UTF_8).length;
  }

  /**
   * A cache file laid out as kb writes it, by hand: the magic, the format, {@code version}, one
   * value, its index row with its checksum, and the footer.
   */
  private static byte[] handWritten(int format, String version, CacheKey key, byte[] value)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    byte[] versionBytes = version.getBytes(StandardCharsets.UTF_8);
    out.write("kb-cache\n".getBytes(StandardCharsets.US_ASCII));
    out.writeInt(format);
    out.writeInt(versionBytes.length);
    out.write(versionBytes);
    long valueAt = out.size();
    out.write(value);
    long indexAt = out.size();
    CRC32C valueCrc = new CRC32C();
    valueCrc.update(value);
    ByteBuffer row = ByteBuffer.allocate(CacheKey.BYTES + 16);
    row.put(key.bytes()).putLong(valueAt).putInt(value.length).putInt((int) valueCrc.getValue());
    CRC32C indexCrc = new CRC32C();
    indexCrc.update(row.array());
    out.write(row.array());
    out.writeLong(indexAt);
    out.writeInt(1);
    out.writeInt((int) indexCrc.getValue());
    out.write("kb-cache-end\n".getBytes(StandardCharsets.US_ASCII));
    out.flush();
    return bytes.toByteArray();
  }

  @Test
  void aValueKeptThenCommittedIsFoundByTheNextOpen() {
    try (BuildCache cache = open()) {
      assertTrue(cache.active());
      assertNull(cache.find(key("a")));
      cache.keep(key("a"), value("alpha"));
      cache.keep(key("empty"), new byte[0]);
      assertEquals(1 + 1, cache.made());
      cache.commit();
    }
    try (BuildCache cache = open()) {
      assertArrayEquals(value("alpha"), cache.find(key("a")));
      assertArrayEquals(new byte[0], cache.find(key("empty")));
      assertNull(cache.find(key("b")));
      assertEquals(2, cache.found());
      assertEquals(0, cache.made());
    }
    assertEquals(List.of(), notes);
  }

  @Test
  void valuesNotUsedInABuildAreGoneAfterTheNextCommit() {
    buildKeeping("a", "b", "c");
    try (BuildCache cache = open()) {
      assertArrayEquals(value("value of a"), cache.find(key("a")));
      cache.keep(key("d"), value("value of d"));
      cache.commit();
    }
    try (BuildCache cache = open()) {
      assertArrayEquals(value("value of a"), cache.find(key("a")));
      assertNull(cache.find(key("b")), "b was not used by the last build");
      assertNull(cache.find(key("c")), "c was not used by the last build");
      assertArrayEquals(value("value of d"), cache.find(key("d")));
    }
  }

  @Test
  void closeWithoutCommitLeavesThePreviousFileUnchangedAndRemovesTheNewFile() throws IOException {
    buildKeeping("a", "b");
    byte[] before = Files.readAllBytes(file());
    try (BuildCache cache = open()) {
      assertArrayEquals(value("value of a"), cache.find(key("a")));
      cache.keep(key("c"), value("value of c"));
      assertEquals(
          List.of(NAME + ".new-" + ProcessHandle.current().pid()),
          otherFiles(),
          "the new file is written beside the old one");
      // no commit: a build that failed
    }
    assertArrayEquals(before, Files.readAllBytes(file()));
    assertEquals(List.of(), otherFiles());
    try (BuildCache cache = open()) {
      assertArrayEquals(value("value of b"), cache.find(key("b")));
      assertNull(cache.find(key("c")));
    }
    assertEquals(List.of(), notes);
  }

  @Test
  void aFirstBuildThatFailsLeavesNoCacheFile() throws IOException {
    try (BuildCache cache = open()) {
      cache.keep(key("a"), value("alpha"));
    }
    assertFalse(Files.exists(folder()), "the folder it made is removed");
  }

  @Test
  void aCacheThatKeepsNothingWritesNothing() {
    try (BuildCache cache = open()) {
      assertTrue(cache.active());
      assertNull(cache.find(key("a")));
    }
    assertFalse(Files.exists(folder()));
  }

  @Test
  void aFileWrittenByAnotherKbGivesTheNoteAndFindsNothing() throws IOException {
    Files.createDirectories(folder());
    Files.write(file(), handWritten(1, "0.0.1-other-kb", key("a"), value("alpha")));
    try (BuildCache cache = open()) {
      assertTrue(cache.active(), "the cache is built anew");
      assertNull(cache.find(key("a")));
      cache.keep(key("b"), value("beta"));
      cache.commit();
    }
    assertEquals(
        List.of(file() + " is from another kb or damaged: building the cache anew"), notes);
    notes.clear();
    try (BuildCache cache = open()) {
      assertArrayEquals(value("beta"), cache.find(key("b")), "the cache built anew is used");
      assertNull(cache.find(key("a")));
    }
    assertEquals(List.of(), notes);
  }

  @Test
  void aHandWrittenFileOfThisKbIsRead() throws IOException {
    // The control for the test above: the same layout with this kb's version is trusted.
    Files.createDirectories(folder());
    Files.write(file(), handWritten(1, KbVersion.current(), key("a"), value("alpha")));
    try (BuildCache cache = open()) {
      assertArrayEquals(value("alpha"), cache.find(key("a")));
    }
    assertEquals(List.of(), notes);
  }

  @Test
  void aFileOfAnotherFormatGivesTheNoteAndFindsNothing() throws IOException {
    Files.createDirectories(folder());
    Files.write(file(), handWritten(2, KbVersion.current(), key("a"), value("alpha")));
    try (BuildCache cache = open()) {
      assertNull(cache.find(key("a")));
    }
    assertTrue(noted("from another kb or damaged"), notes.toString());
  }

  @Test
  void aRealFileWhoseVersionBytesAreChangedGivesTheNoteAndFindsNothing() throws IOException {
    buildKeeping("a");
    byte[] bytes = Files.readAllBytes(file());
    int at = MAGIC_LENGTH + 8; // the version's first character
    bytes[at] = (byte) (bytes[at] == '0' ? '1' : '0');
    Files.write(file(), bytes);
    try (BuildCache cache = open()) {
      assertNull(cache.find(key("a")));
    }
    assertEquals(
        List.of(file() + " is from another kb or damaged: building the cache anew"), notes);
  }

  @Test
  void oneFlippedByteInsideAValueGivesADamagedNoteAndFindReturnsNull() throws IOException {
    try (BuildCache cache = open()) {
      cache.keep(key("a"), value("a value long enough to damage in its middle"));
      cache.keep(key("b"), value("another value"));
      cache.commit();
    }
    byte[] bytes = Files.readAllBytes(file());
    bytes[headerLength() + 10] ^= 0x20;
    Files.write(file(), bytes);
    try (BuildCache cache = open()) {
      assertTrue(cache.active());
      assertEquals(List.of(), notes, "the index is whole: nothing noted on opening");
      assertNull(cache.find(key("a")));
      assertArrayEquals(value("another value"), cache.find(key("b")));
      assertEquals(1, cache.found());
      cache.keep(key("a"), value("made again"));
      cache.commit();
    }
    assertEquals(1, notes.size(), notes.toString());
    assertTrue(notes.get(0).contains("damaged"), notes.toString());
    notes.clear();
    try (BuildCache cache = open()) {
      assertArrayEquals(value("made again"), cache.find(key("a")));
    }
    assertEquals(List.of(), notes);
  }

  @Test
  void aTruncatedFileGivesTheNoteAndFindsNothing() throws IOException {
    buildKeeping("a", "b");
    byte[] whole = Files.readAllBytes(file());
    // Every cut past the magic: a file kb wrote, cut short.
    for (int length = MAGIC_LENGTH; length < whole.length; length++) {
      Files.write(file(), Arrays.copyOf(whole, length));
      notes.clear();
      try (BuildCache cache = open()) {
        assertNull(cache.find(key("a")), "cut at " + length);
        assertNull(cache.find(key("b")), "cut at " + length);
        assertTrue(cache.active(), "cut at " + length);
      }
      assertEquals(
          List.of(file() + " is from another kb or damaged: building the cache anew"),
          notes,
          "cut at " + length);
    }
  }

  @Test
  void everyFlippedBitGivesTheValueKeptOrANoteNeverAnotherValue() throws IOException {
    buildKeeping("a", "b");
    byte[] whole = Files.readAllBytes(file());
    for (int at = 0; at < whole.length; at++) {
      byte[] damaged = whole.clone();
      damaged[at] ^= 0x01;
      Files.write(file(), damaged);
      notes.clear();
      byte[] a;
      byte[] b;
      try (BuildCache cache = open()) {
        a = cache.find(key("a"));
        b = cache.find(key("b"));
      }
      String where = "bit flipped at byte " + at + ", notes " + notes;
      if (a != null) {
        assertArrayEquals(value("value of a"), a, where);
      }
      if (b != null) {
        assertArrayEquals(value("value of b"), b, where);
      }
      assertTrue(a != null && b != null || !notes.isEmpty(), "a value lost unnoted: " + where);
      assertFalse(a != null && b != null, "damage went unnoticed: " + where);
    }
  }

  @Test
  void aVersionLengthPastTheFileEndGivesTheNoteAndFindsNothing() throws IOException {
    buildKeeping("a");
    byte[] bytes = Files.readAllBytes(file());
    ByteBuffer.wrap(bytes).putInt(MAGIC_LENGTH + 4, Integer.MAX_VALUE);
    Files.write(file(), bytes);
    BuildCache cache;
    try {
      cache = open();
    } catch (OutOfMemoryError e) {
      // Not a lack of memory: an array of the length read from the file, which the VM refuses.
      // Caught so that it fails this test alone rather than ending the test JVM.
      fail("opening a cache file whose version length is damaged threw " + e);
      return;
    }
    try (cache) {
      assertNull(cache.find(key("a")));
      assertTrue(cache.active());
    }
    assertEquals(
        List.of(file() + " is from another kb or damaged: building the cache anew"), notes);
  }

  @Test
  void aLeftoverNewFileOfAStoppedBuildIsRemovedWithANote() throws IOException {
    buildKeeping("a");
    Path leftover = folder().resolve(NAME + ".new-123");
    Files.write(leftover, value("kb-cache\nhalf a cache"));
    Path otherCache = folder().resolve("moomoo.kbc.new-123");
    Files.write(otherCache, value("another brand's, not this cache's"));
    Path notKbs = folder().resolve(NAME + ".new-123.txt");
    Files.write(notKbs, value("kb-cache\nan author's file of a like name"));
    Path notKbsEither = folder().resolve(NAME + ".new-456");
    Files.write(notKbsEither, value("an author's file without kb's header"));
    try (BuildCache cache = open()) {
      assertFalse(Files.exists(leftover));
      assertTrue(Files.exists(notKbs), "a name kb does not give is left alone");
      assertTrue(Files.exists(notKbsEither), "a file without kb's header is left alone");
      assertArrayEquals(value("value of a"), cache.find(key("a")));
      cache.commit();
    }
    assertEquals(1, notes.size(), notes.toString());
    assertTrue(notes.get(0).contains(leftover.toString()), notes.toString());
    assertTrue(notes.get(0).contains("removed"), notes.toString());
    assertTrue(Files.exists(otherCache), "another cache's files are its own to remove");
  }

  @Test
  void aFileOfThatNameNotWrittenByKbIsLeftUnchangedAndNoted() throws IOException {
    Files.createDirectories(folder());
    Files.writeString(file(), "hello");
    try (BuildCache cache = open()) {
      assertFalse(cache.active());
      assertNull(cache.find(key("a")));
      cache.keep(key("a"), value("alpha"));
      cache.commit();
    }
    assertArrayEquals(value("hello"), Files.readAllBytes(file()));
    assertEquals(List.of(), otherFiles());
    assertEquals(
        List.of(file() + " is not a cache file kb wrote: building without a cache"), notes);
    notes.clear();
    try (BuildCache cache = open()) {
      assertFalse(cache.active(), "refused again the next time");
    }
    assertArrayEquals(value("hello"), Files.readAllBytes(file()));
  }

  @Test
  void anEmptyFileOfThatNameIsLeftUnchangedAndNoted() throws IOException {
    Files.createDirectories(folder());
    Files.write(file(), new byte[0]);
    try (BuildCache cache = open()) {
      cache.keep(key("a"), value("alpha"));
      cache.commit();
    }
    assertEquals(0, Files.size(file()));
    assertTrue(noted("is not a cache file kb wrote"), notes.toString());
  }

  @Test
  void aCacheFolderThatIsASymbolicLinkGivesANoteAndNothingIsWrittenThroughIt() throws IOException {
    Path target = Files.createDirectories(dir.resolve("elsewhere"));
    try {
      Files.createSymbolicLink(folder(), target);
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "symbolic links: " + e);
    }
    try (BuildCache cache = open()) {
      assertFalse(cache.active());
      assertNull(cache.find(key("a")));
      cache.keep(key("a"), value("alpha"));
      cache.commit();
    }
    assertEquals(1, notes.size(), notes.toString());
    assertTrue(notes.get(0).contains(folder().toString()), notes.toString());
    try (Stream<Path> files = Files.list(target)) {
      assertEquals(List.of(), files.toList());
    }
  }

  @Test
  void aCacheFileThatIsASymbolicLinkIsNotWrittenThrough() throws IOException {
    Path target = dir.resolve("elsewhere.kbc");
    Files.writeString(target, "kb-cache\nnot really");
    Files.createDirectories(folder());
    try {
      Files.createSymbolicLink(file(), target);
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "symbolic links: " + e);
    }
    try (BuildCache cache = open()) {
      assertFalse(cache.active());
      cache.keep(key("a"), value("alpha"));
      cache.commit();
    }
    assertTrue(Files.isSymbolicLink(file()));
    assertEquals("kb-cache\nnot really", Files.readString(target));
    assertTrue(noted("is not a cache file kb wrote"), notes.toString());
  }

  @Test
  void aCacheFolderThatIsAFileGivesANoteAndAnInactiveCache() throws IOException {
    Files.writeString(folder(), "an author's file");
    try (BuildCache cache = open()) {
      assertFalse(cache.active());
      cache.keep(key("a"), value("alpha"));
      cache.commit();
    }
    assertEquals("an author's file", Files.readString(folder()));
    assertEquals(1, notes.size(), notes.toString());
  }

  @Test
  void noCacheFindsNothingAndKeepsNothing() {
    try (BuildCache cache = BuildCache.none()) {
      assertFalse(cache.active());
      cache.keep(key("a"), value("alpha"));
      assertNull(cache.find(key("a")));
      cache.commit();
      assertEquals(0, cache.found());
    }
    assertFalse(Files.exists(folder()));
  }

  @Test
  void valuesKeptFromManyThreadsAreAllFoundByTheNextOpen() {
    int count = 500;
    try (BuildCache cache = open()) {
      ParallelLoop.forEach(count, i -> cache.keep(key("v" + i), value("value " + i)));
      assertEquals(count, cache.made());
      cache.commit();
    }
    try (BuildCache cache = open()) {
      for (int i = 0; i < count; i++) {
        assertArrayEquals(value("value " + i), cache.find(key("v" + i)), "value " + i);
      }
      assertEquals(count, cache.found());
    }
  }

  @Test
  void aFoundValueMadeAgainIsReplacedByTheValueMadeAndNotCountedAsFound() throws IOException {
    buildKeeping("a");
    try (BuildCache cache = open()) {
      assertArrayEquals(value("value of a"), cache.find(key("a")));
      cache.keep(key("a"), value("made again"));
      assertEquals(0, cache.found());
      cache.commit();
    }
    try (BuildCache cache = open()) {
      assertArrayEquals(value("made again"), cache.find(key("a")));
      cache.commit();
    }
  }
}
