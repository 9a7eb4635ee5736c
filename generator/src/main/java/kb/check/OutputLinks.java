package kb.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import kb.brand.Brand;
import kb.diagnostic.Diagnostic;
import kb.diagnostic.SourceSpan;
import kb.markdown.HtmlText;
import kb.template.PageParts;
import kb.template.SitePage;
import kb.url.UrlPolicy;

/**
 * Every relative URL in a site's HTML leads to a file of the site, and to an id on it, and every
 * URL passes {@link UrlPolicy}. What kb rendered from Markdown (attributes in double quotes, URLs
 * already held to the policy) is scanned with patterns rather than parsed into a DOM per page: a
 * site of ten thousand pages is checked in a second. What the templates wrote is parsed with jsoup
 * ({@link TemplateHtml}), as a browser would read it.
 */
final class OutputLinks {

  /** The attribute that links, by tag: {@code href} of a and link, {@code src} of img, script. */
  private static final Map<String, String> LINKING =
      Map.of("a", " href", "link", " href", "img", " src", "script", " src");

  private final SiteContent site;
  private final PageScans scans;
  private final Set<String> files = ConcurrentHashMap.newKeySet();
  private final Map<String, Set<String>> idsByPage = new ConcurrentHashMap<>();

  /**
   * Each distinct link target (a site file, and an id on it when the link names one) and where it
   * is first linked from. Pages link the same targets over and over (navigation), so this stays
   * small where keeping every page's URLs would not.
   */
  private final Map<Target, Link> targets = new ConcurrentHashMap<>();

  /**
   * A site file and, when the link names one, an id on it ({@code null} for none). Kept apart, as a
   * file name may itself hold a {@code #} (written {@code %23} in the URL).
   */
  private record Target(String path, String fragment) {
    // Written out: a record's own equals and hashCode go through method handles, which the client
    // compiler kb runs with does not inline, and the targets map calls them for most links.
    @Override
    public boolean equals(Object other) {
      return other instanceof Target target
          && path.equals(target.path)
          && Objects.equals(fragment, target.fragment);
    }

    @Override
    public int hashCode() {
      return 31 * path.hashCode() + Objects.hashCode(fragment);
    }
  }

  /**
   * What each URL means, by folder and URL: pages link the same URLs over and over (navigation,
   * assets), and parsing and resolving each one again was a third of the template stage.
   */
  private final Map<String, Map<String, Meaning>> meanings = new ConcurrentHashMap<>();

  /** A URL's target, or what is wrong with it; both null for an external URL. */
  private record Meaning(Target target, String problem) {}

  /** Links that are wrong wherever they point: malformed, root-relative. */
  private final Queue<Link> malformed = new ConcurrentLinkedQueue<>();

  private final AtomicInteger checked = new AtomicInteger();

  /**
   * Pages whose scan is the last check's, their links not looked at yet: when the last check found
   * no broken link and the files and ids are the same, they have none either ({@link
   * PageScans.LinkTargets}); otherwise they are looked at once every page is scanned.
   */
  private final Queue<Deferred> deferred = new ConcurrentLinkedQueue<>();

  private record Deferred(int index, SitePage page, PageScans.Scan scan) {}

  /**
   * Where a URL was found: page {@code page} of the site's order, its {@code nth} link.
   *
   * @param problem what is wrong with it, when known without the other pages
   * @param where the template line that wrote it, when known; else null
   */
  private record Link(
      int page, int nth, String pagePath, String url, String problem, SourceSpan where) {
    static final Comparator<Link> ORDER =
        Comparator.comparingInt(Link::page).thenComparingInt(Link::nth);
  }

  OutputLinks(SiteContent site, PageScans scans) {
    this.site = site;
    this.scans = scans;
    files.addAll(site.otherFiles());
    site.searchData().forEach(f -> files.add(f.path()));
  }

