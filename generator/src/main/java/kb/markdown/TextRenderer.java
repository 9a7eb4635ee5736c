package kb.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.Set;

/**
 * Writes text nodes exactly as flexmark's core renderer does (backslash escapes and entities
 * resolved, line ends normalised, HTML escaped), but takes each step only when the text needs it:
 * flexmark copies every text node character by character and escapes it with a regular expression,
 * which was a twelfth of all rendering time.
 */
final class TextRenderer implements NodeRenderer {

  @Override
  public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
    return Set.of(new NodeRenderingHandler<>(Text.class, TextRenderer::render));
  }

  private static void render(Text node, NodeRendererContext context, HtmlWriter html) {
    HtmlSlots.text(context, html, HtmlText.escape(normalizeEol(unescape(string(node.getChars())))));
  }

  /** The characters as a String, copied at once when they are a plain slice of the page. */
  private static String string(BasedSequence chars) {
    if (chars instanceof SubSequence && chars.getBase() instanceof String page) {
      return page.substring(chars.getStartOffset(), chars.getEndOffset());
    }
    return chars.toString();
  }

  private static String unescape(String text) {
    return text.indexOf('\\') < 0 && text.indexOf('&') < 0 ? text : Escaping.unescapeString(text);
  }

  private static String normalizeEol(String text) {
    return text.indexOf('\r') < 0 ? text : Escaping.normalizeEOL(text);
  }

  static final class Factory implements NodeRendererFactory {
    @Override
    public NodeRenderer apply(DataHolder options) {
      return new TextRenderer();
    }
  }
}
