package kb.template;

import java.util.List;
import kb.brand.Brand;
import kb.markdown.RenderedPage;

/**
 * A brand's site as one {@link PageRenderer} filled it in an earlier build, for kb serve: the pages
 * it was filled from and what it made of them, in {@link PageRenderer#render(List, Brand)}'s order.
 * Immutable.
 *
 * @param templates the fingerprint of the templates that filled them ({@link
 *     PageRenderer#earlier}): pages filled by other templates are never taken again
 * @param brand the brand the pages were filled for
 * @param from the rendered pages, in page order
 * @param made the home page, one page per entry of {@code from}, the not-found page, the favicon
 */
public record EarlierPages(
    String templates, Brand brand, List<RenderedPage> from, List<SitePage> made) {

  public EarlierPages {
    from = List.copyOf(from);
    made = List.copyOf(made);
    if (made.size() != from.size() + 3) {
      throw new IllegalArgumentException(
          "made " + made.size() + " files from " + from.size() + " pages");
    }
  }
}