  /**
   * Reads one page's ids and links; from any thread, pages in any order.
   *
   * @param index the page's place in the site's order, which problems are reported in
   */
  void scan(int index, SitePage page) {
    files.add(page.path());
    boolean[] read = {false};
    PageScans.Scan scan =
        scans.of(
            page,
            p -> {
              read[0] = true;
              return scan(p);
            });
    idsByPage.put(page.path(), scan.ids());
    checked.addAndGet(scan.urls().size());
    if (!read[0] && scans.passedLinks() != null) {
      deferred.add(new Deferred(index, page, scan));
    } else {
      targets(index, page, scan);
    }
  }

  /** Adds the targets of one page's links. */
  private void targets(int index, SitePage page, PageScans.Scan scan) {
    List<String> urls = scan.urls();
    Map<String, Meaning> folderMeanings =
        meanings.computeIfAbsent(folder(page.path()), folder -> new ConcurrentHashMap<>());
    for (int n = 0; n < urls.size(); n++) {
      if (isIdOnItsPage(urls.get(n), scan.ids())) {
        continue; // a target that resolves is never reported
      }
      Link link = new Link(index, n, page.path(), urls.get(n), null, null);
      Target target = target(link, folderMeanings);
      if (target != null) {
        targets.merge(target, link, (a, b) -> Link.ORDER.compare(a, b) <= 0 ? a : b);
      }
    }
    List<TemplateHtml.Refused> refused = scan.refused();
    for (int n = 0; n < refused.size(); n++) {
      malformed.add(refusal(index, urls.size() + n, page, refused.get(n)));
    }
  }

  /** A URL a template wrote that the policy refuses, at the template line that wrote it. */
  private Link refusal(int index, int nth, SitePage page, TemplateHtml.Refused refused) {
    SourceSpan where = TemplateLines.find(site.templatesDir(), refused.written());
    String from = "";
    if (where.line() == 0) { // a value the template filled in: a brand file's?
      var value = BrandValueLines.find(site.brand(), refused.url());
      if (value.isPresent()) {
        where = value.get().where();
        from = " (brand value '" + value.get().key() + "', written by a template)";
      }
    }
    String problem =
        "URL '"
            + UrlPolicy.shown(refused.url())
            + "' of <"
            + refused.tag()
            + " "
            + refused.attribute()
            + "> "
            + refused.reason()
            + from;
    return new Link(index, nth, page.path(), refused.url(), problem, where);
  }

  /** Every broken link of the pages scanned, in page order, each target reported once. */
  List<Diagnostic> check() {
    PageScans.LinkTargets now = new PageScans.LinkTargets(files, idsByPage);
    if (!now.equals(scans.passedLinks())) {
      deferred.forEach(d -> targets(d.index(), d.page(), d.scan()));
    }
    List<Diagnostic> problems = problems();
    scans.passedLinks(
        problems.isEmpty()
            ? new PageScans.LinkTargets(Set.copyOf(files), Map.copyOf(idsByPage))
            : null);
    return problems;
  }

  private List<Diagnostic> problems() {
    List<Link> broken = new ArrayList<>(malformed);
    targets.forEach(
        (target, link) -> {
          if (!resolves(target)) {
            broken.add(
                new Link(
                    link.page(),
                    link.nth(),
                    link.pagePath(),
                    link.url(),
                    "link target '" + link.url() + "' not found for brand " + site.brand().id(),
                    null));
          }
        });
    broken.sort(Link.ORDER);
    List<Diagnostic> problems = new ArrayList<>();
    // A template line every page shares is reported once, at its first page.
    Set<String> templateLines = new HashSet<>();
    for (Link link : broken) {
      if (link.where() != null && !templateLines.add(link.where() + ": " + link.problem())) {
        continue;
      }
      SourceSpan where = link.where() != null ? link.where() : SourceSpan.of(site.templatesDir());
      problems.add(
          Diagnostic.content(where, link.problem())
              .withHint(
                  "the link is in "
                      + site.brand().id()
                      + "/"
                      + link.pagePath()
                      + "; links written in content are checked with their source line"));
    }
    return problems;
  }

