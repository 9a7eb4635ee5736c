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
import kb.markdown.HtmlText;
import kb.template.SitePage;

/**
 * Every relative URL in a site's HTML leads to a file of the site, and to an id on it. The HTML is
 * kb's own (attributes in double quotes), so it is scanned with patterns rather than parsed into a
 * DOM per page: a site of ten thousand pages is checked in a second.
 */
final class OutputLinks {

  /** The attribute that links, by tag: {@code href} of a and link, {@code src} of img, script. */
  private static final Map<String, String> LINKING =
      Map.of("a", " href=\"", "link", " href=\"", "img", " src=\"", "script", " src=\"");

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
    Map<String, List<String>> urlsByPage = new HashMap<>();
    for (SitePage page : site.html()) {
      files.add(page.path());
      Set<String> ids = new HashSet<>();
      List<String> urls = new ArrayList<>();
      scan(page.html(), ids, urls);
      idsByPage.put(page.path(), ids);
      urlsByPage.put(page.path(), urls);
    }
    List<Diagnostic> problems = new ArrayList<>();
    for (SitePage page : site.html()) {
      for (String url : urlsByPage.get(page.path())) {
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

  /** Collects the ids and the linking URLs of every start tag, one pass over the page. */
  private static void scan(String html, Set<String> ids, List<String> urls) {
    for (int open = html.indexOf('<'); open >= 0; open = html.indexOf('<', open + 1)) {
      int close = html.indexOf('>', open);
      if (close < 0) {
        return;
      }
      String tag = html.substring(open + 1, close);
      String id = attribute(tag, " id=\"");
      if (id != null) {
        ids.add(id);
      }
      int space = tag.indexOf(' ');
      String linking = space < 0 ? null : LINKING.get(tag.substring(0, space));
      String url = linking == null ? null : attribute(tag, linking);
      if (url != null) {
        urls.add(url);
      }
    }
  }

  /** An attribute's decoded value in a start tag, given {@code " name=\""}, or null. */
  private static String attribute(String tag, String nameQuote) {
    int at = tag.indexOf(nameQuote);
    if (at < 0) {
      return null;
    }
    int start = at + nameQuote.length();
    int end = tag.indexOf('"', start);
    return end < 0 ? null : HtmlText.decode(tag.substring(start, end));
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
