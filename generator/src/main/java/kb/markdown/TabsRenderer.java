package kb.markdown;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Renders consecutive {@link TabBlock}s as one tab group, in the WAI-ARIA tabs pattern: a tab list
 * of buttons, then each tab's panel, the first selected. Every panel is in the HTML, captioned with
 * its label, so that without the site's script (which hides the other panels and the captions)
 * every tab reads in order. Ids come from the group's number on the page ({@code tabs-2-1} is the
 * second group's first panel), so a build writes the same ones each time; each tab and panel also
 * carries its label's key ({@code data-tab="csharp"}), by which the script selects the same
 * language in every group.
 */
final class TabsRenderer implements NodeRenderer {

  /** The name of every tab list, in the page's language. */
  static final DataKey<String> TAB_LIST_LABEL = new DataKey<>("KB_TAB_LIST_LABEL", "Code language");

  private final String tabListLabel;

  /** The groups rendered so far in this document: one renderer renders one document. */
  private int groups;

  private TabsRenderer(String tabListLabel) {
    this.tabListLabel = tabListLabel;
  }

  @Override
  public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
    return Set.of(new NodeRenderingHandler<>(TabBlock.class, this::render));
  }

  private void render(TabBlock first, NodeRendererContext context, HtmlWriter html) {
    if (first.getPrevious() instanceof TabBlock) {
      return; // rendered with the first tab of its group
    }
    List<TabBlock> tabs = new ArrayList<>();
    for (Node node = first; node instanceof TabBlock tab; node = node.getNext()) {
      tabs.add(tab);
    }
    String group = "tabs-" + ++groups;
    html.line().attr("class", "tabs").attr("id", group).withAttr().tag("div").line();
    html.raw(String.valueOf(TabMarks.SKIP));
    html.attr("class", "tabs-list")
        .attr("role", "tablist")
        .attr("aria-label", tabListLabel)
        .withAttr()
        .tag("div")
        .line();
    for (int i = 0; i < tabs.size(); i++) {
      TabBlock tab = tabs.get(i);
      String panel = group + "-" + (i + 1);
      html.attr("type", "button")
          .attr("role", "tab")
          .attr("id", panel + "-tab")
          .attr("aria-controls", panel)
          .attr("aria-selected", i == 0 ? "true" : "false")
          .attr("tabindex", i == 0 ? "0" : "-1")
          .attr("data-tab", tab.key())
          .withAttr()
          .tag("button")
          .text(tab.label())
          .tag("/button")
          .line();
    }
    html.tag("/div").raw(String.valueOf(TabMarks.SKIP_END)).line();
    for (int i = 0; i < tabs.size(); i++) {
      TabBlock tab = tabs.get(i);
      String panel = group + "-" + (i + 1);
      html.attr("class", "tabs-panel")
          .attr("role", "tabpanel")
          .attr("id", panel)
          .attr("aria-labelledby", panel + "-tab")
          .attr("tabindex", "0")
          .attr("data-tab", tab.key())
          .withAttr()
          .tag("div")
          .line();
      // Search reads the panel as a result of its own, named with the label (see TabMarks).
      html.attr("class", "tabs-caption").withAttr().tag("p").text(tab.label()).tag("/p");
      html.raw(TabMarks.PANEL + panel + TabMarks.LABEL + tab.label() + TabMarks.LABEL_END).line();
      context.renderChildren(tab);
      html.raw(String.valueOf(TabMarks.PANEL_END)).tag("/div").line();
    }
    html.tag("/div").line();
  }

  static final class Factory implements NodeRendererFactory {
    @Override
    public NodeRenderer apply(DataHolder options) {
      return new TabsRenderer(TAB_LIST_LABEL.get(options));
    }
  }
}
