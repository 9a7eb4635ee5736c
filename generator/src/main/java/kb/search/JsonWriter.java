package kb.search;

import java.util.List;

/**
 * Writes JSON safe to embed in a script file: besides JSON's own escapes, {@code <}, {@code >},
 * {@code &}, U+2028 and U+2029 are written as {@code \\uXXXX}, so no content can close a script
 * element or break a JavaScript line. Not thread-safe.
 */
final class JsonWriter {

  private final StringBuilder out = new StringBuilder();
  private boolean needsComma;

  JsonWriter beginObject() {
    comma();
    out.append('{');
    needsComma = false;
    return this;
  }

  JsonWriter endObject() {
    out.append('}');
    needsComma = true;
    return this;
  }

  JsonWriter beginArray() {
    comma();
    out.append('[');
    needsComma = false;
    return this;
  }

  JsonWriter endArray() {
    out.append(']');
    needsComma = true;
    return this;
  }

  JsonWriter name(String name) {
    comma();
    quote(name);
    out.append(':');
    needsComma = false;
    return this;
  }

  JsonWriter value(String text) {
    comma();
    quote(text);
    needsComma = true;
    return this;
  }

  JsonWriter value(long number) {
    comma();
    out.append(number);
    needsComma = true;
    return this;
  }

  JsonWriter strings(List<String> texts) {
    beginArray();
    texts.forEach(this::value);
    return endArray();
  }

  JsonWriter numbers(int[] numbers) {
    beginArray();
    for (int number : numbers) {
      value(number);
    }
    return endArray();
  }

  @Override
  public String toString() {
    return out.toString();
  }

  private void comma() {
    if (needsComma) {
      out.append(',');
    }
  }

  /** Each ASCII character's escape, null for those written as they are. */
  private static final String[] ASCII_ESCAPES = asciiEscapes();

  private void quote(String text) {
    out.append('"');
    int plain = 0; // start of the run of characters copied as they are
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // A table, not a switch per character: search data is mostly text that needs no escape.
      String escape = c < 0x80 ? ASCII_ESCAPES[c] : escapeAbove127(c);
      if (escape != null) {
        out.append(text, plain, i).append(escape);
        plain = i + 1;
      }
    }
    out.append(text, plain, text.length()).append('"');
  }

  private static String[] asciiEscapes() {
    String[] escapes = new String[0x80];
    for (char c = 0; c < 0x20; c++) {
      escapes[c] = unicodeEscape(c);
    }
    escapes['"'] = "\\\"";
    escapes['\\'] = "\\\\";
    escapes['\n'] = "\\n";
    escapes['\t'] = "\\t";
    escapes['<'] = "\\u003c";
    escapes['>'] = "\\u003e";
    escapes['&'] = "\\u0026";
    return escapes;
  }

  /** JavaScript line separators end a line in a script; everything else above ASCII is kept. */
  private static String escapeAbove127(char c) {
    return c == '\u2028' || c == '\u2029' ? unicodeEscape(c) : null;
  }

  private static String unicodeEscape(char c) {
    String hex = Integer.toHexString(c);
    return "\\u" + "0000".substring(hex.length()) + hex;
  }
}
