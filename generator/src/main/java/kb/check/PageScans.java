package kb.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import kb.brand.Brand;
import kb.cache.BuildCache;
import kb.cache.CacheKey;
import kb.cache.KeyBuilder;
import kb.cache.ValueReader;
import kb.cache.ValueWriter;
import kb.memo.LastRun;
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
  private final Memo<Scan> scans = new Memo<>();

  /** The leak terms found in each page, for the brand they were looked for. */
  private final Memo<List<String>> leaks = new Memo<>();

  private volatile Brand lastBrand;
  private volatile Brand currentBrand;
  private volatile LinkTargets passedLinks;

  /**
   * What the links of a check that found no broken link could point at: the site's files and each
   * page's ids. While both are the same, a page whose scan is the last check's has no broken link
   * either, and its links need not be looked at again.
   */
  record LinkTargets(Set<String> files, Map<String, Set<String>> idsByPage) {}

  private final BuildCache disk;
  private final CacheKey site;

  private PageScans(boolean keeps, BuildCache disk, CacheKey site) {
    this.keeps = keeps;
    this.disk = disk;
    this.site = site;
  }

  /** Scans that are kept from one check to the next. */
  public static PageScans kept() {
    return new PageScans(true, BuildCache.none(), null);
  }

  /** Scans read once: a build checks each page once. */
  public static PageScans once() {
    return new PageScans(false, BuildCache.none(), null);
  }

  /**
   * Scans read once, or taken from {@code cache} where an earlier build kept them: a build with a
   * cache.
   *
   * @param site a key of what, besides a page, its leak terms are found from: the brand as built
   */
  public static PageScans cached(BuildCache cache, CacheKey site) {
    return new PageScans(false, cache, site);
  }

  /** What {@code read} finds in {@code page}, read only when the last check had not. */
  Scan of(SitePage page, Function<SitePage, Scan> read) {
    return scans.get(page, true, disk.active() ? p -> scanFromDisk(p, read) : read);
  }

  private Scan scanFromDisk(SitePage page, Function<SitePage, Scan> read) {
    CacheKey key = withPage(KeyBuilder.of("page scan").add(page.path()), page);
    return disk.get(key, PageScans::readScan, () -> read.apply(page), PageScans::write);
  }

  /**
   * {@code key} with what the page's HTML is made from, when known (the key it was filled under),
   * else with the HTML and its parts.
   */
  private static CacheKey withPage(KeyBuilder key, SitePage page) {
    if (page.filledFrom() != null) {
      return key.add(page.filledFrom()).build();
    }
    page.parts().addTo(key.add(page.html()));
    return key.build();
  }

  private static Scan readScan(byte[] bytes) {
    ValueReader in = new ValueReader(bytes);
    Set<String> ids = Set.copyOf(in.strings());
    List<String> urls = List.copyOf(in.strings());
    int count = in.count(20);
    List<TemplateHtml.Refused> refused = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      refused.add(
          new TemplateHtml.Refused(
              in.string(), in.string(), in.string(), in.string(), in.string()));
    }
    in.end();
    return new Scan(ids, urls, List.copyOf(refused));
  }

  private static byte[] write(Scan scan) {
    ValueWriter out = new ValueWriter().strings(new TreeSet<>(scan.ids())).strings(scan.urls());
    out.number(scan.refused().size());
    for (TemplateHtml.Refused r : scan.refused()) {
      out.string(r.url()).string(r.tag()).string(r.attribute()).string(r.reason());
      out.string(r.written());
    }
    return out.toBytes();
  }

  /**
   * The brand's leak terms {@code find} finds in {@code page}, looked for only when the last check
   * had not, for the same brand (whose lint terms they are).
   */
  List<String> leaks(SitePage page, Brand brand, Function<SitePage, List<String>> find) {
    currentBrand = brand;
    Function<SitePage, List<String>> found = p -> List.copyOf(find.apply(p));
    return leaks.get(
        page, brand.equals(lastBrand), disk.active() ? p -> leaksFromDisk(p, found) : found);
  }

  private List<String> leaksFromDisk(SitePage page, Function<SitePage, List<String>> find) {
    return disk.get(
        withPage(KeyBuilder.of("page leaks").add(site), page),
        bytes -> {
          ValueReader in = new ValueReader(bytes);
          List<String> terms = List.copyOf(in.strings());
          in.end();
          return terms;
        },
        () -> find.apply(page),
        terms -> new ValueWriter().strings(terms).toBytes());
  }

  /** What the links of the last check that found none broken could point at, or null. */
  LinkTargets passedLinks() {
    return keeps ? passedLinks : null;
  }

  /** Records what the links of a check that found none broken could point at (or null). */
  void passedLinks(LinkTargets targets) {
    passedLinks = keeps ? targets : null;
  }

  /** What templates wrote, read with jsoup once for each shape of page. */
  TemplateHtml templates() {
    return templates;
  }

  /** Starts a check: whatever a check that never ended read is not offered to the next. */
  void begin() {
    scans.begin();
    leaks.begin();
    currentBrand = null;
  }

  /** Ends a check: what it did not read is forgotten. */
  void checked() {
    scans.end();
    leaks.end();
    lastBrand = currentBrand;
  }

  /** What the last check read of each page, and what this one has read so far. */
  private final class Memo<V> {

    private final LastRun<SitePage, V> runs = new LastRun<>();

    /** The last check's reading of {@code page} when {@code lastValid}, else {@code read}'s. */
    V get(SitePage page, boolean lastValid, Function<SitePage, V> read) {
      if (!keeps) {
        return read.apply(page);
      }
      LastRun<SitePage, V>.Found found = runs.find(page);
      V value = lastValid ? found.value() : null;
      return found.keep(value != null ? value : read.apply(page));
    }

    void begin() {
      runs.forgetRun();
    }

    void end() {
      if (keeps) {
        runs.endRun();
      }
    }
  }
}
