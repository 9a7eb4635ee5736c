package kb.template;

import com.github.mustachejava.DefaultMustacheFactory;
import java.io.File;
import java.io.Writer;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * What templates write for one file, in a builder sized for a page: a {@code StringWriter} starts
 * at 16 characters and copies itself a dozen times per page (1 GB of copies for 10,000 pages),
 * under a lock nobody else takes. It also notes where it writes what kb rendered from Markdown (a
 * template writes {@code {{{answerHtml}}}} as the very String object it was given) and each value a
 * template escapes ({@link Factory}), so the checks know what the templates themselves wrote (see
 * {@link PageParts}). One per file; not thread-safe.
 */
final class PageText extends Writer {

  private final StringBuilder text = new StringBuilder(1 << 15);

  /** Strings kb made, each with the parts it holds (null: all of it is Markdown). */
  private final Map<String, PageParts> owned = new IdentityHashMap<>();

  private int[] markdown = new int[16];
  private int markdownLength;
  private int[] values = new int[64];
  private int valuesLength;

  /**
   * Marks {@code html} wherever it is written: as Markdown when {@code parts} is null, else as text
   * that holds {@code parts} (the content a layout frames).
   */
  void own(String html, PageParts parts) {
    if (!html.isEmpty() && parts != PageParts.NONE) {
      owned.put(html, parts);
    }
  }

  PageParts parts() {
    return PageParts.of(markdown, markdownLength, values, valuesLength);
  }

  @Override
  public void write(char[] chars, int offset, int length) {
    text.append(chars, offset, length);
  }

  @Override
  public void write(String string) {
    if (!owned.isEmpty() && owned.containsKey(string)) {
      noteOwned(string, owned.get(string));
    }
    text.append(string); // copies the string's bytes at once; a range goes char by char
  }

  @Override
  public void write(String string, int offset, int length) {
    text.append(string, offset, offset + length);
  }

  @Override
  public void write(int c) {
    text.append((char) c);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  @Override
  public String toString() {
    return text.toString();
  }

  private void noteOwned(String string, PageParts parts) {
    int at = text.length();
    if (parts == null) {
      noteMarkdown(at, at + string.length());
      return;
    }
    for (int part = 0; part < parts.markdownCount(); part++) {
      noteMarkdown(at + parts.markdownStart(part), at + parts.markdownEnd(part));
    }
    for (int value = 0; value < parts.valueCount(); value++) {
      noteValue(at + parts.valueStart(value), at + parts.valueEnd(value));
    }
  }

  /** Adds a Markdown part, joined to the last one when they touch. */
  private void noteMarkdown(int start, int end) {
    if (markdownLength > 0 && markdown[markdownLength - 1] == start) {
      markdown[markdownLength - 1] = end;
      return;
    }
    if (markdownLength + 2 > markdown.length) {
      markdown = Arrays.copyOf(markdown, 2 * markdown.length);
    }
    markdown[markdownLength++] = start;
    markdown[markdownLength++] = end;
  }

  private void noteValue(int start, int end) {
    if (valuesLength + 2 > values.length) {
      values = Arrays.copyOf(values, 2 * values.length);
    }
    values[valuesLength++] = start;
    values[valuesLength++] = end;
  }

  /** Compiles templates whose escaped values a {@link PageText} they write to notes. */
  static final class Factory extends DefaultMustacheFactory {

    Factory(File root) {
      super(root);
    }

    @Override
    public void encode(String value, Writer writer) {
      if (writer instanceof PageText page) {
        int start = page.text.length();
        super.encode(value, writer);
        page.noteValue(start, page.text.length());
      } else {
        super.encode(value, writer);
      }
    }
  }
}
