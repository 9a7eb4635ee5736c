package kb.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.CoreNodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Renders fenced code as flexmark does ({@code <pre><code class="language-x">}), with the code's
 * tokens highlighted by {@link SyntaxHighlighter} at build time and the block focusable.
 */
final class CodeBlockRenderer implements NodeRenderer {

  /**
   * Compiled once: String.replaceAll compiles its pattern at every code block. "#" stays for {@code
   * c#}.
   */
  private static final Pattern NOT_IN_LANGUAGE = Pattern.compile("[^a-z0-9_+#-]");

  @Override
  public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
    return Set.of(new NodeRenderingHandler<>(FencedCodeBlock.class, CodeBlockRenderer::render));
  }

  private static void render(FencedCodeBlock node, NodeRendererContext context, HtmlWriter html) {
    String language = language(node);
    String code = node.getContentChars().normalizeEOL();
    html.line();
    // Long lines scroll sideways; tabindex lets keyboard users focus the block and scroll it.
    html.attr("tabindex", "0").withAttr().tag("pre").openPre();
    if (!language.isEmpty()) {
      html.attr("class", "language-" + language);
    }
    html.withAttr(CoreNodeRenderer.CODE_CONTENT).tag("code");
    html.raw(SyntaxHighlighter.toHtml(code, language));
    html.tag("/code");
    html.tag("/pre").closePre();
    html.line();
  }

  /** The first word of the fence's info string, lower-cased; empty when there is none. */
  private static String language(FencedCodeBlock node) {
    String info = node.getInfo().toString().strip();
    int space = info.indexOf(' ');
    String first = space < 0 ? info : info.substring(0, space);
    return NOT_IN_LANGUAGE.matcher(first.toLowerCase(Locale.ROOT)).replaceAll("");
  }

  static final class Factory implements NodeRendererFactory {
    @Override
    public NodeRenderer apply(DataHolder options) {
      return new CodeBlockRenderer();
    }
  }
}
