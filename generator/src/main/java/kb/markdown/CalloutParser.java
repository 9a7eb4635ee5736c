package kb.markdown;

import com.vladsch.flexmark.ext.admonition.internal.AdmonitionBlockParser;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.mappers.SpecialLeadInHandler;

/**
 * The parser half of flexmark's admonitions ({@code !!! tip "Tips"}), asked only about lines that
 * start with {@code !!!} or {@code ???}. flexmark's own block factory compiles a regular expression
 * for every line it is asked about, which was a sixth of all parsing time; every other line could
 * never start a callout, so it is answered here without it.
 */
final class CalloutParser implements Parser.ParserExtension {

  @Override
  public void parserOptions(MutableDataHolder options) {}

  @Override
  public void extend(Parser.Builder parser) {
    parser.customBlockParserFactory(new Factory(new AdmonitionBlockParser.Factory()));
  }

  private record Factory(CustomBlockParserFactory flexmark)
      implements CustomBlockParserFactory, WrappedFlexmarkFactory {

    @Override
    public BlockParserFactory apply(DataHolder options) {
      BlockParserFactory admonitions = flexmark.apply(options);
      return (state, matched) ->
          startsWithMarker(state) ? admonitions.tryStart(state, matched) : BlockStart.none();
    }

    @Override
    public SpecialLeadInHandler getLeadInHandler(DataHolder options) {
      return flexmark.getLeadInHandler(options);
    }
  }

  private static boolean startsWithMarker(ParserState state) {
    BasedSequence line = state.getLine();
    int at = state.getNextNonSpaceIndex();
    if (line.length() < at + 3) {
      return false;
    }
    char marker = line.charAt(at);
    return (marker == '!' || marker == '?')
        && line.charAt(at + 1) == marker
        && line.charAt(at + 2) == marker;
  }
}
