package kb.markdown;

import java.util.List;
import kb.brand.BrandedPage;
import kb.content.AssetFile;
import kb.diagnostic.SourceSpan;

/**
 * A page rendered to HTML for one brand, cut into its questions. Immutable.
 *
 * @param sourcePath the page's path in the content folder
 * @param outputPath the page's path in the site
 * @param title the page title
 * @param titleAnchor the id of the page title, empty if none
 * @param category the FAQ category the page holds
 * @param introHtml what stands before the first question, often empty
 * @param questions the questions in page order
 * @param assets the content files the page's links and images need, sorted by path
 * @param where the page's source file
 * @param source the brand-resolved Markdown it was rendered from, to trace output to source lines
 */
public record RenderedPage(
    String sourcePath,
    String outputPath,
    String title,
    String titleAnchor,
    String category,
    String introHtml,
    List<Question> questions,
    List<AssetFile> assets,
    SourceSpan where,
    BrandedPage source) {

  public RenderedPage {
    questions = List.copyOf(questions);
    assets = List.copyOf(assets);
  }
}
