package kb.brand;

import kb.content.SourcePage;

/**
 * A page as one brand sees it: brand blocks of other brands removed, variables replaced. Immutable.
 *
 * @param source the page as written
 * @param title the front matter title with variables replaced
 * @param category the front matter category with variables replaced
 * @param markdown the Markdown body for this brand
 * @param lines maps places in {@code markdown} back to the source file
 */
public record BrandedPage(
    SourcePage source, String title, String category, String markdown, LineMap lines) {}