  /** kb's own HTML by patterns, the templates' with jsoup. */
  private PageScans.Scan scan(SitePage page) {
    Set<String> ids = new HashSet<>();
    List<String> urls = new ArrayList<>();
    List<TemplateHtml.Refused> refused = new ArrayList<>();
    String html = page.html();
    PageParts parts = page.parts();
    for (int part = 0; part < parts.markdownCount(); part++) {
      scan(html, parts.markdownStart(part), parts.markdownEnd(part), ids, urls);
    }
    scans.templates().read(page, ids, urls, refused);
    return new PageScans.Scan(Set.copyOf(ids), List.copyOf(urls), List.copyOf(refused));
  }

  /** As {@link #scan(String, int, int, Set, List)}, over the whole of {@code html}. */
  static void scan(String html, Set<String> ids, List<String> urls) {
    scan(html, 0, html.length(), ids, urls);
  }

  /**
   * Collects the ids and the linking URLs of every start tag that starts and ends between {@code
   * from} and {@code to}, one pass over that part of the page. Most tags have no attribute ({@code
   * </p>}) or only a class (the spans of highlighted code), so each tag is read in place, by its
   * {@code =} signs, instead of being copied out first. Only for HTML kb rendered: attributes in
   * double quotes, in lower case.
   */
  static void scan(String html, int from, int to, Set<String> ids, List<String> urls) {
    // The first '>' and '=' at or after the tag being read, kept while still ahead of it (stray
    // '<'s may share one '>'), so the page is read once.
    int close = -1;
    int equals = -1;
    for (int open = html.indexOf('<', from);
        open >= 0 && open < to;
        open = html.indexOf('<', open + 1)) {
      if (close < open) {
        close = html.indexOf('>', open);
        if (close < 0 || close >= to) {
          return;
        }
      }
      if (equals < open) {
        equals = html.indexOf('=', open);
        equals = equals < 0 || equals >= to ? to : equals;
      }
      if (equals > close) {
        continue;
      }
      String id = attribute(html, equals, close, " id");
      if (id != null) {
        ids.add(id);
      }
      String linking = linkingAttribute(html, open + 1, close);
      String url = linking == null ? null : attribute(html, equals, close, linking);
      if (url != null) {
        urls.add(url);
      }
    }
  }

  private static final int LONGEST_LINKING_TAG = "script".length();

  /** The attribute that links in the tag named from {@code start} to its first space, or null. */
  private static String linkingAttribute(String html, int start, int close) {
    for (int i = start; i < close && i - start <= LONGEST_LINKING_TAG; i++) {
      if (html.charAt(i) == ' ') {
        return LINKING.get(html.substring(start, i));
      }
    }
    return null;
  }

  /**
   * The decoded value of the first attribute written {@code name="..."} in the tag ending at {@code
   * close}, given the tag's first {@code =} and {@code " name"}; or null. No name holds a {@code
   * <}, so none is matched across the start of its tag. Read up to {@code close} only: stray {@code
   * <}s sharing one {@code >} each read the same tag again.
   */
  private static String attribute(String html, int equals, int close, String spaceName) {
    for (int at = equals; at < close; at++) {
      if (html.charAt(at) == '='
          && html.charAt(at + 1) == '"'
          && html.regionMatches(at - spaceName.length(), spaceName, 0, spaceName.length())) {
        for (int end = at + 2; end < close; end++) {
          if (html.charAt(end) == '"') {
            return HtmlText.decode(html.substring(at + 2, end));
          }
        }
        return null;
      }
    }
    return null;
  }

  int checked() {
    return checked.get();
  }

  /**
   * Whether {@code url} is {@code #id} for an id of its own page, read without a URI parser (most
   * of a page's links are to its own questions): true only when the id's characters are ones a URI
   * takes as they are.
   */
  static boolean isIdOnItsPage(String url, Set<String> ids) {
    if (url.length() < 2 || url.charAt(0) != '#') {
      return false;
    }
    for (int i = 1; i < url.length(); i++) {
      char c = url.charAt(i);
      boolean unreserved =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '.'
              || c == '_'
              || c == '~';
      if (!unreserved) {
        return false;
      }
    }
    return ids.contains(url.substring(1));
  }

