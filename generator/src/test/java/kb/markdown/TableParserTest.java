package kb.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
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

  private static void assertParsedAlike(String markdown) {
    Document expected = FLEXMARK.parse(markdown);
    Document actual = KB.parse(markdown);
    assertEquals(HTML.render(expected), HTML.render(actual), markdown);
    assertEquals(tree(expected), tree(actual), markdown);
  }

  /** Every node with the source range it covers, in document order. */
  private static List<String> tree(Node node) {
    List<String> nodes = new ArrayList<>();
    nodes.add(node.getClass().getSimpleName() + node.getStartOffset() + "-" + node.getEndOffset());
    for (Node child : node.getChildren()) {
      nodes.addAll(tree(child));
    }
    return nodes;
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
