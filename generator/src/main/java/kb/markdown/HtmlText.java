package kb.markdown;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The plain text of HTML that flexmark and kb's renderers wrote, as a reader sees it: tags removed,
 * a space where a block ends, entities decoded, whitespace collapsed. The same text Jsoup's {@code
 * text()} gives for such HTML, without building a DOM for each of a site's questions. Only for HTML
 * kb generates (well-formed, attributes in double quotes). The other way, {@link #escape} writes
 * text as HTML, as every kb renderer does.
 */
public final class HtmlText {

  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "ul",
          "ol",
          "pre",
          "blockquote",
          "table",
          "thead",
          "tbody",
          "tr",
          "td",
          "th",
          "aside",
          "br",
          "hr",
          "section",
          "dl",
          "dt",
          "dd",
          "figure",
          "figcaption",
          "details",
          "summary",
          "caption");

  private static final int LONGEST_BLOCK = 10;

  private static final Map<String, String> ENTITIES =
      Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", "\u00a0");

  private HtmlText() {}

  /** The visible text of an HTML fragment, whitespace collapsed to single spaces and trimmed. */
  public static String of(String html) {
    // One pass over an array: tags dropped, references decoded and whitespace collapsed as they
    // come, since this runs over every question of a site. Plain characters, nearly all, are
    // copied in the loop itself: a call for each character was most of the time.
    char[] in = html.toCharArray();
    char[] out = new char[in.length];
    int length = 0;
    boolean space = false; // a space is owed before the next visible character
    int i = 0;
    while (i < in.length) {
      char c = in[i];
      // Visible: anything but a tag, a reference or whitespace. Control characters count, as in
      // Jsoup's text(), which keeps them but at the ends.
      if ((c > ' ' || !isSpace(c)) && c != '<' && c != '&' && c != NO_BREAK_SPACE) {
        if (space) {
          out[length++] = ' ';
          space = false;
        }
        out[length++] = c;
        i++;
      } else if (c == '<') {
        int end = html.indexOf('>', i);
        if (end < 0) {
          break;
        }
        space |= length > 0 && isBlock(html, i + 1, end);
        i = end + 1;
      } else if (c == '&') {
        int semi = html.indexOf(';', i);
        String decoded = semi < 0 || semi - i > 10 ? null : reference(html.substring(i + 1, semi));
        if (decoded == null) {
          decoded = "&";
          semi = i;
        }
        for (int k = 0; k < decoded.length(); k++) {
          char d = decoded.charAt(k);
          if (isSpace(d)) {
            space = length > 0;
          } else {
            if (space) {
              out[length++] = ' ';
              space = false;
            }
            out[length++] = d;
          }
        }
        i = semi + 1;
      } else {
        space = length > 0; // whitespace
        i++;
      }
    }
    // Jsoup ends text() with String.trim(), which also drops control characters at either end.
    return new String(out, 0, length).trim();
  }

  private static final char NO_BREAK_SPACE = '\u00a0';

  /** Whitespace as Jsoup collapses it, no-break space included. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == NO_BREAK_SPACE;
  }

  /**
   * Text as HTML: {@code & < > "} as entities, what flexmark's {@code Escaping.escapeHtml(text,
   * false)} gives. Text without them is returned as it is.
   */
  static String escape(String text) {
    StringBuilder out = null;
    int plain = 0;
    for (int i = 0; i < text.length(); i++) {
      String entity =
          switch (text.charAt(i)) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            default -> null;
          };
      if (entity != null) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16);
        }
        out.append(text, plain, i).append(entity);
        plain = i + 1;
      }
    }
    return out == null ? text : out.append(text, plain, text.length()).toString();
  }

  /** Decodes character references: the named ones kb's HTML uses, and numeric ones. */
  public static String decode(String html) {
    int amp = html.indexOf('&');
    if (amp < 0) {
      return html;
    }
    StringBuilder out = new StringBuilder(html.length());
    int i = 0;
    while (amp >= 0) {
      out.append(html, i, amp);
      int semi = html.indexOf(';', amp);
      String decoded =
          semi < 0 || semi - amp > 10 ? null : reference(html.substring(amp + 1, semi));
      if (decoded == null) {
        out.append('&');
        i = amp + 1;
      } else {
        out.append(decoded);
        i = semi + 1;
      }
      amp = html.indexOf('&', i);
    }
    return out.append(html, i, html.length()).toString();
  }

  private static String reference(String name) {
    if (name.startsWith("#x") || name.startsWith("#X")) {
      return codePoint(name.substring(2), 16);
    }
    if (name.startsWith("#")) {
      return codePoint(name.substring(1), 10);
    }
    return ENTITIES.get(name);
  }

  private static String codePoint(String digits, int radix) {
    try {
      int value = Integer.parseInt(digits, radix);
      return Character.isValidCodePoint(value) ? Character.toString(value) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * Whether the tag between {@code <} and {@code >} ends a block. Most tags in a page are inline
   * (the spans of highlighted code), so they are ruled out by length before any name is made.
   */
  private static boolean isBlock(String html, int start, int end) {
    int from = start < end && html.charAt(start) == '/' ? start + 1 : start;
    int to = from;
    boolean lower = true;
    while (to < end && Character.isLetterOrDigit(html.charAt(to))) {
      lower &= !Character.isUpperCase(html.charAt(to));
      to++;
    }
    int length = to - from;
    if (length == 0 || length > LONGEST_BLOCK || (length == 4 && html.startsWith("span", from))) {
      return false;
    }
    String name = html.substring(from, to);
    return BLOCKS.contains(lower ? name : name.toLowerCase(Locale.ROOT));
  }
}
