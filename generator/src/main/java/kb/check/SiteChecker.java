package kb.check;

import java.util.ArrayList;
import java.util.List;
import kb.diagnostic.Diagnostic;

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
    List<Diagnostic> problems = new ArrayList<>();
    OutputLinks links = new OutputLinks(site);
    problems.addAll(links.check());
    problems.addAll(new LeakLint(site).checkPages());
    int questions = site.pages().stream().mapToInt(p -> p.questions().size()).sum();
    return new CheckReport(
        site.brand().id(), site.pages().size(), questions, links.checked(), problems);
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
