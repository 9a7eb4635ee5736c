package kb.build;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Hears how far a build has come, so the command line can draw it; the build's output never depends
 * on it. Called from the threads that build (brands may be built side by side), so an
 * implementation must be thread-safe; it must not throw.
 */
@FunctionalInterface
public interface BuildProgress {

  /** Reports nothing. */
  BuildProgress NONE = (brand, done, total) -> {};

  /**
   * @param brand the site being built: the brand, and its language past the root one ({@code
   *     futu/zh-CN})
   * @param done pages of the brand rendered so far, from 0
   * @param total the brand's pages (the home page not counted)
   */
  void pagesRendered(String brand, int done, int total);

  /** Something the user may want to know that is not a problem: a cache set aside, say. */
  default void note(String message) {}

  /**
   * Tells how much of a brand's build its cache held: {@code taken} results of {@code results} were
   * taken from it, the others made.
   */
  default void cacheUsed(String brand, int taken, int results) {}

  /**
   * Tells that none of the brand's {@code pages} is rendered yet, and returns what to run, from any
   * thread, each time one is.
   */
  default Runnable counter(String brand, int pages) {
    AtomicInteger done = new AtomicInteger();
    pagesRendered(brand, 0, pages);
    return () -> {
      synchronized (this) {
        pagesRendered(brand, done.incrementAndGet(), pages);
      }
    };
  }
}
