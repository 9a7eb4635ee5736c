package kb.link;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import kb.brand.Brand;
import kb.content.AssetFile;
import kb.diagnostic.Diagnostic;
import kb.diagnostic.Diagnostics;
import kb.diagnostic.NearestName;
import kb.markdown.PageAnchors;
import kb.markdown.PageLink;
import kb.markdown.RenderedPage;
import kb.url.UrlPolicy;

/**
 * Every page, anchor and file of one brand's site, and the rules that turn a link as written in
 * Markdown into a URL of that site. Immutable and thread-safe.
 *
 * <p>Links are written as relative {@code .md} paths with an optional {@code #anchor}, or against
 * any brand's doc-site path ({@code /moomoo-api-doc/en/opend/opend-cmd.html#149}). A doc-site link
 * goes to this site's page when one has that {@code doc_path}, else to this brand's own doc site,
 * so no brand's site ever points at another brand's doc site.
 */
public final class LinkTable {

  private static final String MAILTO = "mailto:";

  private final Brand brand;
  private final List<String> docBasePaths;
  private final Map<String, PageAnchors> pagesBySource = new HashMap<>();
  private final Map<String, PageAnchors> pagesByDocPath = new HashMap<>();
  private final Map<String, AssetFile> assets = new HashMap<>();

  private LinkTable(Brand brand, List<String> docBasePaths) {
    this.brand = brand;
    this.docBasePaths = List.copyOf(docBasePaths);
  }

  /**
   * @param pages the pages of this brand's site
   * @param brand the brand being built
   * @param allBrands every brand, whose doc-site paths links may be written against
   * @param files the content folder's files; this brand's overrides win over shared ones
   */
  public static LinkTable of(
      List<RenderedPage> pages, Brand brand, List<Brand> allBrands, List<AssetFile> files) {
    return ofAnchors(pages.stream().map(RenderedPage::anchors).toList(), brand, allBrands, files);
  }

  /** As {@link #of}, from each page's anchors alone. */
  public static LinkTable ofAnchors(
      List<PageAnchors> pages, Brand brand, List<Brand> allBrands, List<AssetFile> files) {
    LinkTable table =
        new LinkTable(brand, allBrands.stream().map(b -> b.docSite().basePath()).toList());
    for (PageAnchors page : pages) {
      table.pagesBySource.put(page.sourcePath(), page);
      if (!page.docPath().isEmpty()) {
        table.pagesByDocPath.put(page.docPath(), page);
      }
    }
    files.stream().filter(AssetFile::isShared).forEach(f -> table.assets.put(f.path(), f));
    files.stream()
        .filter(f -> f.brand().equals(brand.id()))
        .forEach(f -> table.assets.put(f.path(), f));
    return table;
  }

  /**
   * The pages with every link and image pointing where it goes in this brand's site, on all cores;
   * each broken one is a problem at its source line, added to {@code problems}.
   */
  public List<RenderedPage> resolve(List<RenderedPage> pages, Diagnostics problems) {
    return problems.mapInParallel(pages, this::resolve);
  }

  /** One page of {@link #resolve(List, Diagnostics)}; a broken link gets an empty URL. */
  public RenderedPage resolve(RenderedPage page, Diagnostics problems) {
    List<String> urls = new ArrayList<>();
    Map<String, AssetFile> needed = new TreeMap<>();
    for (PageLink link : page.links()) {
      LinkTarget target =
          link.kind() == PageLink.Kind.IMAGE
              ? resolveImage(page.sourcePath(), link.written())
              : resolveLink(page.sourcePath(), link.written());
      if (target.isBroken()) {
        problems.add(Diagnostic.content(link.where(), target.problem()).withHint(target.hint()));
        urls.add("");
        continue;
      }
      target.asset().ifPresent(file -> needed.put(file.path(), file));
      // flexmark writes "mailto:" before an email autolink's address itself.
      urls.add(
          link.kind() == PageLink.Kind.MAIL
              ? link.written().substring(MAILTO.length())
              : target.url());
    }
    return page.withLinks(urls, List.copyOf(needed.values()));
  }

  /** Where a link written on page {@code fromSource} points. */
  public LinkTarget resolveLink(String fromSource, String written) {
    String target = written.strip();
    PageAnchors from = pagesBySource.get(fromSource);
    if (target.isEmpty()) {
      return LinkTarget.broken("empty link target", "");
    }
    Optional<UrlPolicy.Refusal> refusal = UrlPolicy.refusal(written, UrlPolicy.Use.LINK);
    if (refusal.isPresent()) {
      return refused("link", target, refusal.get());
    }
    if (target.startsWith("#")) {
      return anchorOn(from, from, target.substring(1), written);
    }
    if (UrlPolicy.hasScheme(target) || target.startsWith("//")) {
      return LinkTarget.to(target);
    }
    String docBase = docBasePath(target);
    if (docBase != null) {
      return docSiteLink(from, target.substring(docBase.length()), written);
    }
    if (target.startsWith("/")) {
      return absolutePath(written);
    }
    return relativeLink(from, target, written);
  }

