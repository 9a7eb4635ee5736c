package kb.markdown;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kb.brand.BrandedPage;
import kb.link.PageAnchors;

/**
 * A page's anchors read from its lines, without parsing: the front matter's anchor and the id mark
 * of every ATX heading ({@code ## Question? {#3127}}) outside fenced code. That is every anchor of
 * the pages kb's authors write. Where the scan and the parse disagree, {@link
 * MarkdownRenderer#parseAndRender} notices and the build parses every page before rendering any: a
 * heading the scan cannot see (in a quote or a list, setext, or closed by {@code #}s), or a line
 * the scan takes for a heading that the parse does not (inside an HTML block). Knowing every page's
 * anchors before any page is parsed lets each page be rendered as soon as it is parsed, while its
 * syntax tree is still young.
 */
public final class AnchorScan {

  /** An ATX heading: up to three spaces, one to six {@code #}, then a space, a tab or nothing. */
  private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}(?:[ \\t].*)?$");

  /** The opening of a fenced code block: its indent, and its run of backticks or tildes. */
  private static final Pattern FENCE = Pattern.compile("^( {0,3})(`{3,}|~{3,})(.*)$");

  private AnchorScan() {}

  /** The anchors of the page as the parse will find them, unless it holds a heading unseen. */
  public static PageAnchors of(BrandedPage page) {
    Set<String> ids = new HashSet<>();
    String anchor = page.source().frontMatter().anchor();
    if (!anchor.isEmpty()) {
      ids.add(anchor);
    }
    String fence = null;
    String markdown = page.markdown();
    for (int start = 0; start <= markdown.length(); ) {
      int end = markdown.indexOf('\n', start);
      if (end < 0) {
        end = markdown.length();
      }
      // Only a line opening with a fence or heading character, after at most three spaces, can
      // matter: the others, nearly all, are passed over without being copied out or matched.
      char first = firstAfterIndent(markdown, start, end);
      int lineStart = start;
      start = end + 1;
      if (fence != null) {
        if (first == fence.charAt(0) && closes(markdown.substring(lineStart, end), fence)) {
          fence = null;
        }
        continue;
      }
      if (first != '`' && first != '~' && first != '#') {
        continue;
      }
      String line = markdown.substring(lineStart, end);
      Matcher opening = FENCE.matcher(line);
      if (opening.matches()
          && !(opening.group(2).charAt(0) == '`' && opening.group(3).indexOf('`') >= 0)) {
        fence = opening.group(2);
      } else if (HEADING.matcher(line).matches()) {
        Matcher mark = HeadingIds.MARK.matcher(line);
        if (mark.find()) {
          ids.add(mark.group(1));
        }
      }
    }
    return new PageAnchors(
        page.source().path(),
        page.source().outputPath(),
        page.source().frontMatter().docPath(),
        ids);
  }

  /**
   * The line's first character after at most three spaces; a space when it is indented further, 0
   * when it ends first.
   */
  private static char firstAfterIndent(String text, int start, int end) {
    for (int i = start; i < end && i <= start + 3; i++) {
      char c = text.charAt(i);
      if (c != ' ' || i == start + 3) {
        return c;
      }
    }
    return 0;
  }

  /**
   * Whether the line closes a fence opened by {@code fence}: as long a run of its character, then
   * only spaces and tabs (CommonMark's rule: other white space, such as a form feed, keeps the
   * fence open).
   */
  private static boolean closes(String line, String fence) {
    int indent = 0;
    while (indent < line.length() && line.charAt(indent) == ' ') {
      indent++;
    }
    int end = line.length();
    while (end > indent && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t')) {
      end--;
    }
    if (indent > 3 || end - indent < fence.length()) {
      return false;
    }
    for (int i = indent; i < end; i++) {
      if (line.charAt(i) != fence.charAt(0)) {
        return false;
      }
    }
    return true;
  }
}
