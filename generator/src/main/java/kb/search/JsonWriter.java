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

  private void quote(String text) {
    out.append('"');
    int plain = 0; // start of the run of characters copied as they are
    for (int i = 0; i < text.length(); i++) {
      String escape = escape(text.charAt(i));
      if (escape != null) {
        out.append(text, plain, i).append(escape);
        plain = i + 1;
      }
    }
    out.append(text, plain, text.length()).append('"');
  }

  /** How a character is written inside a string, or null when it is written as it is. */
  private static String escape(char c) {
    return switch (c) {
      case '"' -> "\\\"";
      case '\\' -> "\\\\";
      case '\n' -> "\\n";
      case '\t' -> "\\t";
      case '<' -> "\\u003c";
      case '>' -> "\\u003e";
      case '&' -> "\\u0026";
      default -> c < 0x20 || c == '\u2028' || c == '\u2029' ? unicodeEscape(c) : null;
    };
  }

  private static String unicodeEscape(char c) {
    String hex = Integer.toHexString(c);
    return "\\u" + "0000".substring(hex.length()) + hex;
  }
}
