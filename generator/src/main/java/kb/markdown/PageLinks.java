package kb.markdown;

import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.NullableDataKey;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kb.brand.LineMap;
import kb.content.AssetFile;
import kb.diagnostic.Diagnostic;
import kb.diagnostic.Diagnostics;
import kb.link.LinkTable;
import kb.link.LinkTarget;

/**
 * The links of one page while it renders: flexmark asks for each link and image, the brand's {@link
 * LinkTable} answers, broken targets become diagnostics at their source line, and the files the
 * page needs are collected. One per page render; not thread-safe.
 */
final class PageLinks {

  private static final NullableDataKey<PageLinks> KEY = new NullableDataKey<>("KB_PAGE_LINKS");

  private final String sourcePath;
  private final LinkTable table;
  private final LineMap lines;
  private final Diagnostics problems;
  private final Map<String, AssetFile> assets = new TreeMap<>();

  PageLinks(String sourcePath, LinkTable table, LineMap lines, Diagnostics problems) {
    this.sourcePath = sourcePath;
    this.table = table;
    this.lines = lines;
    this.problems = problems;
  }

  void attachTo(Document document) {
    document.set(KEY, this);
  }

  List<AssetFile> assets() {
    return assets.values().stream().sorted(Comparator.comparing(AssetFile::path)).toList();
  }

  private ResolvedLink resolve(Node node, ResolvedLink link) {
    boolean image = link.getLinkType() == LinkType.IMAGE;
    // flexmark hands over an email autolink's address alone, and writes "mailto:" before it.
    boolean mail = node instanceof MailLink;
    LinkTarget target =
        image
            ? table.resolveImage(sourcePath, link.getUrl())
            : table.resolveLink(sourcePath, mail ? "mailto:" + link.getUrl() : link.getUrl());
    if (target.isBroken()) {
      problems.add(
          Diagnostic.content(lines.at(node.getStartOffset()), target.problem())
              .withHint(target.hint()));
      return link.withStatus(LinkStatus.INVALID);
    }
    target.asset().ifPresent(file -> assets.put(file.path(), file));
    return mail
        ? link.withStatus(LinkStatus.VALID)
        : link.withUrl(target.url()).withStatus(LinkStatus.VALID);
  }

  /** Registered once with the HTML renderer; finds the page's {@link PageLinks} per document. */
  static final class ResolverFactory extends IndependentLinkResolverFactory {
    @Override
    public LinkResolver apply(LinkResolverBasicContext context) {
      return (node, ignored, link) -> {
        PageLinks page = KEY.get(context.getDocument());
        return page == null ? link : page.resolve(node, link);
      };
    }
  }
}
