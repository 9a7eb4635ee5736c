package kb.build;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kb.brand.Brand;
import kb.brand.BrandedPage;
import kb.check.PageScans;
import kb.content.AssetFile;
import kb.content.SourcePage;
import kb.markdown.MarkdownWords;
import kb.markdown.PageAnchors;
import kb.markdown.RenderedPage;
import kb.search.QuestionDoc;
import kb.search.SearchIndex;
import kb.site.SiteFile;
import kb.template.EarlierPages;
import kb.template.SitePage;

/**
 * Per brand and language, what each stage of a pipeline's last run made, for its next run to take
 * again where the input is unchanged ({@link Reuse}): {@code kb serve}'s rebuild after an edit. A
 * one-off build's memo keeps nothing. Thread-safe.
 */
final class StageMemo {

  private final boolean keeps;
  private final Map<String, Brands> brands = new ConcurrentHashMap<>();

  private StageMemo(boolean keeps) {
    this.keeps = keeps;
  }

  static StageMemo none() {
    return new StageMemo(false);
  }

  static StageMemo kept() {
    return new StageMemo(true);
  }

  Brands of(Brand brand) {
    return brands.computeIfAbsent(brand.id() + "/" + brand.language(), id -> new Brands(keeps));
  }

  /** What links may point at: when it changed, every page's links are resolved again. */
  record LinkInputs(
      List<PageAnchors> pages, Brand brand, List<Brand> brands, List<AssetFile> assets) {}

  /** What a page's brand blocks resolve against: when it changed, every page is resolved again. */
  record BrandInputs(Brand brand, List<String> knownBrands) {}

  /** One brand's stage results. */
  static final class Brands {
    final Reuse<SourcePage, BrandedPage> branded;
    final Reuse<BrandedPage, RenderedPage> rendered;
    final Reuse<RenderedPage, RenderedPage> linked;
    final Reuse<List<QuestionDoc>, SearchIndex> indexed;

    /**
     * Each filled page's bytes: the same array for the same page, which {@link kb.site.SiteUpdater}
     * then knows is on disk and neither reads nor writes.
     */
    final Reuse<SitePage, SiteFile> encoded;

    final PageScans scans;
    private final boolean keeps;
    private volatile BrandInputs brandInputs;
    private volatile LinkInputs links;
    private volatile MarkdownWords words;
    private volatile EarlierPages filled;

    private Brands(boolean keeps) {
      this.keeps = keeps;
      this.branded = keeps ? Reuse.kept() : Reuse.none();
      this.rendered = keeps ? Reuse.kept() : Reuse.none();
      this.linked = keeps ? Reuse.kept() : Reuse.none();
      this.indexed = keeps ? Reuse.kept() : Reuse.none();
      this.encoded = keeps ? Reuse.kept() : Reuse.none();
      this.scans = keeps ? PageScans.kept() : PageScans.once();
    }

    /** Starts a run's brand stage: pages are taken again only if resolved for the same brand. */
    void brandingWith(BrandInputs inputs) {
      if (!inputs.equals(brandInputs)) {
        branded.clear();
      }
      brandInputs = keeps ? inputs : null;
    }

    /** Starts a run's render stage: pages are taken again only if rendered with the same words. */
    void renderingWith(MarkdownWords newWords) {
      if (!newWords.equals(words)) {
        rendered.clear();
      }
      words = keeps ? newWords : null;
    }

    /** Starts a run's link stage: linked pages are taken again only if the inputs are the same. */
    void linkingAgainst(LinkInputs inputs) {
      if (!inputs.equals(links)) {
        linked.clear();
      }
      links = keeps ? inputs : null;
    }

    /** The pages the template stage filled in the last run, or null. */
    EarlierPages filled() {
      return filled;
    }

    void filled(EarlierPages pages) {
      filled = keeps ? pages : null;
    }

    boolean keeps() {
      return keeps;
    }

    /** Ends a run: what it made is what the next run is offered. */
    void endRun() {
      branded.endRun();
      rendered.endRun();
      linked.endRun();
      indexed.endRun();
      encoded.endRun();
    }
  }
}