  /** Where an image written on page {@code fromSource} points; only content files are allowed. */
  public LinkTarget resolveImage(String fromSource, String written) {
    String target = written.strip();
    if (UrlPolicy.isData(written)) {
      return LinkTarget.broken(
          "image '"
              + UrlPolicy.shown(target)
              + "' is a data: URL, not a file of the content folder",
          "save the image under content/, for example content/images/a.png, and write its path"
              + " relative to the page");
    }
    Optional<UrlPolicy.Refusal> refusal = UrlPolicy.refusal(written, UrlPolicy.Use.IMAGE);
    if (refusal.isPresent()) {
      return refused("image", target, refusal.get());
    }
    if (UrlPolicy.hasScheme(target) || target.startsWith("//")) {
      return LinkTarget.broken(
          "image '" + written + "' is not a file of the content folder",
          "copy the image into content/ so the site also works offline");
    }
    if (target.startsWith("/")) {
      return absolutePath(written);
    }
    String path = stripQueryAndFragment(target);
    String resolved = normalize(folderOf(fromSource), decode(path));
    if (resolved == null) {
      return escapes(written);
    }
    PageAnchors from = pagesBySource.get(fromSource);
    AssetFile file = assets.get(resolved);
    if (file == null) {
      return LinkTarget.broken(
          "image '" + written + "' not found for brand " + brand.id(),
          "expected content/" + resolved + " or content/brands/" + brand.id() + "/" + resolved);
    }
    return LinkTarget.file(RelativeUrl.between(from.outputPath(), resolved), file);
  }

  private LinkTarget relativeLink(PageAnchors from, String target, String written) {
    int hash = target.indexOf('#');
    String path = hash < 0 ? target : target.substring(0, hash);
    String anchor = hash < 0 ? null : target.substring(hash + 1);
    String resolved = normalize(folderOf(from.sourcePath()), decode(stripQueryAndFragment(path)));
    if (resolved == null) {
      return escapes(written);
    }
    PageAnchors page = pagesBySource.get(resolved);
    if (page != null) {
      return anchor == null ? pageUrl(from, page, "") : anchorOn(from, page, anchor, written);
    }
    AssetFile file = assets.get(resolved);
    if (file != null && !resolved.endsWith(".md")) {
      return LinkTarget.file(RelativeUrl.between(from.outputPath(), resolved), file);
    }
    return LinkTarget.broken(
        "link target '" + written + "' not found for brand " + brand.id(),
        resolved.endsWith(".md")
            ? "no page content/" + resolved + " in this brand's site" + nearestPage(resolved)
            : "link to a page as path/to/page.md#anchor");
  }

  private LinkTarget docSiteLink(PageAnchors from, String rest, String written) {
    int hash = rest.indexOf('#');
    String path = hash < 0 ? rest : rest.substring(0, hash);
    PageAnchors page = pagesByDocPath.get(path);
    if (page == null) {
      return LinkTarget.to(brand.docSite().url() + rest);
    }
    return hash < 0
        ? pageUrl(from, page, "")
        : anchorOn(from, page, rest.substring(hash + 1), written);
  }

  private LinkTarget anchorOn(PageAnchors from, PageAnchors page, String anchor, String written) {
    if (!page.anchors().contains(anchor)) {
      return LinkTarget.broken(
          "link target '" + written + "' not found for brand " + brand.id(),
          "no anchor #"
              + anchor
              + " on "
              + page.sourcePath()
              + " in this brand's site"
              + NearestName.among(new TreeSet<>(page.anchors()), anchor)
                  .map(id -> "; did you mean #" + id + "?")
                  .orElse(""));
    }
    return pageUrl(from, page, "#" + anchor);
  }

  /** "; did you mean ...?" naming the page nearest to a missing one, or nothing. */
  private String nearestPage(String missing) {
    return NearestName.among(new TreeSet<>(pagesBySource.keySet()), missing)
        .map(path -> "; did you mean content/" + path + "?")
        .orElse("");
  }

  private static LinkTarget pageUrl(PageAnchors from, PageAnchors page, String fragment) {
    String url = from == page ? "" : RelativeUrl.between(from.outputPath(), page.outputPath());
    return LinkTarget.to(url.isEmpty() && fragment.isEmpty() ? "#" : url + fragment);
  }

  private String docBasePath(String target) {
    return docBasePaths.stream().filter(target::startsWith).findFirst().orElse(null);
  }

  private static LinkTarget refused(String what, String target, UrlPolicy.Refusal refusal) {
    return LinkTarget.broken(
        what + " '" + UrlPolicy.shown(target) + "' " + refusal.reason(), refusal.hint());
  }

  private static LinkTarget absolutePath(String written) {
    return LinkTarget.broken(
        "absolute path '" + written + "' breaks when the site is opened from disk or a sub-path",
        "write it relative to the page, for example ../images/a.png or other.md#id");
  }

  private static LinkTarget escapes(String written) {
    return LinkTarget.broken(
        "path '" + written + "' leads outside the content folder",
        "keep every linked file inside content/");
  }

  private static String folderOf(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash + 1);
  }

  /** Joins and removes {@code .} and {@code ..}; null when the path climbs above the root. */
  private static String normalize(String folder, String relative) {
    Deque<String> parts = new ArrayDeque<>();
    for (String part : (folder + relative).split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (parts.isEmpty()) {
          return null;
        }
        parts.removeLast();
      } else {
        parts.addLast(part);
      }
    }
    return String.join("/", parts);
  }

  private static String stripQueryAndFragment(String path) {
    int cut = path.length();
    for (char c : new char[] {'?', '#'}) {
      int i = path.indexOf(c);
      if (i >= 0) {
        cut = Math.min(cut, i);
      }
    }
    return path.substring(0, cut);
  }

  private static String decode(String path) {
    try {
      return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return path;
    }
  }
}
