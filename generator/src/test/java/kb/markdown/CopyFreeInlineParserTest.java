package kb.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The copy-free inline parser builds the trees flexmark's own inline parser builds. */
class CopyFreeInlineParserTest {

  private static final List<Extension> TABLES = List.of(TablesExtension.create());
  private static final Parser FLEXMARK = Parser.builder().extensions(TABLES).build();
  private static final Parser COPY_FREE =
      Parser.builder()
          .extensions(TABLES)
          .customInlineParserFactory(CopyFreeInlineParser.FACTORY)
          .paragraphPreProcessorFactory(CopyFreeInlineParser.REFERENCE_DEFINITIONS)
          .build();
  private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(TABLES).build();

  @Property(tries = 3000, seed = "20261126")
  void parsesInlinesAsFlexmarkDoes(@ForAll("markdown") String markdown) {
    Document expected = FLEXMARK.parse(markdown);
    Document actual = COPY_FREE.parse(markdown);
    assertEquals(HTML.render(expected), HTML.render(actual), markdown);
    assertEquals(FlexmarkTree.of(expected), FlexmarkTree.of(actual), markdown);
  }

  @Test
  void readsLinkReferenceDefinitions() {
    String markdown = "See [the guide][g] and `code`.\n\n[g]: /guide.html \"Guide\"\n";
    Document document = COPY_FREE.parse(markdown);
    assertEquals(
        "<p>See <a href=\"/guide.html\" title=\"Guide\">the guide</a> and <code>code</code>.</p>\n",
        HTML.render(document));
  }

  /** Paragraphs of code spans, links, titles, references, autolinks and emphasis, and tables. */
  @Provide
  Arbitrary<String> markdown() {
    return Arbitraries.of(
            "word ",
            "`code`",
            "``a ` b``",
            "`",
            "``",
            "` x `",
            "[a](/b)",
            "[a](</b c>)",
            "[a](/b \"t\")",
            "[a](/b 't')",
            "[a](/b (t))",
            "[a]( /b\n \"t\" )",
            "[a][r]",
            "[r]",
            "[r]: /ref \"T\"\n",
            "\n[r]: /ref\n",
            "<https://x.example>",
            "<a@b.example>",
            "<span>",
            "&amp;",
            "&#65;",
            "*em*",
            "**b**",
            "_u_",
            "![i](/i.png)",
            "\n",
            "\n\n",
            "| a | b |\n|---|---|\n| `c` | [d](/e) |\n",
            "\\`",
            "[",
            "]",
            "(",
            ")")
        .list()
        .ofMaxSize(30)
        .map(parts -> String.join("", parts));
  }
}
