package kb.markdown;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.BlockQuoteParser;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.parser.core.HtmlBlockParser;
import com.vladsch.flexmark.parser.core.IndentedCodeBlockParser;
import com.vladsch.flexmark.parser.core.ListBlockParser;
import com.vladsch.flexmark.parser.core.ThematicBreakParser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;

/**
 * Holds flexmark's block parser to {@link ParseLimits}: asked before any other block parser
 * wherever a block may start, it takes the rest of a line that would open a container past {@link
 * ParseLimits#MAX_DEPTH} levels, or that starts with a run of more than {@link ParseLimits#MAX_RUN}
 * thematic break characters, notes the place in the document, and nothing else reads that text. So
 * nesting stops at the limit however deep the page goes, and parsing stays as fast as for any other
 * text. flexmark's own parsers count the levels: no second reading of Markdown's block rules can
 * disagree with them.
 */
final class BlockLimits implements Parser.ParserExtension {

  @Override
  public void parserOptions(MutableDataHolder options) {}

  @Override
  public void extend(Parser.Builder parser) {
    parser.customBlockParserFactory(new Factory());
  }

  private static final class Factory implements CustomBlockParserFactory {

    @Override
    public BlockParserFactory apply(DataHolder options) {
      return (state, matched) -> {
        BasedSequence line = state.getLine();
        int at = state.getNextNonSpaceIndex();
        if (state.getIndent() >= 4 || at >= line.length()) {
          return BlockStart.none(); // code or a blank line: no container starts here
        }
        Document document = (Document) state.getProperties();
        int offset = line.getStartOffset() + at;
        if (runLength(line, at) > ParseLimits.MAX_RUN) {
          ParseLimits.exceeded(
              document,
              offset,
              "more than " + ParseLimits.MAX_RUN + " '" + line.charAt(at) + "' in a row",
              "three make a thematic break; write a long run inside a code block");
          return BlockStart.of(new Skipped()).atIndex(line.length());
        }
        if (!opensContainer(line, at)
            || levels(matched.getBlockParser().getBlock()) < ParseLimits.MAX_DEPTH) {
          return BlockStart.none();
        }
        ParseLimits.tooDeep(document, offset);
        return BlockStart.of(new Skipped()).atIndex(line.length());
      };
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
      return null;
    }

    /**
     * Before flexmark's parsers; before the callouts and code tabs parsers too, by coming first in
     * {@link MarkdownRenderer}'s list of extensions.
     */
    @Override
    public Set<Class<?>> getBeforeDependents() {
      return Set.of(
          BlockQuoteParser.Factory.class,
          HeadingParser.Factory.class,
          FencedCodeBlockParser.Factory.class,
          HtmlBlockParser.Factory.class,
          ThematicBreakParser.Factory.class,
          ListBlockParser.Factory.class,
          IndentedCodeBlockParser.Factory.class);
    }

    @Override
    public boolean affectsGlobalScope() {
      return false;
    }
  }

  /** The levels of nesting around a new block added to {@code parent}, parent included. */
  private static int levels(Node parent) {
    int levels = 0;
    for (Node node = parent; node != null; node = node.getParent()) {
      levels += ParseLimits.nests(node) ? 1 : 0;
    }
    return levels;
  }

  /**
   * Whether the text at {@code at} opens a container: a block quote ({@code >}), a list item
   * ({@code -}, {@code +}, {@code *} or up to nine digits and {@code .} or {@code )}, then a space,
   * a tab or the line's end), a callout ({@code !!!} or {@code ???}) or a code tab ({@code ===}, a
   * space or tab, then a quote).
   */
  private static boolean opensContainer(BasedSequence line, int at) {
    char first = line.charAt(at);
    if (first == '>') {
      return true;
    }
    if ((first == '!' || first == '?') && line.length() >= at + 3) {
      return line.charAt(at + 1) == first && line.charAt(at + 2) == first;
    }
    if (first == '=') {
      return line.length() > at + 4
          && line.charAt(at + 1) == '='
          && line.charAt(at + 2) == '='
          && (line.charAt(at + 3) == ' ' || line.charAt(at + 3) == '\t')
          && line.subSequence(at + 3).trimStart().startsWith("\"");
    }
    int marker = at;
    while (marker < line.length() && marker - at < 9 && Character.isDigit(line.charAt(marker))) {
      marker++;
    }
    boolean bullet = marker == at && (first == '-' || first == '+' || first == '*');
    boolean ordered =
        marker > at
            && marker < line.length()
            && (line.charAt(marker) == '.' || line.charAt(marker) == ')');
    if (!bullet && !ordered) {
      return false;
    }
    int after = marker + 1;
    return after >= line.length() || line.charAt(after) == ' ' || line.charAt(after) == '\t';
  }

  /** How many of the character at {@code at} follow in a row, spaces and tabs between them. */
  private static int runLength(BasedSequence line, int at) {
    char mark = line.charAt(at);
    if (mark != '*' && mark != '-' && mark != '_') {
      return 0;
    }
    int run = 0;
    for (int i = at; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == mark) {
        run++;
      } else if (c != ' ' && c != '\t') {
        break;
      }
    }
    return run;
  }

  /** The rest of a line past a limit: a block of one line that nothing reads or renders. */
  private static final class Skipped extends AbstractBlockParser {

    private final Block block = new SkippedText();

    @Override
    public Block getBlock() {
      return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
      return BlockContinue.none();
    }

    @Override
    public void closeBlock(ParserState state) {}
  }

  /** The node of a {@link Skipped} line. */
  private static final class SkippedText extends Block {
    @Override
    public BasedSequence[] getSegments() {
      return EMPTY_SEGMENTS;
    }
  }
}
