package kb.check;

import java.util.Locale;
import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * What a reader can read in HTML or SVG, as one text for the leak lint: the text with tags removed
 * and character references decoded, where inline elements (the spans of highlighted code, an SVG
 * {@code tspan}) join their text as the reader sees it and other elements part it; then every
 * attribute value (link targets, image paths, alt texts, titles), comment and script, each on a
 * line of its own, so none joins the text around it. Any markup is read, kb's or not: quotes of
 * either kind or none, references by any HTML name or number.
 */
final class ReadableText {

  /** Elements whose text runs on with the text around them, in HTML and in SVG. */
  private static final Set<String> INLINE =
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
  private final StringBuilder text;
  private final StringBuilder values = new StringBuilder();
  private int run; // where the text not yet copied starts

  private ReadableText(String markup) {
    this.markup = markup;
    this.text = new StringBuilder(markup.length());
  }

  /** The readable text of {@code markup}, then its attribute values, comments and scripts. */
  static String of(String markup) {
    if (markup.indexOf('<') < 0 && markup.indexOf('&') < 0) {
      return markup;
    }
    return new ReadableText(markup).read();
  }

  private String read() {
    int at = markup.indexOf('<');
    while (at >= 0) {
      int next = markupAt(at);
      at = markup.indexOf('<', next);
    }
    copyText(markup.length());
    return text.append('\n').append(values).toString();
  }

  /** Reads the markup starting at {@code <}; returns where the text after it starts. */
  private int markupAt(int open) {
    if (markup.startsWith("<!--", open)) {
      return aside(open, open + 4, "-->");
    }
    if (markup.startsWith("<![CDATA[", open)) {
      int end = end(markup.indexOf("]]>", open), markup.length());
      copyText(open);
      text.append(markup, open + 9, end); // SVG text written as CDATA shows as it is
      return run = Math.min(markup.length(), end + 3);
    }
    if (open + 1 < markup.length()
        && (markup.charAt(open + 1) == '!' || markup.charAt(open + 1) == '?')) {
      return aside(open, open + 2, ">"); // a doctype or an XML declaration
    }
    boolean closing = open + 1 < markup.length() && markup.charAt(open + 1) == '/';
    int nameStart = closing ? open + 2 : open + 1;
    if (nameStart >= markup.length() || !Character.isLetter(markup.charAt(nameStart))) {
      return open + 1; // a '<' that is text
    }
    int nameEnd = nameStart;
    while (nameEnd < markup.length() && isNameChar(markup.charAt(nameEnd))) {
      nameEnd++;
    }
    String name = markup.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
    copyText(open);
    int close = closing ? end(markup.indexOf('>', nameEnd), markup.length()) : attributes(nameEnd);
    if (!INLINE.contains(name)) {
      text.append('\n');
    }
    run = Math.min(markup.length(), close + 1);
    if (!closing && RAW.contains(name)) {
      int end = endTag(name, run);
      values.append(markup, run, end).append('\n');
      run = end;
    }
    return run;
  }

  /** A comment or declaration from {@code open}: its content is read apart from the text. */
  private int aside(int open, int contentStart, String terminator) {
    copyText(open);
    int end = end(markup.indexOf(terminator, contentStart), markup.length());
    values.append(markup, Math.min(contentStart, end), end).append('\n');
    return run = Math.min(markup.length(), end + terminator.length());
  }

  /** Reads a start tag's attributes from after its name; returns where its {@code >} is. */
  private int attributes(int from) {
    int i = from;
    while (i < markup.length()) {
      char c = markup.charAt(i);
      if (c == '>') {
        return i;
      }
      if (Character.isWhitespace(c) || c == '/') {
        i++;
        continue;
      }
      while (i < markup.length() && !isAttributeNameEnd(markup.charAt(i))) {
        i++;
      }
      i = skipSpace(i);
      if (i < markup.length() && markup.charAt(i) == '=') {
        i = value(skipSpace(i + 1));
      }
    }
    return i;
  }

  /** Reads an attribute value starting at {@code from}; returns where it ends. */
  private int value(int from) {
    if (from >= markup.length()) {
      return from;
    }
    char quote = markup.charAt(from);
    int start;
    int end;
    int next;
    if (quote == '"' || quote == '\'') {
      start = from + 1;
      end = end(markup.indexOf(quote, start), markup.length());
      next = Math.min(markup.length(), end + 1);
    } else {
      start = from;
      end = from;
      while (end < markup.length()
          && !Character.isWhitespace(markup.charAt(end))
          && markup.charAt(end) != '>') {
        end++;
      }
      next = end;
    }
    values.append(Parser.unescapeEntities(markup.substring(start, end), true)).append('\n');
    return next;
  }

  /** Copies the text from the last copied place to {@code to}, its references decoded. */
  private void copyText(int to) {
    if (run >= to) {
      return;
    }
    String piece = markup.substring(run, to);
    text.append(piece.indexOf('&') < 0 ? piece : Parser.unescapeEntities(piece, false));
    run = to;
  }

  /** Where the first end tag of element {@code name} at or after {@code from} is, or the end. */
  private int endTag(String name, int from) {
    for (int at = markup.indexOf("</", from); at >= 0; at = markup.indexOf("</", at + 2)) {
      if (markup.regionMatches(true, at + 2, name, 0, name.length())) {
        return at;
      }
    }
    return markup.length();
  }

  private int skipSpace(int from) {
    int i = from;
    while (i < markup.length() && Character.isWhitespace(markup.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == ':' || c == '_';
  }

  private static boolean isAttributeNameEnd(char c) {
    return Character.isWhitespace(c) || c == '=' || c == '>' || c == '/';
  }

  /** {@code found}, or {@code otherwise} when it is -1 (not found). */
  private static int end(int found, int otherwise) {
    return found < 0 ? otherwise : found;
  }
}
