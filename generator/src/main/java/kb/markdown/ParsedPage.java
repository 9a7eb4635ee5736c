package kb.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Document;
import java.util.List;
import kb.brand.BrandedPage;

/**
 * A page parsed for one brand, before it is rendered: its questions, what it can be linked to, and
 * the flexmark tree. Used by one thread at a time.
 */
final class ParsedPage {

  /**
   * A question's heading, its id and its aliases (old ids); the answer is everything up to the next
   * question.
   */
  record Section(Heading heading, String anchor, List<String> aliases) {}

  private final BrandedPage page;
  private final Document document;
  private final List<Section> sections;
  private final PageAnchors anchors;

  ParsedPage(BrandedPage page, Document document, List<Section> sections, PageAnchors anchors) {
    this.page = page;
    this.document = document;
    this.sections = List.copyOf(sections);
    this.anchors = anchors;
  }

  BrandedPage page() {
    return page;
  }

  /** What links may point at on this page. */
  PageAnchors anchors() {
    return anchors;
  }

  Document document() {
    return document;
  }

  List<Section> sections() {
    return sections;
  }
}
