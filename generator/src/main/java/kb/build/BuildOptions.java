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
 * @param language a language tag: each brand's site in that language alone, at its root; or {@code
 *     all}, every language of each brand's site
 */
public record BuildOptions(
    Path contentDir, Path templatesDir, Path outDir, String brand, String language) {

  /** Every language of the brand, or of every brand. */
  public BuildOptions(Path contentDir, Path templatesDir, Path outDir, String brand) {
    this(contentDir, templatesDir, outDir, brand, ALL);
  }

  /** The value of {@code brand} and {@code language} that means every one. */
  public static final String ALL = "all";

  public BuildOptions {
    // An empty --out stays empty, to be refused; "." and "a/.." normalize to empty but name the
    // working folder.
    if (!outDir.toString().isEmpty()) {
      Path normal = outDir.normalize();
      outDir = normal.toString().isEmpty() ? outDir.getFileSystem().getPath(".") : normal;
    }
  }
}
