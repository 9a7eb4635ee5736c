package kb.build;

import kb.content.ContentSet;

/**
 * How many brands a build runs side by side: as many as the heap holds. Each brand already runs on
 * all cores, so side by side only pays while the heap has room to spare.
 */
final class BrandsAtOnce {

  /**
   * Heap a brand's build needs at its peak, per character of Markdown: a 10,000-page corpus of 77
   * million characters peaks at about 640 MB of live objects for one brand, and builds under a 1
   * GiB heap, but two brands side by side do not.
   */
  static final long HEAP_PER_MARKDOWN_CHAR = 12;

  /**
   * How many times its peak a brand's build wants in heap to run side by side with another.
   * Measured on 2 cores with a 6 GiB heap: 1,000 pages (peak 92 MB a brand) built side by side in
   * 8.9-12.2 s against 12.9-13.5 s one after the other; 10,000 pages (924 MB a brand) in 54-64 s
   * against 44-55 s, with 14 s more CPU.
   */
  static final long HEADROOM = 4;

  private BrandsAtOnce() {}

  /** The heap in which {@code brands} brands of this much Markdown are built side by side. */
  static long sideBySideHeap(int brands, long markdownChars) {
    return brands * HEADROOM * markdownChars * HEAP_PER_MARKDOWN_CHAR;
  }

  /**
   * How many brands are built at once: as many as have room side by side in the heap, at least one.
   * One after the other needs a brand's memory only: both brands of 10,000 pages build under a 1
   * GiB heap.
   */
  static int of(int brands, long markdownChars, long maxHeap) {
    long perBrand = Math.max(1, sideBySideHeap(1, markdownChars));
    return (int) Math.max(1, Math.min(brands, maxHeap / perBrand));
  }

  /** The characters of Markdown in the content's pages, front matter aside. */
  static long markdownChars(ContentSet content) {
    return content.pages().stream().mapToLong(page -> page.body().length()).sum();
  }
}
