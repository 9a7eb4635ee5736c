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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kb.brand.BrandedPage;
import kb.diagnostic.Diagnostic;
import kb.diagnostic.Diagnostics;

/**
 * Cuts a page's HTML into questions. flexmark renders links and images only when it renders a whole
 * document, so the page is rendered once, with each question heading written as marks around its id
 * and inline HTML; {@link #split} then cuts the HTML at those marks. The marks are Unicode
 * noncharacters, which Unicode keeps for a program's own use: no text holds them, and {@link
 * #check} refuses a page that does, written or as a character reference. (Control characters, the
 * marks once, do come in pasted text, and a U+0001 in an answer ended the build with exit 3.)
 */
final class SectionMarks {

  private static final char START = '\uFDD0';
  private static final char TITLE = '\uFDD1';
  private static final char END = '\uFDD2';

  /**
   * Before a {@code ###} subsection's heading: {@code SUB id SUB_END <h3 …>} (LinkSlots has
   * FDD3-4).
   */
  private static final char SUB = '\uFDD5';

  private static final char SUB_END = '\uFDD6';

  /** The noncharacters of the block the marks are taken from. */
  private static final char FIRST_NONCHARACTER = '\uFDD0';

  private static final char LAST_NONCHARACTER = '\uFDEF';

  /** A numeric character reference, decimal or hexadecimal. */
  private static final Pattern REFERENCE =
      Pattern.compile("&#(?:[xX]0{0,8}([0-9a-fA-F]{1,6})|0{0,8}([0-9]{1,7}));");

  /** A page's HTML, cut: what precedes the first question, then each question. */
  record Cut(String intro, List<Piece> questions) {}

  /** One question's id, inline title HTML and answer HTML. */
  record Piece(String anchor, String titleHtml, String answerHtml) {}

  /**
   * An answer cut at its subsections: the answer without marks, what precedes the first subsection,
   * then each subsection.
   */
  record SubCut(String answerHtml, String leadHtml, List<SubPiece> subsections) {}

  /** One subsection's id, its heading's inline HTML and the HTML after its heading. */
  record SubPiece(String anchor, String titleHtml, String bodyHtml) {}

  private SectionMarks() {}

  /**
   * Reports the first noncharacter of the marks' block in the page's Markdown, written or as a
   * character reference, at its source line.
   *
   * @return whether the page has none, and can be cut at its marks once rendered
   */
  static boolean check(BrandedPage page, Diagnostics problems) {
    String markdown = page.markdown();
    int at = -1;
    int code = 0;
    for (int i = 0; i < markdown.length() && at < 0; i++) {
      if (isNoncharacter(markdown.charAt(i))) {
        at = i;
        code = markdown.charAt(i);
      }
    }
    if (markdown.contains("&#")) {
      Matcher reference = REFERENCE.matcher(markdown);
      while (reference.find() && (at < 0 || reference.start() < at)) {
        boolean hex = reference.group(1) != null;
        int value = Integer.parseInt(hex ? reference.group(1) : reference.group(2), hex ? 16 : 10);
        if (value <= Character.MAX_VALUE && isNoncharacter((char) value)) {
          at = reference.start();
          code = value;
        }
      }
    }
    if (at < 0) {
      return true;
    }
    problems.add(
        Diagnostic.input(page.lines().at(at), "noncharacter U+%04X is not text".formatted(code))
            .withHint("delete it: Unicode keeps it for programs' own use, and kb uses it"));
    return false;
  }

  private static boolean isNoncharacter(char c) {
    return c >= FIRST_NONCHARACTER && c <= LAST_NONCHARACTER;
  }

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

  /** The HTML without the subsection marks {@link #cutSubsections} reads. */
  static String withoutSubsectionMarks(String html) {
    return html.indexOf(SUB) < 0 ? html : cutSubsections(html).answerHtml();
  }

  /** Cuts an answer's HTML at the subsection marks its {@code ###} headings were written with. */
  static SubCut cutSubsections(String html) {
    int first = html.indexOf(SUB);
    if (first < 0) {
      return new SubCut(html, html, List.of());
    }
    StringBuilder clean = new StringBuilder(html.length());
    List<String> anchors = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    int from = 0;
    for (int at = first; at >= 0; at = html.indexOf(SUB, from)) {
      clean.append(html, from, at);
      int end = html.indexOf(SUB_END, at);
      anchors.add(html.substring(at + 1, end));
      starts.add(clean.length());
      from = end + 1;
    }
    clean.append(html, from, html.length());
    String answer = clean.toString();
    List<SubPiece> pieces = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      int start = starts.get(i);
      int end = i + 1 < starts.size() ? starts.get(i + 1) : answer.length();
      String piece = answer.substring(start, end);
      int open = piece.indexOf('>');
      int close = piece.indexOf("</h3>");
      boolean heading = open >= 0 && close > open;
      String title = heading ? piece.substring(open + 1, close) : "";
      String body = heading ? piece.substring(close + "</h3>".length()) : piece;
      pieces.add(new SubPiece(anchors.get(i), title, body));
    }
    return new SubCut(answer, answer.substring(0, starts.get(0)), pieces);
  }

  /**
   * Writes question headings as marks and puts a mark before each subsection heading; every other
   * heading renders as usual.
   */
  static final class Renderer implements NodeRenderer {
    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
      return Set.of(new NodeRenderingHandler<>(Heading.class, Renderer::render));
    }

    private static void render(Heading heading, NodeRendererContext context, HtmlWriter html) {
      String id = HeadingIds.idOf(heading);
      boolean top = heading.getParent() == heading.getDocument();
      boolean question = heading.getLevel() == 2 && top;
      if (heading.getLevel() == 3 && top && id != null) {
        html.raw(SUB + id + SUB_END);
      }
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
