package kb.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.sequence.Escaping;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Text nodes render exactly as flexmark's own renderer writes them. */
class TextRendererTest {

  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer FLEXMARK = HtmlRenderer.builder().build();
  private static final HtmlRenderer KB =
      HtmlRenderer.builder().nodeRendererFactory(new TextRenderer.Factory()).build();

  @Property(tries = 2000, seed = "20261125")
  void rendersMarkdownTextAsFlexmarkDoes(@ForAll("markdown") String markdown) {
    Document document = PARSER.parse(markdown);
    assertEquals(FLEXMARK.render(document), KB.render(document), markdown);
  }

  @Property(tries = 2000, seed = "20261125")
  void escapesHtmlAsFlexmarkDoes(@ForAll("markdown") String text) {
    assertEquals(Escaping.escapeHtml(text, false), HtmlText.escape(text), text);
  }

  /** Text with escapes, entities, markup characters, CR line ends and non-Latin letters. */
  @Provide
  Arbitrary<String> markdown() {
    return Arbitraries.of(
            "word", "中文", " ", "\n", "\r\n", "\r", "\\*", "\\\\", "\\", "&amp;", "&copy;", "&#233;",
            "&bogus;", "&", "<", ">", "\"", "'", "*em*", "`code`", "[a](b)", "# ", "- ", "> ",
            "<b>", "é")
        .list()
        .ofMaxSize(25)
        .map(parts -> String.join("", parts));
  }
}
