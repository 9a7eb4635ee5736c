package kb.check;

import java.util.ArrayList;
import java.util.List;
import kb.diagnostic.Diagnostic;
import kb.parallel.ParallelLoop;
import kb.template.SitePage;

/**
 * Checks a brand's finished site: every internal link, anchor, image, stylesheet and script of its
 * HTML resolves inside the site ({@link OutputLinks}), and nothing shows another brand's tell-tale
 * terms ({@link LeakLint}). Content links were already resolved, with their source lines, when the
 * Markdown was rendered; this catches what templates add and is the last look before anything is
 * written.
 */
public final class SiteChecker {

  /**
   * Checks the pages and HTML of a site; its search data are checked by {@link #checkSearchData}.
   */
  public CheckReport check(SiteContent site) {
    return check(site, PageScans.once());
  }

  /**
   * As {@link #check(SiteContent)}, reading again only the pages {@code scans} has not read in its
   * last check.
   */
  public CheckReport check(SiteContent site, PageScans scans) {
    PageChecks checks = new PageChecks(site, scans);
    // Pages are checked on all cores, as a build checks them while it writes them.
    ParallelLoop.forEach(site.html().size(), i -> checks.page(i, site.html().get(i)));
    return checks.finish();
  }

  /**
   * Starts checking a site whose HTML pages come one at a time, as they are made ({@code
   * site.html()} is not read): a large site's pages need not all be in memory at once.
   */
  public PageChecks start(SiteContent site) {
    return start(site, PageScans.once());
  }

  /** As {@link #start(SiteContent)}, reading again only the pages {@code scans} has not read. */
  public PageChecks start(SiteContent site, PageScans scans) {
    return new PageChecks(site, scans);
  }

  /** The checks of one site's HTML pages, fed page by page. Thread-safe until finished. */
  public static final class PageChecks {

    private final SiteContent site;
    private final PageScans scans;
    private final OutputLinks links;
    private final LeakLint leaks;

    private PageChecks(SiteContent site, PageScans scans) {
      this.site = site;
      this.scans = scans;
      scans.begin();
      this.links = new OutputLinks(site, scans);
      this.leaks = new LeakLint(site);
    }

    /**
     * Checks one page; from any thread, pages in any order.
     *
     * @param index the page's place in the site's order, which problems are reported in
     */
    public void page(int index, SitePage page) {
      links.scan(index, page);
      leaks.scanPage(index, page, scans);
    }

    /** What the checks found, once every page was given. */
    public CheckReport finish() {
      scans.checked();
      List<Diagnostic> problems = new ArrayList<>(links.check());
      problems.addAll(leaks.finishPages());
      int questions = site.pages().stream().mapToInt(p -> p.questions().size()).sum();
      return new CheckReport(
          site.brand().id(), site.pages().size(), questions, links.checked(), problems);
    }
  }

  /**
   * Checks a site's search data for brand leaks, once they are built (after the pages, which {@code
   * kb serve} shows first).
   */
  public CheckReport checkSearchData(SiteContent site) {
    int questions = site.pages().stream().mapToInt(p -> p.questions().size()).sum();
    List<Diagnostic> problems = new LeakLint(site).checkSearchData();
    return new CheckReport(site.brand().id(), site.pages().size(), questions, 0, problems);
  }
}
