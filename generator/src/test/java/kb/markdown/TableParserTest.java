package kb.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Document;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** kb's parser half of tables builds the trees flexmark's tables extension builds. */
class TableParserTest {

  private static final Parser FLEXMARK =
      Parser.builder().extensions(List.of(TablesExtension.create())).build();
  private static final Parser KB = Parser.builder().extensions(List.of(new TableParser())).build();
  private static final HtmlRenderer HTML =
      HtmlRenderer.builder().extensions(List.of(TablesExtension.create())).build();

  @Property(tries = 3000, seed = "20261126")
  void parsesPagesAsFlexmarkDoes(@ForAll("markdown") String markdown) {
    assertParsedAlike(markdown);
  }

  @Test
  void readsATableOnAPageWhoseFirstParagraphsHaveNoPipe() {
    String markdown = "Intro.\n\n> Quoted.\n\n| a | b |\n|---|---|\n| c | d |\n";
    assertParsedAlike(markdown);
    String html = HTML.render(KB.parse(markdown));
    assertTrue(
        html.endsWith(
            "<table>\n<thead>\n<tr><th>a</th><th>b</th></tr>\n</thead>\n"
                + "<tbody>\n<tr><td>c</td><td>d</td></tr>\n</tbody>\n</table>\n"),
        html);
  }

  @Test
  void asksFlexmarksPreProcessorNothingOnAPageWithoutAPipe() {
    Counting flexmark = new Counting(TableParagraphPreProcessor.Factory(), new AtomicInteger());
    Parser parser =
        Parser.builder().paragraphPreProcessorFactory(new TableParser.Factory(flexmark)).build();
    parser.parse("One.\n\n> Two.\n\n- three\n");
    assertEquals(0, flexmark.made().get());
    parser.parse("One.\n\n| a | b |\n|---|---|\n\nTwo | three.\n");
    assertEquals(1, flexmark.made().get(), "made once a page, at its first paragraph");
  }

  /** flexmark's factory, counting the pre-processors it makes. */
  private record Counting(ParagraphPreProcessorFactory flexmark, AtomicInteger made)
      implements ParagraphPreProcessorFactory, WrappedFlexmarkFactory {

    @Override
    public ParagraphPreProcessor apply(ParserState state) {
      made.incrementAndGet();
      return flexmark.apply(state);
    }
  }

  private static void assertParsedAlike(String markdown) {
    Document expected = FLEXMARK.parse(markdown);
    Document actual = KB.parse(markdown);
    assertEquals(HTML.render(expected), HTML.render(actual), markdown);
    assertEquals(FlexmarkTree.of(expected), FlexmarkTree.of(actual), markdown);
  }

  /** Paragraphs, quotes, list items and tables, whole or cut, with pipes here and there. */
  @Provide
  Arbitrary<String> markdown() {
    return Arbitraries.of(
            "word ",
            "a | b",
            "|",
            "\\|",
            "`a|b`",
            "|---|---|",
            "---|",
            ":-:|",
            "| a | b |\n|---|---|\n| c | d |\n",
            "a | b\n--|--\n",
            "[caption]\n",
            "> ",
            "- ",
            "1. ",
            "    ",
            "\n",
            "\n\n",
            "# h\n")
        .list()
        .ofMaxSize(30)
        .map(parts -> String.join("", parts));
  }
}
