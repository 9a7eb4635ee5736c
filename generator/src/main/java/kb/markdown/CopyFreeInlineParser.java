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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's CommonMark inline parser, except that a pattern matched in a paragraph does not copy
 * the paragraph. flexmark takes each match's bounds from {@code Matcher.toMatchResult()}, which
 * copies the whole rest of the paragraph into a String, character by character, for every code
 * span, link destination and title: 3% of a 10,000-page build. The bounds are the matcher's own.
 *
 * <p>It also holds inline parsing to {@link ParseLimits}: a bracket past {@link
 * ParseLimits#MAX_DEPTH} open at once stays text (flexmark takes time that grows with the square of
 * the number of images nested in each other), and a pattern whose match overflows the stack (a link
 * title or an HTML comment some thousand characters long: Java's regular expressions recurse for
 * each character of them) matches nothing. Either is noted in the document as the page's problem.
 *
 * <p>With a parser factory of its own, flexmark leaves out the pre-processor that reads link
 * reference definitions, so {@link #REFERENCE_DEFINITIONS} must be registered alongside.
 */
final class CopyFreeInlineParser extends CommonmarkInlineParser {

  static final InlineParserFactory FACTORY = CopyFreeInlineParser::new;

  /** What flexmark registers by itself with its own parser factory: link reference definitions. */
  static final ReferencePreProcessorFactory REFERENCE_DEFINITIONS =
      new ReferencePreProcessorFactory();

  private CopyFreeInlineParser(
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
    Matcher matcher = find(re);
    return matcher == null ? null : input.subSequence(matcher.start(), matcher.end());
  }

  @Override
  public BasedSequence[] matchWithGroups(Pattern re) {
    Matcher matcher = find(re);
    if (matcher == null) {
      return null;
    }
    BasedSequence[] groups = new BasedSequence[matcher.groupCount() + 1];
    for (int i = 0; i < groups.length; i++) {
      groups[i] = matcher.start(i) < 0 ? null : input.subSequence(matcher.start(i), matcher.end(i));
    }
    return groups;
  }

  /** The matcher after a match found from the current index on, now past it; else null. */
  private Matcher find(Pattern re) {
    if (index >= input.length()) {
      return null;
    }
    Matcher matcher = re.matcher(input);
    matcher.region(index, input.length());
    try {
      if (!matcher.find()) {
        return null;
      }
    } catch (StackOverflowError e) {
      // Thrown in the regular expression's own frames, all gone by now: the page is unusable,
      // but the parser and this thread are as they were before the match.
      ParseLimits.exceeded(
          document,
          offset(),
          "text too long to parse from here",
          "a link, link title, code span or HTML tag this long overflows the Markdown parser;"
              + " shorten it or put it in a code block");
      return null;
    }
    index = matcher.end();
    return matcher;
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
