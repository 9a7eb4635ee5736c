package kb.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import kb.content.FolderFiles;

/**
 * The SHA-256 of each file of a set, by name. Contents are hashed rather than sizes and times
 * compared: a file rewritten within the file system's clock tick keeps its time, and a missed
 * change would serve a stale page. Immutable.
 *
 * @param byName hex digests, sorted by name
 */
record FileDigests(SortedMap<String, String> byName) {

  static final FileDigests NONE = new FileDigests(new TreeMap<>());

  FileDigests {
    byName = Collections.unmodifiableSortedMap(new TreeMap<>(byName));
  }

  /**
   * Every regular file under a source folder, named by its path inside it; empty if there is none.
   *
   * @throws kb.diagnostic.BuildFailedException when a symbolic link leads out of the folder, which
   *     is never read
   */
  static FileDigests ofFolder(Path folder, String what) {
    if (!Files.isDirectory(folder)) {
      return NONE;
    }
    Map<String, String> digests = new TreeMap<>();
    for (Path file : FolderFiles.all(folder, what)) {
      digests.put(folder.relativize(file).toString().replace('\\', '/'), of(file));
    }
    return new FileDigests(new TreeMap<>(digests));
  }

  /** The files given, each under the name given. */
  static FileDigests of(Map<String, Path> files) {
    SortedMap<String, String> digests = new TreeMap<>();
    files.forEach((name, file) -> digests.put(name, of(file)));
    return new FileDigests(digests);
  }

  private static String of(Path file) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(Files.readAllBytes(file)));
    } catch (IOException e) {
      // Gone since it was listed: the next rebuild, which its deletion triggers, sees the change.
      return "unreadable";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
