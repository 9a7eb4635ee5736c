package kb.markdown;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.NullableDataKey;
import java.util.ArrayList;
import java.util.List;

/**
 * HTML that kb's renderers keep out of flexmark's writer: the writer gets a short marker, and the
 * HTML goes back in its place once the page is rendered. flexmark's writer handles every character
 * it is given in a call of its own (6% of a 10,000-page build), to track lines and trim leading
 * spaces; most of a page is text and code, which it passes on unchanged. Only HTML it would pass on
 * unchanged is held: text without a line end, past the spaces and tabs that start it, and anything
 * inside {@code <pre>}, where it trims nothing and keeps every blank line. One per rendering of a
 * page.
 */
final class HtmlSlots {

  private static final NullableDataKey<HtmlSlots> KEY = new NullableDataKey<>("KB_HTML_SLOTS");

  /** Brackets a held piece's number; no page that gets slots has it (see {@link #attach}). */
  private static final char MARK = '\0';

  private final List<String> held = new ArrayList<>();

  private HtmlSlots() {}

  /**
   * Slots for the next rendering of {@code document}, or null, and nothing held, when its Markdown
   * has the marker character.
   */
  static HtmlSlots attach(Document document, String markdown) {
    HtmlSlots slots = markdown.indexOf(MARK) < 0 ? new HtmlSlots() : null;
    document.set(KEY, slots);
    return slots;
  }

  /**
   * Writes inline HTML: held when the writer would pass it on unchanged, else written. Spaces and
   * tabs that start it go to the writer, which drops the spaces among them at the start of a line;
   * the rest is held. Text after inline code, a link or emphasis starts with a space, and is most
   * of a page's text nodes.
   */
  static void text(NodeRendererContext context, HtmlWriter html, String text) {
    HtmlSlots slots = KEY.get(context.getDocument());
    int blank = leadingBlank(text);
    if (slots == null || blank == text.length() || text.indexOf('\n') >= 0) {
      html.raw(text);
      return;
    }
    if (blank > 0) {
      html.raw(text.substring(0, blank));
    }
    html.raw(slots.hold(blank == 0 ? text : text.substring(blank)));
  }

  /** Writes HTML inside {@code <pre>}, held whenever the document has slots. */
  static void preformatted(NodeRendererContext context, HtmlWriter html, String text) {
    HtmlSlots slots = KEY.get(context.getDocument());
    html.raw(slots == null || text.isEmpty() ? text : slots.hold(text));
  }

  /**
   * Outside {@code <pre>} the writer drops the spaces that start a line, also those after a tab
   * there, so held text may start with neither, nor have a line end (text nodes have none: line
   * breaks are nodes of their own). Past them, the writer passes text on unchanged.
   */
  private static int leadingBlank(String text) {
    int blank = 0;
    while (blank < text.length() && (text.charAt(blank) == ' ' || text.charAt(blank) == '\t')) {
      blank++;
    }
    return blank;
  }

  private String hold(String html) {
    held.add(html);
    return MARK + Integer.toString(held.size() - 1) + MARK;
  }

  /**
   * The rendered page with every held piece in its marker's place.
   *
   * @throws IllegalStateException when the markers do not match what was held, which would be a bug
   */
  String fill(String rendered) {
    if (held.isEmpty()) {
      return rendered;
    }
    StringBuilder out = new StringBuilder(rendered.length() + held.size() * 64);
    int from = 0;
    int next = 0;
    for (int mark = rendered.indexOf(MARK); mark >= 0; mark = rendered.indexOf(MARK, from)) {
      int end = rendered.indexOf(MARK, mark + 1);
      if (end < 0 || !rendered.substring(mark + 1, end).equals(Integer.toString(next))) {
        throw new IllegalStateException("HTML slot " + next + " is missing or out of order");
      }
      out.append(rendered, from, mark).append(held.get(next++));
      from = end + 1;
    }
    if (next != held.size()) {
      throw new IllegalStateException(held.size() - next + " HTML slots were not written");
    }
    return out.append(rendered, from, rendered.length()).toString();
  }
}
