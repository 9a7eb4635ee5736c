package kb.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.Diagnostic;
import kb.diagnostic.SourceSpan;

/**
 * Where sites may be published: never into the root or home folder, and never into a folder inside
 * or above one kb reads from (content, templates) or above the home folder. Paths are compared as
 * they are on disk, symbolic links followed; {@code ..} is taken as written ({@code a/../b} is
 * {@code b}), as a shell user means it.
 */
final class OutputLocation {

  private OutputLocation() {}

  /**
   * Checks the output folder {@code out} and the sites to be published in it, writing nothing.
   *
   * @param sources the folders the build reads
   * @param sites the sites' names inside the output folder
   * @param home the home folder, or null when unknown
   * @return the output folder, absolute and normalized
   * @throws BuildFailedException when kb must not publish there
   */
  static Path check(Path out, List<Path> sources, List<String> sites, Path home) {
    if (out.toString().isEmpty()) {
      throw refused(Path.of("--out"), "the output folder is empty");
    }
    Path root = out.toAbsolutePath().normalize();
    Path realRoot = real(root);
    Path realHome = home == null ? null : real(home);
    if (realRoot.getParent() == null) {
      throw refused(out, "cannot publish into the root folder");
    }
    if (realRoot.equals(realHome)) {
      throw refused(out, "cannot publish into the home folder");
    }
    for (String site : sites) {
      Path shown = out.resolve(site);
      Path replaced = real(root.resolve(site));
      for (Path source : sources) {
        Path read = real(source);
        if (replaced.equals(read)) {
          throw refused(shown, "cannot publish here: it is " + source + ", a folder kb reads");
        }
        if (replaced.startsWith(read)) {
          throw refused(shown, "cannot publish here: inside " + source + ", a folder kb reads");
        }
        if (read.startsWith(replaced)) {
          throw refused(shown, "cannot publish here: it holds " + source + ", a folder kb reads");
        }
      }
      if (realHome != null && realHome.startsWith(replaced)) {
        throw refused(shown, "cannot publish here: it holds the home folder");
      }
    }
    return root;
  }

  /** The path as it is on disk: the part that exists with its links followed, then the rest. */
  private static Path real(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return absolute;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(absolute));
    } catch (IOException e) {
      return absolute;
    }
  }

  private static BuildFailedException refused(Path where, String message) {
    return new BuildFailedException(
        Diagnostic.input(SourceSpan.of(where), message)
            .withHint("choose another --out, a folder of its own such as site-output"));
  }
}
