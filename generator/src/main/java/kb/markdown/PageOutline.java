package kb.markdown;

import java.util.List;
import java.util.Optional;
import kb.diagnostic.SourceSpan;

/**
 * A page's questions as the build reads them for one brand, and the block its text ends in: what an
 * edit to a page ({@code kb new}) must agree with the build about. Immutable.
 *
 * @param questions the page's questions, in page order
 * @param endsIn the innermost block the text's last line is part of, when that is not a paragraph
 *     or a heading (a code block, an HTML block); empty otherwise
 */
public record PageOutline(List<QuestionHeading> questions, Optional<Block> endsIn) {

  public PageOutline {
    questions = List.copyOf(questions);
  }

  /**
   * One question's heading.
   *
   * @param id its anchor id
   * @param title its text as a reader sees it, without the id
   * @param where the heading's source line
   */
  public record QuestionHeading(String id, String title, SourceSpan where) {}

  /**
   * A block of the page.
   *
   * @param kind what it is, for example "code block"
   * @param where where it starts in the source
   */
  public record Block(String kind, SourceSpan where) {}
}
