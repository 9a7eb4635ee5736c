package kb.content;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.Diagnostic;
import kb.diagnostic.Diagnostics;
import kb.diagnostic.SourceSpan;

/**
 * The files of a source folder (the content or the templates folder), such that nothing outside it
 * is ever read into a site: a symbolic link is followed while its target stays inside the folder,
 * and one whose target leaves it is an error naming the link. A name the JVM cannot turn into text
 * is an error too: every later stage handles names as text, and such a name would not find its file
 * again.
 */
public final class FolderFiles {

  /** How to make names that are not ASCII readable, where the locale's character set cannot. */
  public static final String UTF8_LOCALE_HINT =
      "run kb in a UTF-8 locale, for example LC_ALL=C.UTF-8 (./kb picks one itself)";

  private FolderFiles() {}

  /**
   * The regular files under {@code folder}, sorted, without hidden files and folders (a name
   * starting with a dot) or what they hold.
   *
   * @param what the folder in messages, for example {@code content folder}
   * @throws BuildFailedException naming every link that leaves the folder, every name that cannot
   *     be read, and a folder that cannot be listed
   */
  public static List<Path> visible(Path folder, String what) {
    return list(folder, what, false).files();
  }

  /**
   * A folder's files, as {@link #visible} lists them, and whether a symbolic link was followed to
   * reach any (a file is then also at its target's path, which a watcher reports instead).
   */
  record Listing(List<Path> files, boolean followsLinks) {}

  /** As {@link #visible}, and whether any link was followed. */
  static Listing visibleListing(Path folder, String what) {
    return list(folder, what, false);
  }

  /** As {@link #visible}, hidden files included. */
  public static List<Path> all(Path folder, String what) {
    return list(folder, what, true).files();
  }

  /**
   * Checks one file of the folder, as a listing would.
   *
   * @throws BuildFailedException naming the file when a symbolic link takes it outside the folder
   */
  public static void requireInside(Path file, Path folder, String what) {
    Path target;
    try {
      target = file.toRealPath();
    } catch (IOException e) {
      return; // missing: whoever reads it reports that
    }
    if (!target.startsWith(realPath(folder, what))) {
      throw new BuildFailedException(outside(file, target, what));
    }
  }

  private static Listing list(Path folder, String what, boolean hiddenToo) {
    Walk walk = new Walk(folder, realPath(folder, what), what, hiddenToo);
    try {
      Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, walk);
    } catch (IOException e) {
      throw cannotList(folder, what, e);
    }
    walk.problems.throwIfAny();
    walk.files.sort(null);
    return new Listing(List.copyOf(walk.files), walk.followsLinks);
  }

  private static Path realPath(Path folder, String what) {
    try {
      return folder.toRealPath();
    } catch (IOException e) {
      throw cannotList(folder, what, e);
    }
  }

  private static BuildFailedException cannotList(Path folder, String what, IOException e) {
    return new BuildFailedException(
        Diagnostic.input(SourceSpan.of(folder), "cannot list " + what + ": " + e.getMessage()));
  }

  /** One listing: the files admitted and the problems found, in the order walked. */
  private static final class Walk extends SimpleFileVisitor<Path> {
    private final Path folder;
    private final Path realFolder;
    private final String what;
    private final boolean hiddenToo;
    private final List<Path> files = new ArrayList<>();
    private final Diagnostics problems = new Diagnostics();
    private boolean followsLinks;

    Walk(Path folder, Path realFolder, String what, boolean hiddenToo) {
      this.folder = folder;
      this.realFolder = realFolder;
      this.what = what;
      this.hiddenToo = hiddenToo;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
      if (dir.equals(folder)) {
        return FileVisitResult.CONTINUE;
      }
      return !skipped(dir) && admitted(dir)
          ? FileVisitResult.CONTINUE
          : FileVisitResult.SKIP_SUBTREE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
      // A link to nothing is visited with the link's own attributes: not a regular file, so not a
      // file of the folder, as before links were checked.
      if (!skipped(file) && admitted(file) && attributes.isRegularFile()) {
        files.add(file);
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
      if (skipped(file)) {
        return FileVisitResult.CONTINUE;
      }
      if (e instanceof FileSystemLoopException) {
        problems.add(
            Diagnostic.input(SourceSpan.of(file), "symbolic link to a folder that holds it")
                .withHint("remove the link: kb would read the folder forever"));
      } else {
        problems.add(
            Diagnostic.input(SourceSpan.of(file), "cannot read " + what + ": " + e.getMessage()));
      }
      return FileVisitResult.CONTINUE;
    }

    private boolean skipped(Path path) {
      return !hiddenToo && !path.equals(folder) && path.getFileName().toString().startsWith(".");
    }

    /** Whether the path may be read: its name is text, and its real path is in the folder. */
    private boolean admitted(Path path) {
      if (path.getFileName().toString().indexOf('\uFFFD') >= 0) {
        problems.add(unreadableName(path));
        return false;
      }
      if (!Files.isSymbolicLink(path)) {
        return true; // inside the folder, as the folder holding it is
      }
      followsLinks = true;
      Diagnostic leaving = leaving(path, realFolder, what);
      if (leaving != null) {
        problems.add(leaving);
      }
      return leaving == null;
    }
  }

  /** The problem when the symbolic link {@code path} has a target outside the folder, or null. */
  private static Diagnostic leaving(Path path, Path realFolder, String what) {
    Path target;
    try {
      target = path.toRealPath();
    } catch (IOException e) {
      return null; // a link to nothing: not a file, so never read
    }
    return target.startsWith(realFolder) ? null : outside(path, target, what);
  }

  private static Diagnostic outside(Path path, Path target, String what) {
    return Diagnostic.input(SourceSpan.of(path), "links outside the " + what + ", to " + target)
        .withHint("kb reads only files inside the " + what + "; copy the file in instead");
  }

  /**
   * A name whose bytes the JVM could not decode: it decodes names with the locale's character set
   * ({@code sun.jnu.encoding}, which JDK 17 takes from the locale alone), so under {@code LANG=C}
   * every non-ASCII name is unreadable.
   */
  static Diagnostic unreadableName(Path path) {
    String charset = System.getProperty("sun.jnu.encoding", "");
    if (charset.equalsIgnoreCase("UTF-8")) {
      return Diagnostic.input(SourceSpan.of(path), "file name is not valid UTF-8")
          .withHint("rename the file");
    }
    return Diagnostic.input(
            SourceSpan.of(path),
            "file name cannot be read in this locale's character set (" + charset + ")")
        .withHint(UTF8_LOCALE_HINT);
  }
}
