package kb.template;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kb.brand.Brand;
import kb.brand.HeaderNav;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.Diagnostic;
import kb.link.RelativeUrl;
import kb.markdown.RenderedPage;

/** The header's links ({@link HeaderNav}) as one page shows them. */
final class HeaderLinks {

  private HeaderLinks() {}

  /** The brand's header links with links to pages of the site made relative to {@code path}. */
  static List<Views.HeaderLink> of(Brand brand, String path) {
    List<Views.HeaderLink> links = new ArrayList<>();
    for (HeaderNav.Link link : HeaderNav.of(brand)) {
      if (link.external()) {
        links.add(new Views.HeaderLink(link.label(), link.url(), true, false));
      } else {
        String page = pagePath(link.url());
        String fragment = link.url().substring(page.length());
        links.add(
            new Views.HeaderLink(
                link.label(),
                RelativeUrl.between(path, page) + fragment,
                false,
                page.equals(path)));
      }
    }
    return links;
  }

  /**
   * @throws BuildFailedException at the brand file's line of each header link to a path of the site
   *     that no page has
   */
  static void requirePages(Brand brand, List<RenderedPage> pages) {
    Set<String> paths = new HashSet<>(PageRenderer.paths(pages));
    List<Diagnostic> problems = new ArrayList<>();
    for (HeaderNav.Link link : HeaderNav.of(brand)) {
      if (!link.external() && !paths.contains(pagePath(link.url()))) {
        problems.add(
            Diagnostic.content(
                    HeaderNav.urlLine(brand, link.id()),
                    "header link '"
                        + link.id()
                        + "' leads to '"
                        + link.url()
                        + "', not a page of the "
                        + brand.id()
                        + " site ("
                        + brand.language()
                        + ")")
                .withHint("write a page's path from the site's root, such as index.html"));
      }
    }
    if (!problems.isEmpty()) {
      throw new BuildFailedException(problems);
    }
  }

  /** The link's path without its fragment or query. */
  private static String pagePath(String url) {
    int end = url.length();
    for (char c : new char[] {'#', '?'}) {
      int at = url.indexOf(c);
      if (at >= 0) {
        end = Math.min(end, at);
      }
    }
    return url.substring(0, end);
  }
}
