package kb.template;

/**
 * Which categories a page's sidebar lists: all of them up to {@link #FULL_UP_TO}; beyond that, the
 * current category and {@link #NEIGHBOURS} on each side, and a last link to the home page, which
 * lists every category. Listing every category on every page makes each page grow with the site and
 * the site with the square of its pages: 10,000 categories would put a megabyte of links on every
 * page and 12 GB into one site.
 *
 * @param from the first listed category's index
 * @param to one past the last listed category's index
 * @param all whether every category is listed
 */
record NavWindow(int from, int to, boolean all) {

  static final int FULL_UP_TO = 60;
  static final int NEIGHBOURS = 15;

  /**
   * @param size how many categories the site has
   * @param current the current category's index, or -1 on a page of none (the home page)
   */
  static NavWindow of(int size, int current) {
    if (size <= FULL_UP_TO) {
      return new NavWindow(0, size, true);
    }
    int width = 2 * NEIGHBOURS + 1;
    int from = Math.max(0, Math.min(current - NEIGHBOURS, size - width));
    return new NavWindow(from, from + width, false);
  }
}
