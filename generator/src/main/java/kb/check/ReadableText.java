package kb.check;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * What a reader can read in HTML or SVG, as one text for the leak lint: the text with tags removed
 * and character references decoded, where inline elements (the spans of highlighted code, an SVG
 * {@code tspan}) join their text as the reader sees it and other elements part it; then every
 * attribute value but class names (link targets, image paths, alt texts, titles, styles), comment
 * and script, each on a line of its own, so none joins the text around it. Any markup is read, kb's
 * or not: quotes of either kind or none, references by any HTML name or number.
 */
final class ReadableText {

  /** Elements whose text runs on with the text around them, in HTML and in SVG. */
  static final Set<String> INLINE =
      Set.of(
          "a",
          "abbr",
          "b",
          "bdi",
          "bdo",
          "big",
          "cite",
          "code",
          "data",
          "del",
          "dfn",
          "em",
          "font",
          "i",
          "ins",
          "kbd",
          "label",
          "mark",
          "nobr",
          "q",
          "s",
          "samp",
          "small",
          "span",
          "strike",
          "strong",
          "sub",
          "sup",
          "time",
          "tt",
          "u",
          "var",
          "wbr",
          "tspan",
          "textpath");

  /** Elements whose content is text up to their end tag, never markup. */
  private static final Set<String> RAW = Set.of("script", "style");

  private final String markup;
  private final char[] in;

  /** The text read so far; then the attribute values, comments and scripts follow it. */
  private char[] text;

  private int length;
  private final StringBuilder values = new StringBuilder();

  private ReadableText(String markup) {
    this.markup = markup;
    this.in = markup.toCharArray();
    this.text = new char[in.length + 16];
  }

  /** The readable text of {@code markup}, then its attribute values, comments and scripts. */
  static String of(String markup) {
    if (markup.indexOf('<') < 0 && markup.indexOf('&') < 0) {
      return markup;
    }
    return new ReadableText(markup).read();
  }

  private String read() {
    // One loop over arrays, plain characters copied in the loop itself: this reads every page of
    // a site, and most of a page is text and the spans of highlighted code.
    int i = 0;
    int runStart = 0; // text not yet copied starts here; references are decoded on the copy
    boolean references = false;
    while (i < in.length) {
      char c = in[i];
      if (c == '&') {
        references = true;
        i++;
      } else if (c != '<' || !startsMarkup(i)) {
        i++; // text, a '<' that starts no markup included
      } else {
        copy(runStart, i, references);
        references = false;
        i = runStart = markupAt(i);
      }
    }
    copy(runStart, in.length, references);
    return new StringBuilder(length + 1 + values.length())
        .append(text, 0, length)
        .append('\n')
        .append(values)
        .toString();
  }

  /** Whether the {@code <} at {@code at} starts a tag, comment or declaration. */
  private boolean startsMarkup(int at) {
    if (at + 1 >= in.length) {
      return false;
    }
    char next = in[at + 1];
    return Character.isLetter(next)
        || next == '!'
        || next == '?'
        || (next == '/' && at + 2 < in.length && Character.isLetter(in[at + 2]));
  }

  /** Reads the markup starting at {@code <}; returns where the text after it starts. */
  private int markupAt(int open) {
    char second = in[open + 1];
    if (second == '!' && markup.startsWith("<!--", open)) {
      return aside(open + 4, "-->");
    }
    if (second == '!' && markup.startsWith("<![CDATA[", open)) {
      int end = end(markup.indexOf("]]>", open));
      add(open + 9, end); // SVG text written as CDATA shows as it is
      return Math.min(in.length, end + 3);
    }
    if (second == '!' || second == '?') {
      return aside(open + 2, ">"); // a doctype or an XML declaration
    }
    boolean closing = second == '/';
    int nameStart = closing ? open + 2 : open + 1;
    int nameEnd = nameStart;
    while (nameEnd < in.length && isNameChar(in[nameEnd])) {
      nameEnd++;
    }
    String name = name(nameStart, nameEnd);
    int close = closing ? end(markup.indexOf('>', nameEnd)) : attributes(nameEnd);
    if (!INLINE.contains(name)) {
      add('\n');
    }
    int after = Math.min(in.length, close + 1);
    if (!closing && RAW.contains(name)) {
      int end = endTag(name, after);
      values.append(in, after, end - after).append('\n');
      return end;
    }
    return after;
  }

