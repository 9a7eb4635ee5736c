package kb.content;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything read from a content folder, sorted: pages by order then path, assets by path.
 * Immutable.
 *
 * @param root the content folder
 * @param pages the Markdown pages
 * @param assets the other files: shared ones, and brand overrides from {@code brands/<id>/}
 */
public record ContentSet(Path root, List<SourcePage> pages, List<AssetFile> assets) {

  public ContentSet {
    pages = List.copyOf(pages);
    assets = List.copyOf(assets);
  }
}
