package kb.content;

import java.util.List;
import kb.diagnostic.SourceSpan;

/**
 * A page's front matter. Immutable; text values may still hold brand variables.
 *
 * @param title the page heading, for example "OpenD Related"
 * @param category the short name of the FAQ category the page holds, unique across pages
 * @param order position among pages, ascending; ties are broken by path
 * @param docPath where the page lives on the brands' official doc sites (for example {@code
 *     en/qa/opend.html}), so doc-site links to it stay inside this site; empty if none
 * @param anchor the id of the page heading, empty if none
 * @param where the front matter's first line
 * @param group where the page sits in the sidebar: group names from the outermost, one or two
 *     ({@code API reference / Quotes}); empty at the top level
 * @param kind what the page is: an FAQ page (numbered questions), a guide or a reference page
 */
public record FrontMatter(
    String title,
    String category,
    int order,
    String docPath,
    String anchor,
    SourceSpan where,
    List<String> group,
    PageKind kind) {

  public FrontMatter {
    group = List.copyOf(group);
  }

  /** Front matter of an FAQ page at the sidebar's top level. */
  public FrontMatter(
      String title, String category, int order, String docPath, String anchor, SourceSpan where) {
    this(title, category, order, docPath, anchor, where, List.of(), PageKind.DEFAULT);
  }

  /** Front matter of an FAQ page in {@code group}. */
  public FrontMatter(
      String title,
      String category,
      int order,
      String docPath,
      String anchor,
      SourceSpan where,
      List<String> group) {
    this(title, category, order, docPath, anchor, where, group, PageKind.DEFAULT);
  }
}
