package kb.link;

import java.util.Optional;
import kb.content.AssetFile;

/**
 * Where one link or image of a page points in a brand's site. Immutable.
 *
 * @param url the URL to write, relative to the page for anything inside the site
 * @param asset the content file the site must carry for the URL to work, if any
 * @param problem why the target is broken, or empty when it resolves
 * @param hint how to fix a broken target, or empty
 */
public record LinkTarget(String url, Optional<AssetFile> asset, String problem, String hint) {

  static LinkTarget to(String url) {
    return new LinkTarget(url, Optional.empty(), "", "");
  }

  static LinkTarget file(String url, AssetFile asset) {
    return new LinkTarget(url, Optional.of(asset), "", "");
  }

  static LinkTarget broken(String problem, String hint) {
    return new LinkTarget("", Optional.empty(), problem, hint);
  }

  public boolean isBroken() {
    return !problem.isEmpty();
  }
}
