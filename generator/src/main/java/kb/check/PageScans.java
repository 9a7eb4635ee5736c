package kb.check;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import kb.brand.Brand;
import kb.template.SitePage;

/**
 * The ids and links the checks read from each HTML page of a site, and the leak terms found in it,
 * kept by page for kb serve: a rebuild after one edit reads again only the pages that changed, not
 * every page of the site. Holds what the last check read, and the shapes of template HTML it parsed
 * ({@link TemplateHtml}); thread-safe.
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

  /** The leak terms found in each page, for the brand they were looked for. */
  private volatile Map<SitePage, List<String>> lastLeaks = Map.of();

  private final Map<SitePage, List<String>> currentLeaks = new ConcurrentHashMap<>();
  private volatile Brand lastBrand;
  private volatile Brand currentBrand;

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

  /**
   * The brand's leak terms {@code find} finds in {@code page}, looked for only when the last check
   * had not, for the same brand (whose lint terms they are).
   */
  List<String> leaks(SitePage page, Brand brand, Function<SitePage, List<String>> find) {
    if (!keeps) {
      return find.apply(page);
    }
    currentBrand = brand;
    List<String> hits = brand.equals(lastBrand) ? lastLeaks.get(page) : null;
    if (hits == null) {
      hits = List.copyOf(find.apply(page));
    }
    currentLeaks.put(page, hits);
    return hits;
  }

  /** What templates wrote, read with jsoup once for each shape of page. */
  TemplateHtml templates() {
    return templates;
  }

  /** Starts a check: whatever a check that never ended read is not offered to the next. */
  void begin() {
    current.clear();
    currentLeaks.clear();
    currentBrand = null;
  }

  /** Ends a check: what it did not read is forgotten. */
  void checked() {
    if (keeps) {
      last = Map.copyOf(current);
      current.clear();
      lastLeaks = Map.copyOf(currentLeaks);
      currentLeaks.clear();
      lastBrand = currentBrand;
    }
  }
}
