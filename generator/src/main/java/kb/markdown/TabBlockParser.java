package kb.markdown;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kb.brand.LineMap;
import kb.diagnostic.Diagnostic;
import kb.diagnostic.Diagnostics;

/**
 * Parses code tabs as mkdocs-material writes them: a line {@code === "Label"}, then the tab's
 * Markdown indented by four spaces; blank lines may sit inside and between tabs. Built like
 * flexmark's {@code AdmonitionBlockParser}: a container whose content is the indented lines, but
 * without lazy continuation, so that a line that is not indented ends the tab.
 */
final class TabBlockParser extends AbstractBlockParser {

  /** Indentation of a tab's content. */
  private static final int CONTENT_INDENT = 4;

  /** The tab line, from its first non-space character: the marker, then the quoted label. */
  private static final Pattern START = Pattern.compile("(===)[ \\t]+\"(.*)\"[ \\t]*");

  private final TabBlock block = new TabBlock();

  @Override
  public Block getBlock() {
    return block;
  }

  @Override
  public boolean isContainer() {
    return true;
  }

  @Override
  public boolean canContain(ParserState state, BlockParser blockParser, Block block) {
    return true;
  }

  @Override
  public BlockContinue tryContinue(ParserState state) {
    if (state.isBlank()) {
      return BlockContinue.atIndex(state.getNextNonSpaceIndex());
    }
    if (state.getIndent() >= CONTENT_INDENT) {
      return BlockContinue.atColumn(state.getColumn() + CONTENT_INDENT);
    }
    return BlockContinue.none();
  }

  @Override
  public void closeBlock(ParserState state) {
    block.setCharsFromContent();
  }

  /**
   * Reports each tab with an empty or too long label, or with no content, at its {@code ===} line.
   * Run once the page is within {@link ParseLimits}.
   */
  static void check(Document document, LineMap lines, Diagnostics problems) {
    for (Node node : document.getDescendants()) {
      if (!(node instanceof TabBlock tab)) {
        continue;
      }
      String label = tab.label();
      int at = tab.getStartOffset();
      if (label.isEmpty()) {
        problems.add(
            Diagnostic.content(lines.at(at), "code tab has no label")
                .withHint("name the tab's language between the quotes: === \"Python\""));
      } else if (label.codePointCount(0, label.length()) > TabBlock.MAX_LABEL) {
        problems.add(
            Diagnostic.content(
                    lines.at(at),
                    "code tab label is longer than " + TabBlock.MAX_LABEL + " characters")
                .withHint("a tab names a language or a variant; say more in the tab"));
      }
      if (!tab.hasChildren()) {
        problems.add(
            Diagnostic.content(lines.at(at), "code tab \"" + label + "\" has no content")
                .withHint("indent the tab's content by 4 spaces under its === line"));
      }
    }
  }

  /** Registers the parser with flexmark. */
  static final class Extension implements Parser.ParserExtension {
    @Override
    public void parserOptions(MutableDataHolder options) {}

    @Override
    public void extend(Parser.Builder parser) {
      parser.customBlockParserFactory(new Factory());
    }
  }

  private static final class Factory implements CustomBlockParserFactory {
    @Override
    public Set<Class<?>> getAfterDependents() {
      return null;
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
      return null;
    }

    @Override
    public boolean affectsGlobalScope() {
      return false;
    }

    @Override
    public BlockParserFactory apply(DataHolder options) {
      return new StartFactory(options);
    }
  }

  private static final class StartFactory extends AbstractBlockParserFactory {

    StartFactory(DataHolder options) {
      super(options);
    }

    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
      if (state.getIndent() >= CONTENT_INDENT) {
        return BlockStart.none();
      }
      BasedSequence line = state.getLine();
      int at = state.getNextNonSpaceIndex();
      BasedSequence rest = line.subSequence(at).trimEOL();
      if (!rest.startsWith("===")) {
        return BlockStart.none(); // most lines: no pattern to run
      }
      Matcher matcher = START.matcher(rest);
      if (!matcher.matches()) {
        return BlockStart.none();
      }
      TabBlockParser parser = new TabBlockParser();
      parser.block.setOpeningMarker(rest.subSequence(matcher.start(1), matcher.end(1)));
      parser.block.setLabelChars(rest.subSequence(matcher.start(2), matcher.end(2)));
      return BlockStart.of(parser).atIndex(line.length());
    }
  }
}
