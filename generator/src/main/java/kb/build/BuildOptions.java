package kb.build;

import java.nio.file.Path;

/**
 * What to build, as the user asked for it. Immutable.
 *
 * @param contentDir the content folder (Markdown pages, {@code brands/})
 * @param templatesDir the templates folder
 * @param outDir the folder the sites are written into, one sub-folder per brand; normalized, so
 *     that {@code ./public} is {@code public} and {@code x/../y} is {@code y}, as a shell user
 *     means them (even where {@code x} does not exist)
 * @param brand a brand id, or {@code all}
 */
public record BuildOptions(Path contentDir, Path templatesDir, Path outDir, String brand) {

  public BuildOptions {
    // An empty --out stays empty, to be refused; "." and "a/.." normalize to empty but name the
    // working folder.
    if (!outDir.toString().isEmpty()) {
      Path normal = outDir.normalize();
      outDir = normal.toString().isEmpty() ? outDir.getFileSystem().getPath(".") : normal;
    }
  }
}
