package kb.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kb.diagnostic.Diagnostic;
import kb.diagnostic.SourceSpan;
import kb.template.SitePage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Every relative URL in a site's HTML leads to a file of the site, and to an id on it. */
final class OutputLinks {

  private static final String LINKING = "a[href], img[src], link[href], script[src]";

  private final SiteContent site;
  private final Map<String, Set<String>> idsByPage = new HashMap<>();
  private final Set<String> files = new HashSet<>();
  private int checked;

  OutputLinks(SiteContent site) {
    this.site = site;
    files.addAll(site.otherFiles());
    site.searchData().forEach(f -> files.add(f.path()));
  }

  List<Diagnostic> check() {
    Map<String, Document> documents = new HashMap<>();
    for (SitePage page : site.html()) {
      Document doc = Jsoup.parse(page.html());
      documents.put(page.path(), doc);
      files.add(page.path());
      Set<String> ids = new HashSet<>();
      doc.select("[id]").forEach(e -> ids.add(e.id()));
      idsByPage.put(page.path(), ids);
    }
    List<Diagnostic> problems = new ArrayList<>();
    for (SitePage page : site.html()) {
      for (Element element : documents.get(page.path()).select(LINKING)) {
        String url = element.hasAttr("href") ? element.attr("href") : element.attr("src");
        checked++;
        String problem = problem(page.path(), url);
        if (problem != null) {
          problems.add(
              Diagnostic.content(SourceSpan.of(site.templatesDir()), problem)
                  .withHint(
                      "the link is in "
                          + site.brand().id()
                          + "/"
                          + page.path()
                          + "; links written in content are checked with their source line"));
        }
      }
    }
    return problems;
  }

  int checked() {
    return checked;
  }

  /** Why a URL on a page is broken, or null when it resolves (or is external). */
  private String problem(String pagePath, String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return "malformed URL '" + url + "'";
    }
    if (uri.getScheme() != null || url.startsWith("//")) {
      return null;
    }
    if (url.startsWith("/")) {
      return "root-relative URL '" + url + "' breaks under a base path and from disk";
    }
    String target = resolve(pagePath, uri.getPath() == null ? "" : uri.getPath());
    if (target == null || !files.contains(target)) {
      return "link target '" + url + "' not found for brand " + site.brand().id();
    }
    String fragment = uri.getFragment();
    boolean anchored = fragment != null && !fragment.isEmpty();
    if (anchored && !idsByPage.getOrDefault(target, Set.of()).contains(fragment)) {
      return "link target '" + url + "' not found for brand " + site.brand().id();
    }
    return null;
  }

  private static String resolve(String pagePath, String relative) {
    if (relative.isEmpty()) {
      return pagePath;
    }
    Path parent = Path.of(pagePath).getParent();
    Path resolved = (parent == null ? Path.of(relative) : parent.resolve(relative)).normalize();
    String text = resolved.toString().replace('\\', '/');
    return text.startsWith("..") ? null : text;
  }
}
