package kb.markdown;

import java.util.Set;

/**
 * What other pages may link to in one page of one brand. Immutable.
 *
 * @param sourcePath the page's path in the content folder, for example {@code faq/opend.md}
 * @param outputPath the page's path in the site, for example {@code faq/opend.html}
 * @param docPath the page's path on the official doc sites, empty if none
 * @param anchors every id on the page a link may name after {@code #}
 */
public record PageAnchors(
    String sourcePath, String outputPath, String docPath, Set<String> anchors) {

  public PageAnchors {
    anchors = Set.copyOf(anchors);
  }
}
