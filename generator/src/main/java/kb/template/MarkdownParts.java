package kb.template;

import java.util.Arrays;

/**
 * Where a page's HTML holds what kb rendered from Markdown (question titles, answers, a page's
 * introduction), as opposed to what its templates wrote: the checks read kb's own HTML with a fast
 * scanner and parse the templates' with a real HTML parser. Immutable.
 */
public final class MarkdownParts {

  /** A page all of whose HTML its templates wrote. */
  public static final MarkdownParts NONE = new MarkdownParts(new int[0]);

  /** Start and end of each part, in order; parts neither overlap nor touch. */
  private final int[] bounds;

  private MarkdownParts(int[] bounds) {
    this.bounds = bounds;
  }

  /** From start and end offsets, in order, of which only the first {@code length} count. */
  static MarkdownParts of(int[] bounds, int length) {
    return length == 0 ? NONE : new MarkdownParts(Arrays.copyOf(bounds, length));
  }

  public int count() {
    return bounds.length / 2;
  }

  public int start(int part) {
    return bounds[2 * part];
  }

  public int end(int part) {
    return bounds[2 * part + 1];
  }

  /** {@code html} without these parts: what the templates wrote. */
  public String templateText(String html) {
    if (bounds.length == 0) {
      return html;
    }
    StringBuilder text = new StringBuilder(html.length());
    int from = 0;
    for (int part = 0; part < count(); part++) {
      text.append(html, from, start(part));
      from = end(part);
    }
    return text.append(html, from, html.length()).toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MarkdownParts parts && Arrays.equals(bounds, parts.bounds);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bounds);
  }

  @Override
  public String toString() {
    return "MarkdownParts" + Arrays.toString(bounds);
  }
}
