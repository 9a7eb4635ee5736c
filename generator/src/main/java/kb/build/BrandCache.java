package kb.build;

import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import kb.brand.Brand;
import kb.brand.BrandedPage;
import kb.cache.BuildCache;
import kb.cache.CacheKey;
import kb.cache.KeyBuilder;
import kb.content.AssetFile;
import kb.content.FrontMatter;
import kb.content.SourcePage;
import kb.diagnostic.Diagnostics;
import kb.markdown.MarkdownWords;
import kb.markdown.PageAnchors;
import kb.markdown.RenderedPage;
import kb.markdown.RenderedPageCodec;

/**
 * One brand's build cache ({@code kb build}), and the keys of what its results depend on beyond a
 * page: the brand files and the content's languages, the brand as built and its language.
 */
final class BrandCache implements AutoCloseable {

  private static final BrandCache NONE = new BrandCache(BuildCache.none(), null);

  private final BuildCache cache;
  private final CacheKey brandFiles;

  /**
   * The key each brand-resolved page of the running build was rendered under, by identity: what the
   * later stages key on, instead of hashing the page again.
   */
  private final Map<BrandedPage, CacheKey> renderKeys =
      Collections.synchronizedMap(new IdentityHashMap<>());

  private BrandCache(BuildCache cache, CacheKey brandFiles) {
    this.cache = cache;
    this.brandFiles = brandFiles;
  }

  static BrandCache none() {
    return NONE;
  }

  /**
   * The cache {@code name} (a brand, or a brand and the one language built) in the output folder
   * {@code outDir}, notes going to {@code notes}; none when that folder lies inside a folder the
   * build reads.
   *
   * @param read the folders the build reads: content and templates
   * @param brandFiles {@link kb.brand.BrandCatalog#sourceKey()}
   */
  static BrandCache open(
      Path outDir, List<Path> read, String name, CacheKey brandFiles, Consumer<String> notes) {
    Path folder = outDir.resolve(BuildCache.FOLDER);
    Path where = folder.toAbsolutePath().normalize();
    for (Path source : read) {
      if (where.startsWith(source.toAbsolutePath().normalize())) {
        notes.accept(
            folder + " lies inside " + source + ", which kb reads: building without a cache");
        return NONE;
      }
    }
    return new BrandCache(BuildCache.open(folder, name + ".kbc", notes), brandFiles);
  }

  BuildCache cache() {
    return cache;
  }

  /** Everything a page's results depend on in {@code brand}'s site besides the page itself. */
  CacheKey site(Brand brand) {
    if (!cache.active()) {
      return null;
    }
    return KeyBuilder.of("site")
        .add(brandFiles)
        .add(brand.id())
        .add(brand.language())
        .add(brand.rootLanguage())
        .add(String.join(",", brand.languages()))
        .build();
  }

  /** What {@code render} makes of {@code page}, or what an earlier build kept of it. */
  RenderedPage rendered(
      BrandedPage page,
      CacheKey site,
      MarkdownWords words,
      Diagnostics problems,
      BiFunction<BrandedPage, Diagnostics, RenderedPage> render) {
    if (!cache.active()) {
      return render.apply(page, problems);
    }
    CacheKey key = renderKey(page, site, words);
    renderKeys.put(page, key);
    Diagnostics found = new Diagnostics();
    RenderedPage rendered =
        cache.get(
            key,
            bytes -> RenderedPageCodec.read(bytes, page),
            () -> render.apply(page, found),
            // A page with problems is not kept, so that they are reported for as long as it has
            // them.
            made -> found.isEmpty() ? RenderedPageCodec.write(made) : null);
    problems.addAll(found.list());
    return rendered;
  }

  /**
   * A key of everything {@code page}, rendered then linked, is made from, or null when unknown: the
   * key it was rendered under and {@code links}, what its links resolve against.
   */
  CacheKey linkedKey(RenderedPage page, CacheKey links) {
    CacheKey rendered = page.source() == null ? null : renderKeys.get(page.source());
    return rendered == null || links == null
        ? null
        : KeyBuilder.of("linked page").add(rendered).add(links).build();
  }

  /**
   * A key of what a site's links resolve against: every page's anchors, the brand (in {@code site})
   * and the content files.
   */
  static CacheKey linksKey(CacheKey site, List<PageAnchors> pages, List<AssetFile> assets) {
    KeyBuilder key = KeyBuilder.of("link targets").add(site).add(pages.size());
    for (PageAnchors page : pages) {
      key.add(page.sourcePath()).add(page.outputPath()).addNullable(page.docPath());
      Set<String> anchors = new TreeSet<>(page.anchors());
      key.add(anchors.size());
      anchors.forEach(key::add);
    }
    key.add(assets.size());
    for (AssetFile asset : assets) {
      key.add(asset.path()).add(asset.file().toString()).add(asset.brand());
    }
    return key.build();
  }

  /** Every field of a page's front matter, each on its own. */
  private static CacheKey frontMatter(FrontMatter f) {
    KeyBuilder key =
        KeyBuilder.ofInputs("front matter")
            .addNullable(f.title())
            .addNullable(f.category())
            .add(f.order())
            .addNullable(f.docPath())
            .addNullable(f.anchor())
            .add(String.valueOf(f.where()))
            .add(String.valueOf(f.kind()))
            .add(f.group().size());
    f.group().forEach(key::addNullable);
    return key.build();
  }

  /** Forgets the render keys of a site's pages, once its pages and search data are written. */
  void forgetPages() {
    renderKeys.clear();
  }

  /**
   * The page's source and where it lies: with the site's key, what its brand-resolved text is made
   * from.
   */
  private static CacheKey renderKey(BrandedPage page, CacheKey site, MarkdownWords words) {
    SourcePage source = page.source();
    KeyBuilder key = KeyBuilder.of("rendered page").add(site);
    new TreeMap<>(words.calloutTitles()).forEach((name, title) -> key.add(name).add(title));
    key.addNullable(words.tabListLabel());
    return key.add(source.path())
        .add(source.file().toString())
        .add(frontMatter(source.frontMatter()))
        .addDecoded(source.body()) // read from a UTF-8 file: no lone surrogate
        .add(source.bodyFirstLine())
        .build();
  }

  @Override
  public void close() {
    cache.close();
  }
}
