package kb.content;

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
 * @param kind what the page is: an FAQ page (numbered questions), a guide or a reference page
 */
public record FrontMatter(
    String title,
    String category,
    int order,
    String docPath,
    String anchor,
    SourceSpan where,
    PageKind kind) {

  /** Front matter of an FAQ page, the kind a page is unless it says otherwise. */
  public FrontMatter(
      String title, String category, int order, String docPath, String anchor, SourceSpan where) {
    this(title, category, order, docPath, anchor, where, PageKind.DEFAULT);
  }
}
