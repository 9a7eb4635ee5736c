package kb.content;

import java.nio.file.Path;

/**
 * A file that pages may use, such as an image. Immutable.
 *
 * @param path the path pages link to, inside the content folder, with {@code /} separators
 * @param file the file on disk
 * @param brand the brand this file overrides the shared one for, or empty for a shared file
 */
public record AssetFile(String path, Path file, String brand) {

  public boolean isShared() {
    return brand.isEmpty();
  }
}
