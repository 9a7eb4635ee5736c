package kb.markdown;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import kb.brand.LineMap;
import kb.diagnostic.Diagnostic;
import kb.diagnostic.Diagnostics;
import kb.diagnostic.SourceSpan;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The one kind of raw HTML kb shows as HTML: an HTML block that is a {@code <table>} of a small
 * subset ({@link #ELEMENTS}, {@code colspan}/{@code rowspan} numbers, {@code href} on links), as
 * pages migrated from HTML hold, with lists and line breaks in cells that Markdown tables cannot
 * hold. The block is parsed with jsoup and written anew from the parsed tree, never copied; each
 * {@code href} becomes a link slot like a Markdown link's, so the link stage resolves it per brand
 * and refuses {@code javascript:} at its line. A block that starts as a table but leaves the subset
 * is a problem at its line ({@link #check}); every other HTML stays text. In a Markdown table's
 * cell, {@code <br>} (that tag alone) is a line break.
 */
final class HtmlTable {

  /** The elements an HTML table may hold. */
  static final Set<String> ELEMENTS =
      Set.of(
          "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "ul", "ol", "li", "p",
          "br", "code", "pre", "strong", "em", "b", "i", "a");

  private static final Map<String, Set<String>> ATTRIBUTES =
      Map.of("th", Set.of("colspan", "rowspan"), "td", Set.of("colspan", "rowspan"));

  private static final Pattern SPAN = Pattern.compile("0*[1-9][0-9]{0,3}");
  private static final Pattern START = Pattern.compile("(?i)<table[\\s/>]");
  private static final Pattern END = Pattern.compile("(?i)</table\\s*>$");
  private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>");

  private static final String HINT =
      "an HTML table may hold only "
          + "table, thead, tbody, tfoot, tr, th, td, caption, ul, ol, li, p, br, code, pre, "
          + "strong, em, b, i and a href, with colspan and rowspan; or write a Markdown table";

  private HtmlTable() {}

  /** Why a table block is refused: the message, and its line counted from the block's first. */
  record Refusal(int line, String message) {}

  /** Whether an HTML block is meant as a table: it starts with a {@code <table>} tag. */
  static boolean isTable(CharSequence block) {
    return START.matcher(block).lookingAt();
  }

  /**
   * Every table block of a page outside the subset, as a problem at its line. Pages without the
   * word {@code <table} are passed over unread.
   */
  static void check(Document document, String markdown, LineMap lines, Diagnostics problems) {
    if (!mentionsTable(markdown)) {
      return;
    }
    for (Node node : document.getDescendants()) {
      if (node instanceof HtmlBlock block && isTable(text(block))) {
        refusal(text(block))
            .ifPresent(
                refused ->
                    problems.add(
                        Diagnostic.content(lineOf(block, refused.line(), lines), refused.message())
                            .withHint(HINT)));
      }
    }
  }

  /**
   * The block as written: flexmark's content lines lose the indentation of lines after the first
   * (which a {@code <pre>} keeps), so a block at the top level is read from the page itself; one in
   * a list or quote from its content lines, without their markers.
   */
  private static String text(HtmlBlock block) {
    return (block.getParent() instanceof Document ? block.getChars() : block.getContentChars())
        .toString();
  }

  private static boolean mentionsTable(String markdown) {
    for (int at = markdown.indexOf('<'); at >= 0; at = markdown.indexOf('<', at + 1)) {
      if (markdown.regionMatches(true, at + 1, "table", 0, 5)) {
        return true;
      }
    }
    return false;
  }

  /** The source place of a line of a block, counted from 1 at its first. */
  private static SourceSpan lineOf(HtmlBlock block, int line, LineMap lines) {
    List<BasedSequence> content = block.getContentLines();
    int index = Math.min(Math.max(0, line - 1), content.size() - 1);
    return lines.at(
        content.isEmpty() ? block.getStartOffset() : content.get(index).getStartOffset());
  }

  /** Why a block that {@link #isTable} is not shown as a table; empty when it is. */
  static Optional<Refusal> refusal(String block) {
    String html = block.strip();
    if (!END.matcher(html).find()) {
      return Optional.of(
          new Refusal(
              html.split("\n", -1).length,
              "HTML table does not end with </table>: a blank line inside it ends the block"));
    }
    org.jsoup.nodes.Document parsed = parse(html);
    if (parsed.head().childNodeSize() > 0) {
      return Optional.of(new Refusal(1, "HTML table holds what may stand only in a page's head"));
    }
    Element table = null;
    for (org.jsoup.nodes.Node node : parsed.body().childNodes()) {
      if (node instanceof Element element && element.nameIs("table") && table == null) {
        table = element;
      } else if (!(node instanceof TextNode text && text.isBlank())) {
        return Optional.of(
            new Refusal(
                lineOf(node),
                "HTML table has text or tags outside its cells, or more than one table"));
      }
    }
    if (table == null) {
      return Optional.of(new Refusal(1, "HTML table could not be read as a table"));
    }
    for (Element element : table.select("*")) {
      String name = element.normalName();
      if (!ELEMENTS.contains(name)) {
        return Optional.of(
            new Refusal(lineOf(element), "HTML table has <" + name + ">, which it may not hold"));
      }
      Set<String> allowed = ATTRIBUTES.getOrDefault(name, Set.of());
      for (Attribute attribute : element.attributes()) {
        String key = attribute.getKey().toLowerCase(Locale.ROOT);
        boolean fits =
            name.equals("a")
                ? key.equals("href")
                : allowed.contains(key) && SPAN.matcher(attribute.getValue().strip()).matches();
        if (!fits) {
          return Optional.of(
              new Refusal(
                  lineOf(element),
                  "HTML table has <" + name + " " + key + ">, an attribute it may not hold"));
        }
      }
      if (name.equals("a") && !element.hasAttr("href")) {
        return Optional.of(new Refusal(lineOf(element), "HTML table has <a> without href"));
      }
    }
    for (Element element : table.getAllElements()) {
      for (org.jsoup.nodes.Node child : element.childNodes()) {
        if (!(child instanceof Element) && !(child instanceof TextNode)) {
          return Optional.of(
              new Refusal(lineOf(element), "HTML table has a comment or other markup"));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The text with each Unicode noncharacter of the block kb cuts pages with (U+FDD0-U+FDEF)
   * replaced by U+FFFD: jsoup decodes character references {@link SectionMarks#check} does not read
   * ({@code &#xFDD3} without its semicolon), and a mark in the page would cut it.
   */
  static String withoutMarks(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\uFDD0' && c <= '\uFDEF') {
        if (out == null) {
          out = new StringBuilder(text);
        }
        out.setCharAt(i, '\uFFFD');
      }
    }
    return out == null ? text : out.toString();
  }

  /**
   * An allowed table block written anew as HTML; each link's URL is replaced by what {@code slot}
   * gives for its index in document order.
   */
  static String write(String block, LinkWriter slot) {
    Element table = parse(block.strip()).body().selectFirst("table");
    StringBuilder out = new StringBuilder(block.length() + 64);
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(org.jsoup.nodes.Node node, int depth) {
            if (node instanceof TextNode text) {
              out.append(HtmlText.escape(withoutMarks(text.getWholeText())));
            } else if (node instanceof Element element) {
              out.append('<').append(element.normalName());
              for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                String value =
                    key.equals("href")
                        ? slot.slot(withoutMarks(attribute.getValue()), lineOf(element))
                        : Integer.toString(Integer.parseInt(attribute.getValue().strip()));
                out.append(' ').append(key).append("=\"").append(value).append('"');
              }
              out.append('>');
            }
          }

          @Override
          public void tail(org.jsoup.nodes.Node node, int depth) {
            if (node instanceof Element element && !element.nameIs("br")) {
              out.append("</").append(element.normalName()).append('>');
            }
          }
        },
        table);
    return out.append('\n').toString();
  }

  /** Where a table's links go: a slot for the URL as written, at its line in the block. */
  interface LinkWriter {
    String slot(String written, int line);
  }

  private static org.jsoup.nodes.Document parse(String html) {
    return Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
  }

  private static int lineOf(org.jsoup.nodes.Node node) {
    return node != null && node.sourceRange().isTracked()
        ? node.sourceRange().start().lineNumber()
        : 1;
  }

  /**
   * Renders table blocks that {@link #refusal} lets through, and {@code <br>} in a Markdown table's
   * cell; hands every other HTML to flexmark, which escapes it.
   */
  static final class Renderer implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
      return Set.of(
          new NodeRenderingHandler<>(HtmlBlock.class, this::block),
          new NodeRenderingHandler<>(HtmlInline.class, this::inline));
    }

    private void block(HtmlBlock node, NodeRendererContext context, HtmlWriter html) {
      String text = text(node);
      if (!isTable(text) || refusal(text).isPresent()) {
        context.delegateRender();
        return;
      }
      LinkSlots slots = LinkSlots.of(context.getDocument());
      List<BasedSequence> lines = node.getContentLines();
      // As a <pre> of flexmark's: the writer keeps the indentation of every line written.
      html.line().openPre();
      html.raw(
          write(
              text,
              (written, line) -> {
                int index = Math.min(Math.max(0, line - 1), lines.size() - 1);
                int offset =
                    lines.isEmpty() ? node.getStartOffset() : lines.get(index).getStartOffset();
                return slots == null ? "" : slots.slot(written, offset);
              }));
      html.closePre();
    }

    private void inline(HtmlInline node, NodeRendererContext context, HtmlWriter html) {
      if (BREAK.matcher(node.getChars()).matches() && inTableCell(node)) {
        html.raw("<br>");
      } else {
        context.delegateRender();
      }
    }

    private static boolean inTableCell(Node node) {
      for (Node at = node.getParent(); at != null; at = at.getParent()) {
        if (at instanceof TableCell) {
          return true;
        }
      }
      return false;
    }
  }

  static final class Factory implements NodeRendererFactory {
    @Override
    public NodeRenderer apply(DataHolder options) {
      return new Renderer();
    }
  }
}
