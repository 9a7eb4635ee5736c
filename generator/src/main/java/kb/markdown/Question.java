package kb.markdown;

import java.util.List;
import kb.diagnostic.SourceSpan;

/**
 * One FAQ question of a page, rendered for one brand. Immutable.
 *
 * @param anchor the question's stable id, written {@code ## Title {#3127}}, used after {@code #}
 * @param aliases the question's old ids, written {@code {#3127 aliases=q-old,4410}}: anchors too
 * @param number the question's position on its page, from 1
 * @param title the question as plain text
 * @param titleHtml the question as HTML (inline Markdown rendered, raw HTML escaped)
 * @param answerHtml the answer as HTML, links and images resolved for the brand
 * @param answerText the answer as plain text, as a reader sees it
 * @param where the heading's line in the source file
 * @param sourceStart where the question starts in its page's brand-resolved Markdown
 * @param sourceEnd where it ends there (exclusive): the next question's start or the end
 * @param leadText the answer's text before its first {@code ###} subsection (all of it without)
 * @param subsections its {@code ###} subsections, in order
 */
public record Question(
    String anchor,
    List<String> aliases,
    int number,
    String title,
    String titleHtml,
    String answerHtml,
    String answerText,
    SourceSpan where,
    int sourceStart,
    int sourceEnd,
    String leadText,
    List<Subsection> subsections) {

  public Question {
    aliases = List.copyOf(aliases);
    subsections = List.copyOf(subsections);
  }

  /** A question without subsections. */
  public Question(
      String anchor,
      List<String> aliases,
      int number,
      String title,
      String titleHtml,
      String answerHtml,
      String answerText,
      SourceSpan where,
      int sourceStart,
      int sourceEnd) {
    this(
        anchor,
        aliases,
        number,
        title,
        titleHtml,
        answerHtml,
        answerText,
        where,
        sourceStart,
        sourceEnd,
        answerText,
        List.of());
  }
}