  /** A tag's name, lower-cased; the commonest without a new string. */
  private String name(int start, int end) {
    int length = end - start;
    if (length == 4 && markup.regionMatches(true, start, "span", 0, 4)) {
      return "span";
    }
    if (length == 1 && (in[start] == 'a' || in[start] == 'p')) {
      return in[start] == 'a' ? "a" : "p";
    }
    return markup.substring(start, end).toLowerCase(Locale.ROOT);
  }

  /** A comment or declaration's content, from {@code start}, read apart from the text. */
  private int aside(int start, String terminator) {
    int end = end(markup.indexOf(terminator, start));
    values.append(in, Math.min(start, end), Math.max(0, end - start)).append('\n');
    return Math.min(in.length, end + terminator.length());
  }

  /** Reads a start tag's attributes from after its name; returns where its {@code >} is. */
  private int attributes(int from) {
    int i = from;
    while (i < in.length) {
      char c = in[i];
      if (c == '>') {
        return i;
      }
      if (c <= ' ' || c == '/') {
        i++;
        continue;
      }
      int name = i;
      while (i < in.length && !isAttributeNameEnd(in[i])) {
        i++;
      }
      // Class names are never shown, and highlighted code has one on every span.
      boolean shown = !(i - name == 5 && markup.regionMatches(true, name, "class", 0, 5));
      i = skipSpace(i);
      if (i < in.length && in[i] == '=') {
        i = value(skipSpace(i + 1), shown);
      }
    }
    return i;
  }

  /**
   * Reads an attribute value starting at {@code from}, keeping it unless told not to; returns where
   * it ends.
   */
  private int value(int from, boolean keep) {
    if (from >= in.length) {
      return from;
    }
    char quote = in[from];
    int start = from;
    int end;
    if (quote == '"' || quote == '\'') {
      start++;
      end = start;
      while (end < in.length && in[end] != quote) {
        end++;
      }
    } else {
      end = start;
      while (end < in.length && in[end] > ' ' && in[end] != '>') {
        end++;
      }
    }
    if (keep) {
      String value = markup.substring(start, end);
      values.append(value.indexOf('&') < 0 ? value : Parser.unescapeEntities(value, true));
      values.append('\n');
    }
    return start == from ? end : Math.min(in.length, end + 1);
  }

  /** Copies text from {@code start} to {@code end}, decoding references if it holds any. */
  private void copy(int start, int end, boolean references) {
    if (start >= end) {
      return;
    }
    if (references) {
      String decoded = Parser.unescapeEntities(markup.substring(start, end), false);
      for (int i = 0; i < decoded.length(); i++) {
        add(decoded.charAt(i));
      }
    } else {
      add(start, end);
    }
  }

  private void add(int start, int end) {
    if (end <= start) {
      return;
    }
    ensure(end - start);
    System.arraycopy(in, start, text, length, end - start);
    length += end - start;
  }

  private void add(char c) {
    ensure(1);
    text[length++] = c;
  }

  private void ensure(int more) {
    if (length + more > text.length) {
      text = Arrays.copyOf(text, Math.max(text.length * 2, length + more));
    }
  }

  /** Where the first end tag of element {@code name} at or after {@code from} is, or the end. */
  private int endTag(String name, int from) {
    for (int at = markup.indexOf("</", from); at >= 0; at = markup.indexOf("</", at + 2)) {
      if (markup.regionMatches(true, at + 2, name, 0, name.length())) {
        return at;
      }
    }
    return in.length;
  }

  private int skipSpace(int from) {
    int i = from;
    while (i < in.length && in[i] <= ' ') {
      i++;
    }
    return i;
  }

  private static boolean isNameChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == ':'
        || c == '_'
        || (c > 127 && Character.isLetterOrDigit(c));
  }

  private static boolean isAttributeNameEnd(char c) {
    return c <= ' ' || c == '=' || c == '>' || c == '/';
  }

  /** {@code found}, or the end of the markup when it is -1 (not found). */
  private int end(int found) {
    return found < 0 ? in.length : found;
  }
}
