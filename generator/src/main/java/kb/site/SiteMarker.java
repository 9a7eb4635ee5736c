package kb.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.Diagnostic;
import kb.diagnostic.SourceSpan;

/**
 * The file {@code .kb-site} that kb writes into every folder it publishes, and the rule built on
 * it: kb replaces only folders it wrote, so an author's own files are never deleted, wherever
 * {@code --out} points. A folder without the marker is replaced only when it is what an older kb
 * (which wrote no marker) left: a Lucene index, or a site with an {@code index.html} and no file
 * the new site does not have.
 */
final class SiteMarker {

  static final String NAME = ".kb-site";

  static final byte[] TEXT =
      "kb wrote this folder; the next kb build replaces it whole.\n"
          .getBytes(StandardCharsets.UTF_8);

  /** The names of Lucene's files: an index that an older kb wrote holds nothing else. */
  private static final Pattern LUCENE_FILE =
      Pattern.compile("segments_[0-9a-z]+|write\\.lock|_[0-9a-z]+(?:_[0-9A-Za-z]+)*\\.[0-9a-z]+");

  private SiteMarker() {}

  /**
   * Before building: refuses a folder at {@code target} that kb cannot have written, so that the
   * author learns it before the build rather than after.
   *
   * @param shown the folder as the user would name it, for the message
   * @throws BuildFailedException when kb may not replace it
   */
  static void checkBeforeBuild(Path shown, Path target) throws IOException {
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS) || marked(shown, target)) {
      return;
    }
    List<String> files = files(target);
    if (!isLuceneIndex(files) && !files.contains("index.html")) {
      throw notWrittenByKb(shown, files.get(0));
    }
  }

  /**
   * Before publishing: refuses an unmarked folder at {@code target} that holds a file the staged
   * site does not have, which replacing it would lose.
   *
   * @throws BuildFailedException when kb may not replace it
   */
  static void checkBeforePublish(Path shown, Path target, Path staging) throws IOException {
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS) || marked(shown, target)) {
      return;
    }
    List<String> files = files(target);
    if (isLuceneIndex(files)) {
      return;
    }
    for (String file : files) {
      if (!Files.isRegularFile(staging.resolve(file), LinkOption.NOFOLLOW_LINKS)) {
        throw notWrittenByKb(shown, file);
      }
    }
  }

  /** Whether {@code target} is a folder with the marker; refuses anything but a folder. */
  private static boolean marked(Path shown, Path target) {
    if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      throw refused(shown, "exists and is not a folder kb wrote");
    }
    return Files.isRegularFile(target.resolve(NAME), LinkOption.NOFOLLOW_LINKS);
  }

  /** Everything in the folder but sub-folders, relative with {@code /}, sorted. */
  private static List<String> files(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
          .map(p -> folder.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static boolean isLuceneIndex(List<String> files) {
    return files.stream().allMatch(f -> LUCENE_FILE.matcher(f).matches());
  }

  private static BuildFailedException notWrittenByKb(Path shown, String file) {
    return refused(shown, "exists and was not written by kb: it holds " + file);
  }

  private static BuildFailedException refused(Path shown, String message) {
    return new BuildFailedException(
        Diagnostic.input(SourceSpan.of(shown), message)
            .withHint("move it away or choose another --out"));
  }
}
