package kb.markdown;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.core.delimiter.Bracket;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.CommonmarkInlineParser;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * flexmark's CommonMark inline parser, held to {@link ParseLimits}: a bracket past {@link
 * ParseLimits#MAX_DEPTH} open at once stays text (flexmark takes time that grows with the square of
 * the number of images nested in each other), and a pattern whose match overflows the stack (a link
 * title or an HTML comment some thousand characters long: Java's regular expressions recurse for
 * each character of them) matches nothing. Either is noted in the document as the page's problem.
 * flexmark offers no public hook for either, so this subclasses its parser.
 *
 * <p>With a parser factory of its own, flexmark leaves out the pre-processor that reads link
 * reference definitions, so {@link #REFERENCE_DEFINITIONS} must be registered alongside.
 */
final class LimitedInlineParser extends CommonmarkInlineParser {

  static final InlineParserFactory FACTORY = LimitedInlineParser::new;

  /** What flexmark registers by itself with its own parser factory: link reference definitions. */
  static final ReferencePreProcessorFactory REFERENCE_DEFINITIONS =
      new ReferencePreProcessorFactory();

  private LimitedInlineParser(
      DataHolder options,
      BitSet specialCharacters,
      BitSet delimiterCharacters,
      Map<Character, DelimiterProcessor> delimiterProcessors,
      LinkRefProcessorData linkRefProcessors,
      List<InlineParserExtensionFactory> inlineParserExtensions) {
    super(
        options,
        specialCharacters,
        delimiterCharacters,
        delimiterProcessors,
        linkRefProcessors,
        inlineParserExtensions);
  }

  @Override
  public BasedSequence match(Pattern re) {
    try {
      return super.match(re);
    } catch (StackOverflowError e) {
      return overflowed();
    }
  }

  @Override
  public BasedSequence[] matchWithGroups(Pattern re) {
    try {
      return super.matchWithGroups(re);
    } catch (StackOverflowError e) {
      return overflowed();
    }
  }

  /**
   * Notes the page's problem and answers "no match". Thrown in the regular expression's own frames,
   * all gone by now, the error left the parser and this thread as they were before the match: the
   * index moves only after a match is found.
   */
  private <T> T overflowed() {
    ParseLimits.exceeded(
        document,
        offset(),
        "text too long to parse from here",
        "a link, link title, code span or HTML tag this long overflows the Markdown parser;"
            + " shorten it or put it in a code block");
    return null;
  }

  @Override
  protected boolean parseOpenBracket() {
    return withinBracketLimit() && super.parseOpenBracket();
  }

  @Override
  protected boolean parseBang() {
    return (peek(1) != '[' || withinBracketLimit()) && super.parseBang();
  }

  /**
   * Whether another bracket may open; if not, the page's problem is noted, and the bracket, left
   * unparsed, is text.
   */
  private boolean withinBracketLimit() {
    int open = 0;
    for (Bracket bracket = getLastBracket(); bracket != null; bracket = bracket.getPrevious()) {
      if (++open >= ParseLimits.MAX_DEPTH) {
        ParseLimits.exceeded(
            document,
            offset(),
            "more than " + ParseLimits.MAX_DEPTH + " brackets open at once",
            "close them, or write a literal bracket as \\[");
        return false;
      }
    }
    return true;
  }

  /** The offset in the page of the current index. */
  private int offset() {
    return input.subSequence(index).getStartOffset();
  }
}
