package kb.markdown;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
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
    if (!matcher.find()) {
      return null;
    }
    index = matcher.end();
    return matcher;
  }
}
