package kb.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Which pages exist and which question ids each holds, decided before any text is written so that
 * pages can link to other pages' anchors. Deterministic from the seed. Immutable.
 */
record CorpusPlan(long seed, List<PagePlan> pages) {

  /**
   * One page.
   *
   * @param number from 1
   * @param ids the question ids, in page order, unique on the page
   */
  record PagePlan(int number, List<Integer> ids) {
    String slug() {
      return String.format("p%05d", number);
    }
  }

  CorpusPlan {
    pages = List.copyOf(pages);
  }

  static CorpusPlan create(long seed, int pageCount) {
    List<PagePlan> pages = new ArrayList<>();
    for (int number = 1; number <= pageCount; number++) {
      SplittableRandom random = new SplittableRandom(seed * 1_000_003L + number);
      int questions = 5 + random.nextInt(11);
      TreeSet<Integer> seen = new TreeSet<>();
      List<Integer> ids = new ArrayList<>();
      while (ids.size() < questions) {
        int id = 100 + random.nextInt(99_900);
        if (seen.add(id)) {
          ids.add(id);
        }
      }
      pages.add(new PagePlan(number, ids));
    }
    return new CorpusPlan(seed, pages);
  }

  /** A random page's random question, for links between pages. */
  String anchorElsewhere(SplittableRandom random) {
    PagePlan page = pages.get(random.nextInt(pages.size()));
    return page.slug() + ".md#" + page.ids().get(random.nextInt(page.ids().size()));
  }
}
