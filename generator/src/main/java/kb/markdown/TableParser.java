package kb.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * The parser half of flexmark's tables, asked only about pages that hold a {@code |}. flexmark's
 * own pre-processor compiles a regular expression for every page and reads the first line of every
 * paragraph, character by character, for a {@code |}: an eighth of all parsing time at 10,000
 * pages. A page without one has no table, so its paragraphs are answered here without either.
 * (flexmark's pre-processor also writes the table options' defaults into the page's document
 * properties as it reads them; nothing reads them there, and the HTML renderer has its own.)
 */
final class TableParser implements Parser.ParserExtension {

  @Override
  public void parserOptions(MutableDataHolder options) {}

  @Override
  public void extend(Parser.Builder parser) {
    parser.paragraphPreProcessorFactory(new Factory(TableParagraphPreProcessor.Factory()));
  }

  record Factory(ParagraphPreProcessorFactory flexmark)
      implements ParagraphPreProcessorFactory, WrappedFlexmarkFactory {

    @Override
    public ParagraphPreProcessor apply(ParserState state) {
      return new PagePreProcessor(flexmark);
    }
  }

  /** One page's: flexmark's pre-processor, made at the first paragraph of a page with a pipe. */
  private static final class PagePreProcessor implements ParagraphPreProcessor {

    private final ParagraphPreProcessorFactory flexmark;
    private ParagraphPreProcessor tables;
    private Boolean hasPipe;

    PagePreProcessor(ParagraphPreProcessorFactory flexmark) {
      this.flexmark = flexmark;
    }

    @Override
    public int preProcessBlock(Paragraph block, ParserState state) {
      if (hasPipe == null) {
        // The page's own text, read in one String search: the paragraph is a view of it.
        Object page = block.getChars().getBase();
        hasPipe = !(page instanceof String text) || text.indexOf('|') >= 0;
      }
      if (!hasPipe) {
        return 0; // what flexmark answers for a paragraph whose first line has no pipe
      }
      if (tables == null) {
        tables = flexmark.apply(state);
      }
      return tables.preProcessBlock(block, state);
    }
  }
}
