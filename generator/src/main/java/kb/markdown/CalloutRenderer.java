package kb.markdown;

import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKey;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Renders {@code !!! tip "Tips"} blocks as a plain {@code <aside class="callout">}, styled by the
 * site's CSS, instead of flexmark's default that needs its own SVG sprite and script; {@code ???
 * tip "Title"} (closed) and {@code ???+ tip "Title"} (open) as a {@code <details>} of the same
 * style, its title the {@code <summary>}.
 */
final class CalloutRenderer implements NodeRenderer {

  /** Compiled once: String.replaceAll compiles its pattern at every callout. */
  private static final Pattern NOT_IN_CLASS_NAME = Pattern.compile("[^a-z0-9-]");

  /** The title of a callout without one, by kind, in the page's language. */
  static final DataKey<Map<String, String>> TITLES =
      new DataKey<>(
          "KB_CALLOUT_TITLES",
          Map.of("tip", "Tips", "note", "Note", "warning", "Warning", "danger", "Danger"));

  private final Map<String, String> titles;

  private CalloutRenderer(Map<String, String> titles) {
    this.titles = titles;
  }

  @Override
  public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
    return Set.of(new NodeRenderingHandler<>(AdmonitionBlock.class, this::render));
  }

  private void render(AdmonitionBlock node, NodeRendererContext context, HtmlWriter html) {
    String kind = node.getInfo().toString().toLowerCase(Locale.ROOT);
    String title = node.getTitle().isNull() ? "" : node.getTitle().toString();
    if (title.isEmpty()) {
      title =
          titles.getOrDefault(
              kind, kind.isEmpty() ? titles.getOrDefault("note", "Note") : capitalize(kind));
    }
    String safeKind = NOT_IN_CLASS_NAME.matcher(kind).replaceAll("");
    String marker = node.getOpeningMarker().toString();
    if (marker.startsWith("???")) {
      // Collapsible: the browser's own disclosure, which needs no script and reads everywhere.
      html.line()
          .raw("<details class=\"callout callout-" + safeKind + "\"")
          .raw(marker.endsWith("+") ? " open>" : ">")
          .raw("<summary class=\"callout-title\">")
          .text(title)
          .raw("</summary>")
          .line();
      context.renderChildren(node);
      html.raw("</details>").line();
      return;
    }
    html.line()
        .raw("<aside class=\"callout callout-" + safeKind + "\" role=\"note\">")
        .raw("<p class=\"callout-title\">")
        .text(title)
        .raw("</p>")
        .line();
    context.renderChildren(node);
    html.raw("</aside>").line();
  }

  private static String capitalize(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  static final class Factory implements NodeRendererFactory {
    @Override
    public NodeRenderer apply(DataHolder options) {
      return new CalloutRenderer(TITLES.get(options));
    }
  }
}
