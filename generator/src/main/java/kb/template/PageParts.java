package kb.template;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kb.cache.KeyBuilder;

/**
 * Where each part of a page's HTML came from: what kb rendered from Markdown (question titles,
 * answers, a page's introduction), the values the templates filled in (each {@code {{value}}},
 * escaped), and around them the templates' own text. The checks read kb's HTML with a fast scanner
 * and what the templates wrote with a real HTML parser, once for each shape of page. Immutable.
 */
public final class PageParts {

  /** A page all of whose text its templates wrote, none of it filled in. */
  public static final PageParts NONE = new PageParts(new int[0], new int[0]);

  /** Start and end of each Markdown part, in order; they neither overlap nor touch. */
  private final int[] markdown;

  /** Start and end of each value, in order, outside the Markdown parts; possibly empty. */
  private final int[] values;

  private PageParts(int[] markdown, int[] values) {
    this.markdown = markdown;
    this.values = values;
  }

  /** From start and end offsets, in order, of which the first {@code length}s count. */
  static PageParts of(int[] markdown, int markdownLength, int[] values, int valuesLength) {
    if (markdownLength == 0 && valuesLength == 0) {
      return NONE;
    }
    return new PageParts(
        Arrays.copyOf(markdown, markdownLength), Arrays.copyOf(values, valuesLength));
  }

  /** Adds where the parts are to a cache key. */
  public void addTo(KeyBuilder key) {
    key.add(markdown.length);
    for (int offset : markdown) {
      key.add(offset);
    }
    key.add(values.length);
    for (int offset : values) {
      key.add(offset);
    }
  }

  /**
   * Whether {@code offsets} are pairs of start and end, in order, inside a text of {@code length}.
   */
  static boolean valid(int[] offsets, int length) {
    if (offsets.length % 2 != 0) {
      return false;
    }
    int last = 0;
    for (int offset : offsets) {
      if (offset < last || offset > length) {
        return false;
      }
      last = offset;
    }
    return true;
  }

  /** Start and end of each Markdown part, in order: for {@link SitePageCodec}. */
  int[] markdownOffsets() {
    return markdown.clone();
  }

  /** Start and end of each value, in order: for {@link SitePageCodec}. */
  int[] valueOffsets() {
    return values.clone();
  }

  public int markdownCount() {
    return markdown.length / 2;
  }

  public int markdownStart(int part) {
    return markdown[2 * part];
  }

  public int markdownEnd(int part) {
    return markdown[2 * part + 1];
  }

  int valueCount() {
    return values.length / 2;
  }

  int valueStart(int value) {
    return values[2 * value];
  }

  int valueEnd(int value) {
    return values[2 * value + 1];
  }

  /** {@code html} without the Markdown parts: what the templates wrote. */
  public String templateText(String html) {
    return skeleton(html, null);
  }

  /**
   * What the templates wrote with each value as one {@code placeholder}: pages of the same shape
   * (the same templates, sections taken as often) have the same skeleton.
   */
  public String skeleton(String html, char placeholder) {
    return skeleton(html, Character.valueOf(placeholder));
  }

  /** The values the templates filled in, in order, escaped as the page holds them. */
  public List<String> values(String html) {
    List<String> out = new ArrayList<>(valueCount());
    for (int value = 0; value < valueCount(); value++) {
      out.add(html.substring(valueStart(value), valueEnd(value)));
    }
    return out;
  }

  private String skeleton(String html, Character placeholder) {
    if (markdown.length == 0 && (placeholder == null || values.length == 0)) {
      return html;
    }
    StringBuilder text = new StringBuilder(html.length());
    int from = 0;
    int value = 0;
    for (int part = 0; part <= markdownCount(); part++) {
      int to = part < markdownCount() ? markdownStart(part) : html.length();
      while (placeholder != null && value < valueCount() && valueStart(value) <= to) {
        text.append(html, from, valueStart(value)).append(placeholder.charValue());
        from = valueEnd(value++);
      }
      text.append(html, from, to);
      from = part < markdownCount() ? markdownEnd(part) : to;
    }
    return text.toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PageParts parts
        && Arrays.equals(markdown, parts.markdown)
        && Arrays.equals(values, parts.values);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(markdown) + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "PageParts" + Arrays.toString(markdown) + Arrays.toString(values);
  }
}
