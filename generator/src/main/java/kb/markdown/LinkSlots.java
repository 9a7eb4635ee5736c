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
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.ArrayList;
import java.util.List;
import kb.brand.LineMap;

/**
 * The links of one page while it renders: each URL is written as a numbered slot and recorded, so a
 * page renders without knowing the other pages, and the link stage fills the slots once every page
 * of the site is known. Slots are bracketed by Unicode noncharacters, which no page holds ({@link
 * SectionMarks#check} refuses them). One per page render; not thread-safe.
 */
final class LinkSlots {

  private static final NullableDataKey<LinkSlots> KEY = new NullableDataKey<>("KB_LINK_SLOTS");
  private static final char OPEN = '\uFDD3';
  private static final char CLOSE = '\uFDD4';

  private final LineMap lines;
  private final List<PageLink> links = new ArrayList<>();

  LinkSlots(LineMap lines) {
    this.lines = lines;
  }

  void attachTo(Document document) {
    document.set(KEY, this);
  }

  /** The slots attached to a page's document; null when none were. */
  static LinkSlots of(Document document) {
    return KEY.get(document);
  }

  /** A slot for a link written outside Markdown (in an HTML table) at an offset of the page. */
  String slot(String written, int offset) {
    links.add(new PageLink(PageLink.Kind.LINK, written, lines.at(offset)));
    return OPEN + Integer.toString(links.size() - 1) + CLOSE;
  }

  List<PageLink> links() {
    return List.copyOf(links);
  }

  private ResolvedLink slot(Node node, ResolvedLink link) {
    PageLink.Kind kind =
        node instanceof MailLink
            ? PageLink.Kind.MAIL
            : link.getLinkType() == LinkType.IMAGE ? PageLink.Kind.IMAGE : PageLink.Kind.LINK;
    String written = kind == PageLink.Kind.MAIL ? "mailto:" + link.getUrl() : link.getUrl();
    links.add(new PageLink(kind, written, lines.at(node.getStartOffset())));
    return link.withUrl(OPEN + Integer.toString(links.size() - 1) + CLOSE)
        .withStatus(LinkStatus.VALID);
  }

  /**
   * {@code html} with each slot replaced by its URL, escaped for an attribute as flexmark escapes
   * the URLs it writes.
   */
  static String fill(String html, List<String> urls) {
    int open = html.indexOf(OPEN);
    if (open < 0) {
      return html;
    }
    StringBuilder out = new StringBuilder(html.length() + 32 * urls.size());
    int from = 0;
    for (; open >= 0; open = html.indexOf(OPEN, from)) {
      int close = html.indexOf(CLOSE, open);
      out.append(html, from, open);
      out.append(Escaping.escapeHtml(urls.get(Integer.parseInt(html, open + 1, close, 10)), true));
      from = close + 1;
    }
    return out.append(html, from, html.length()).toString();
  }

  /** Registered once with the HTML renderer; finds the page's {@link LinkSlots} per document. */
  static final class ResolverFactory extends IndependentLinkResolverFactory {
    @Override
    public LinkResolver apply(LinkResolverBasicContext context) {
      return (node, ignored, link) -> {
        LinkSlots slots = KEY.get(context.getDocument());
        return slots == null ? link : slots.slot(node, link);
      };
    }
  }
}
