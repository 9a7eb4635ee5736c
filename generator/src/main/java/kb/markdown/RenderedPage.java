package kb.markdown;

import java.util.List;
import kb.brand.BrandedPage;
import kb.content.AssetFile;
import kb.content.PageKind;
import kb.diagnostic.SourceSpan;

/**
 * A page rendered to HTML for one brand, cut into its questions. Immutable.
 *
 * <p>The render stage makes it with its links as written ({@link #links}) and no assets; the link
 * stage fills in where each link points ({@link #withLinks}), after which the HTML is final.
 *
 * @param sourcePath the page's path in the content folder
 * @param outputPath the page's path in the site
 * @param title the page title
 * @param titleAnchor the id of the page title, empty if none
 * @param category the FAQ category the page holds
 * @param introHtml what stands before the first question, often empty
 * @param questions the questions in page order
 * @param anchors what links may point at on this page
 * @param links the page's links and images as written, in the order their slots are numbered
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
    PageAnchors anchors,
    List<PageLink> links,
    List<AssetFile> assets,
    SourceSpan where,
    BrandedPage source) {

  /** What the page is, from its front matter. */
  public PageKind kind() {
    return source == null ? PageKind.DEFAULT : source.source().frontMatter().kind();
  }

  public RenderedPage {
    questions = List.copyOf(questions);
    links = List.copyOf(links);
    assets = List.copyOf(assets);
  }

  /**
   * The page with each link's URL in its place: {@code urls} gives one URL per entry of {@link
   * #links}, in order; {@code assets} are the files they need.
   */
  public RenderedPage withLinks(List<String> urls, List<AssetFile> assets) {
    if (urls.size() != links.size()) {
      throw new IllegalArgumentException(urls.size() + " URLs for " + links.size() + " links");
    }
    List<Question> filled =
        questions.stream()
            .map(
                q ->
                    new Question(
                        q.anchor(),
                        q.aliases(),
                        q.number(),
                        q.title(),
                        LinkSlots.fill(q.titleHtml(), urls),
                        LinkSlots.fill(q.answerHtml(), urls),
                        q.answerText(),
                        q.where(),
                        q.sourceStart(),
                        q.sourceEnd(),
                        q.leadText(),
                        q.subsections()))
            .toList();
    return new RenderedPage(
        sourcePath,
        outputPath,
        title,
        titleAnchor,
        category,
        LinkSlots.fill(introHtml, urls),
        filled,
        anchors,
        links,
        assets,
        where,
        source);
  }
}
