package kb.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

/** HTML held out of flexmark's writer comes back exactly as the writer would have written it. */
class HtmlSlotsTest {

  private static final List<Extension> TABLES = List.of(TablesExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(TABLES).build();
  private static final HtmlRenderer KB =
      HtmlRenderer.builder()
          .extensions(TABLES)
          .nodeRendererFactory(new TextRenderer.Factory())
          .nodeRendererFactory(new CodeBlockRenderer.Factory())
          .build();

  private static String withSlots(String markdown) {
    Document document = PARSER.parse(markdown);
    HtmlSlots slots = HtmlSlots.attach(document, markdown);
    return slots.fill(KB.render(document));
  }

  @Property(tries = 3000, seed = "20261126")
  void slotsChangeNothingInTheRenderedHtml(@ForAll("markdown") String markdown) {
    assertEquals(KB.render(PARSER.parse(markdown)), withSlots(markdown), markdown);
  }

  @Test
  void codeKeepsItsBlankLinesSpacesAndTabs() {
    String markdown = "- item\n\n  ```python\n  a = 1  \n\n\n\n  \tb = 2\n  ```\n";
    assertEquals(KB.render(PARSER.parse(markdown)), withSlots(markdown));
  }

  @Test
  void aPageWithTheMarkerCharacterGetsNoSlots() {
    String markdown = "Text with \0 in it.\n";
    Document document = PARSER.parse(markdown);
    assertNull(HtmlSlots.attach(document, markdown));
    assertEquals(KB.render(PARSER.parse(markdown)), KB.render(document));
  }

  @Test
  void aMarkerWithoutItsHtmlIsABug() {
    String markdown = "Some text.\n";
    Document document = PARSER.parse(markdown);
    HtmlSlots slots = HtmlSlots.attach(document, markdown);
    KB.render(document);
    assertThrows(IllegalStateException.class, () -> slots.fill("<p>no markers</p>"));
  }

  /**
   * Blocks and inlines whose whitespace flexmark's writer might touch: indents, tabs, breaks, and
   * references to a tab or space, which survive the parser at the start of a line.
   */
  @Provide
  Arbitrary<String> markdown() {
    return Arbitraries.of(
            "word",
            " ",
            "  ",
            "\t",
            "\n",
            "\n\n",
            "  \n",
            "\\\n",
            "- ",
            "  - ",
            "1. ",
            "> ",
            "    ",
            "# ",
            "`code`",
            "*em*",
            "[a](/b \"t\")",
            "![alt *x*](/i.png)",
            "&amp;",
            "&#9;",
            "&#32;",
            "<b>",
            "\n```\n  a\t b  \n\n\n c\n```\n",
            "\n```bash\ncd ~/x\n\n./run --x=1\n```\n",
            "\n~~~\n\tindented\n~~~\n",
            "\n| a | b |\n|---|---|\n| c d | `e` |\n",
            "\n<div>\n",
            "---")
        .list()
        .ofMaxSize(30)
        .map(parts -> String.join("", parts));
  }
}
