package kb.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts a page's HTML into questions. flexmark renders links and images only when it renders a whole
 * document, so the page is rendered once, with each question heading written as control characters
 * around its id and inline HTML; {@link #split} then cuts the HTML at those marks. The marks cannot
 * clash with content: CommonMark turns U+0000 into U+FFFD and the other control characters used
 * here never survive in rendered text.
 */
final class SectionMarks {

  private static final char START = '\u0001';
  private static final char TITLE = '\u0002';
  private static final char END = '\u0003';

  /** A page's HTML, cut: what precedes the first question, then each question. */
  record Cut(String intro, List<Piece> questions) {}

  /** One question's id, inline title HTML and answer HTML. */
  record Piece(String anchor, String titleHtml, String answerHtml) {}

  private SectionMarks() {}

  static Cut split(String html) {
    int first = html.indexOf(START);
    if (first < 0) {
      return new Cut(html, List.of());
    }
    List<Piece> pieces = new ArrayList<>();
    int at = first;
    while (at >= 0) {
      int title = html.indexOf(TITLE, at);
      int end = html.indexOf(END, title);
      int next = html.indexOf(START, end);
      String answer = html.substring(end + 1, next < 0 ? html.length() : next);
      pieces.add(new Piece(html.substring(at + 1, title), html.substring(title + 1, end), answer));
      at = next;
    }
    return new Cut(html.substring(0, first), pieces);
  }

  /** Writes question headings as marks; every other heading renders as usual. */
  static final class Renderer implements NodeRenderer {
    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
      return Set.of(new NodeRenderingHandler<>(Heading.class, Renderer::render));
    }

    private static void render(Heading heading, NodeRendererContext context, HtmlWriter html) {
      String id = HeadingIds.idOf(heading);
      boolean question = heading.getLevel() == 2 && heading.getParent() == heading.getDocument();
      if (!question || id == null) {
        context.delegateRender();
        return;
      }
      html.raw(START + id + TITLE);
      context.renderChildren(heading);
      html.raw(String.valueOf(END));
    }
  }

  static final class Factory implements NodeRendererFactory {
    @Override
    public NodeRenderer apply(DataHolder options) {
      return new Renderer();
    }
  }
}
