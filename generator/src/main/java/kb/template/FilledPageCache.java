package kb.template;

import java.util.function.Function;
import java.util.function.Supplier;
import kb.cache.BuildCache;
import kb.cache.CacheKey;
import kb.cache.KeyBuilder;
import kb.cache.ValueWriter;
import kb.markdown.RenderedPage;
import kb.markdown.RenderedPageCodec;

/**
 * Filled pages kept by the build cache, by what a page is filled from: the templates, the site (its
 * brand and language), the links between pages ({@link Navigation#linksKey}) and the page itself.
 */
public final class FilledPageCache {

  /** Finds nothing, keeps nothing. */
  public static final FilledPageCache NONE =
      new FilledPageCache(BuildCache.none(), null, page -> null);

  private final BuildCache cache;
  private final CacheKey site;
  private final Function<RenderedPage, CacheKey> pageKeys;

  /**
   * @param site a key of everything about the site a page is filled from besides the templates and
   *     its pages: the brand as built, in its language
   * @param pageKeys a key of everything a page is made from, where known: else the page itself is
   *     hashed
   */
  public FilledPageCache(
      BuildCache cache, CacheKey site, Function<RenderedPage, CacheKey> pageKeys) {
    this.cache = cache;
    this.site = site;
    this.pageKeys = pageKeys;
  }

  boolean active() {
    return cache.active();
  }

  SitePage get(String templates, CacheKey links, RenderedPage page, Supplier<SitePage> fill) {
    if (!cache.active()) {
      return fill.get();
    }
    KeyBuilder key = KeyBuilder.of("filled page").add(site).add(templates).add(links);
    CacheKey made = pageKeys.apply(page);
    if (made != null) {
      key.add(made);
    } else {
      RenderedPageCodec.write(page, new ValueWriter(key.stream()));
    }
    CacheKey pageKey = key.build();
    return cache.get(
        pageKey,
        bytes -> SitePageCodec.read(bytes, pageKey),
        () -> {
          SitePage filled = fill.get();
          return new SitePage(filled.path(), filled.html(), filled.parts(), pageKey);
        },
        SitePageCodec::write);
  }
}
