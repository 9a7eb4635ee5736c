package kb.build;

import java.util.IdentityHashMap;
import java.util.Map;
import kb.site.SiteFile;

/**
 * The site files one brand's last assembly made from text, each kept by the immutable object it was
 * made from (a page, a search data file), for kb serve: after an edit of one page, encoding the
 * whole site's text again would cost more than the rest of the rebuild, and handing out the same
 * {@link SiteFile} lets the {@link kb.site.SiteUpdater} skip it without reading the disk. Not
 * thread-safe: one brand's assembly at a time.
 */
final class EncodedFiles {

  private Map<Object, SiteFile> last = new IdentityHashMap<>();
  private Map<Object, SiteFile> current = new IdentityHashMap<>();

  /** The file of {@code text} at {@code path}, made from {@code origin}. */
  SiteFile text(Object origin, String path, String text) {
    SiteFile file = last.get(origin);
    if (file == null) {
      file = SiteFile.text(path, text);
    }
    current.put(origin, file);
    return file;
  }

  /** Ends an assembly: the files it did not ask for are forgotten. */
  void assembled() {
    last = current;
    current = new IdentityHashMap<>();
  }
}
