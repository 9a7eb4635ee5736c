package kb.check;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import kb.template.SitePage;

/**
 * The ids and links the checks read from each HTML page of a site, kept by page for kb serve: a
 * rebuild after one edit reads again only the pages that changed, not every page of the site. Holds
 * what the last check read, and the shapes of template HTML it parsed ({@link TemplateHtml});
 * thread-safe.
 */
public final class PageScans {

  /**
   * The ids of a page, the URLs it links to, in page order, and the URLs its templates wrote that
   * {@link kb.url.UrlPolicy} refuses.
   */
  record Scan(Set<String> ids, List<String> urls, List<TemplateHtml.Refused> refused) {}

  private final boolean keeps;
  private final TemplateHtml templates = new TemplateHtml();
  private volatile Map<SitePage, Scan> last = Map.of();
  private final Map<SitePage, Scan> current = new ConcurrentHashMap<>();

  private PageScans(boolean keeps) {
    this.keeps = keeps;
  }

  /** Scans that are kept from one check to the next. */
  public static PageScans kept() {
    return new PageScans(true);
  }

  /** Scans read once: a build checks each page once. */
  public static PageScans once() {
    return new PageScans(false);
  }

  /** What {@code read} finds in {@code page}, read only when the last check had not. */
  Scan of(SitePage page, Function<SitePage, Scan> read) {
    if (!keeps) {
      return read.apply(page);
    }
    Scan scan = last.get(page);
    if (scan == null) {
      scan = read.apply(page);
    }
    current.put(page, scan);
    return scan;
  }

  /** What templates wrote, read with jsoup once for each shape of page. */
  TemplateHtml templates() {
    return templates;
  }

  /** Ends a check: what it did not read is forgotten. */
  void checked() {
    if (keeps) {
      last = Map.copyOf(current);
      current.clear();
    }
  }
}