  /**
   * The file and id a relative URL leads to; null for an external URL, or for a malformed one,
   * which is recorded as broken.
   *
   * @param folderMeanings what URLs mean from the link's folder
   */
  private Target target(Link link, Map<String, Meaning> folderMeanings) {
    String url = link.url();
    // A URL without a path ("#id", "?q", "") leads to its own page; any other means the same from
    // every page of a folder.
    boolean ownPage = url.isEmpty() || url.charAt(0) == '#' || url.charAt(0) == '?';
    Meaning meaning =
        ownPage ? meaning(site.brand(), link.pagePath(), url) : folderMeanings.get(url);
    if (meaning == null) {
      // get first: most URLs are known, and computeIfAbsent locks a known key not first in its bin
      meaning =
          folderMeanings.computeIfAbsent(url, key -> meaning(site.brand(), link.pagePath(), url));
    }
    if (meaning.problem() != null) {
      malformed.add(withProblem(link, meaning.problem()));
    }
    return meaning.target();
  }

  private static String folder(String pagePath) {
    return pagePath.substring(0, pagePath.lastIndexOf('/') + 1);
  }

  private static Meaning meaning(Brand brand, String pagePath, String url) {
    Optional<UrlPolicy.Refusal> refusal = UrlPolicy.refusal(url, UrlPolicy.Use.LINK);
    if (refusal.isPresent()) {
      return new Meaning(null, "URL '" + UrlPolicy.shown(url) + "' " + refusal.get().reason());
    }
    if (UrlPolicy.hasScheme(url) || url.startsWith("//")) {
      return new Meaning(null, null); // external: not a file of the site, and not parsed here
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return new Meaning(null, "malformed URL '" + url + "'");
    }
    if (uri.getScheme() != null || url.startsWith("//")) {
      return new Meaning(null, null);
    }
    if (url.startsWith("/")) {
      return new Meaning(
          null, "root-relative URL '" + url + "' breaks under a base path and from disk");
    }
    String folder = languageFolder(brand, brand.language());
    String inBrand = resolve(folder + pagePath, uri.getPath() == null ? "" : uri.getPath());
    String language = inBrand == null ? brand.language() : languageOf(brand, inBrand);
    String target =
        inBrand == null ? null : inBrand.substring(languageFolder(brand, language).length());
    // Every language's site has the same files; its ids may differ, so only the file is checked.
    String fragment = language.equals(brand.language()) ? uri.getFragment() : null;
    // A path above the site's root (null) is never a file of the site.
    return new Meaning(
        new Target(
            target == null ? "../" + url : target,
            fragment == null || fragment.isEmpty() ? null : fragment),
        null);
  }

  private static Link withProblem(Link link, String problem) {
    return new Link(link.page(), link.nth(), link.pagePath(), link.url(), problem, null);
  }

  /** Whether a target is a file of the site and, when it names an id, an id on that page. */
  private boolean resolves(Target target) {
    if (!files.contains(target.path())) {
      return false;
    }
    return target.fragment() == null
        || idsByPage.getOrDefault(target.path(), Set.of()).contains(target.fragment());
  }

  /** The folder of a language's site inside its brand's: "" for the one at the root. */
  private static String languageFolder(Brand brand, String language) {
    return language.equals(brand.rootLanguage()) ? "" : language + "/";
  }

  /** The language of the site a path inside the brand's site belongs to. */
  private static String languageOf(Brand brand, String pathInBrand) {
    for (String language : brand.languages()) {
      String folder = languageFolder(brand, language);
      if (!folder.isEmpty() && pathInBrand.startsWith(folder)) {
        return language;
      }
    }
    return brand.rootLanguage();
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
