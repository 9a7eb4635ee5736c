package kb.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import kb.diagnostic.Diagnostic;
import kb.diagnostic.SourceSpan;

/**
 * The answer {@code kb new} writes under a new question, for the author to replace. A page that
 * still holds it is not finished: a paragraph holding its sentence is a content error at its line,
 * so a placeholder never ships.
 */
public final class AnswerPlaceholder {

  /** The placeholder answer, as {@code kb new} writes it. */
  public static final String TEXT = "A: TODO: write the answer.";

  /** What marks a paragraph as the placeholder, once its line breaks are spaces. */
  private static final String SENTENCE = "TODO: write the answer.";

  private static final String MESSAGE = "the answer is still the placeholder '" + TEXT + "'";

  private AnswerPlaceholder() {}

  /**
   * Whether a page's Markdown may hold the placeholder: if not, no paragraph of it need be read.
   */
  static boolean mayBeIn(String markdown) {
    return markdown.contains("TODO:");
  }

  /** Whether a paragraph is (or still holds) the placeholder. */
  static boolean isIn(Paragraph paragraph) {
    CharSequence text = paragraph.getChars();
    return text.length() >= SENTENCE.length()
        && text.toString().replaceAll("\\s+", " ").contains(SENTENCE);
  }

  /** The error for a placeholder at {@code where}. */
  static Diagnostic at(SourceSpan where) {
    return Diagnostic.content(where, MESSAGE)
        .withHint("write the answer in its place, or remove the question");
  }

  /**
   * Whether {@code problem} is a placeholder's: the page is whole, so it is still rendered, and
   * links to it are not reported as broken too.
   */
  static boolean isOne(Diagnostic problem) {
    return problem.message().equals(MESSAGE);
  }
}
