package kb.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * An exported HTML table in kb's forms: a Markdown pipe table when every cell holds one line of
 * text, else the safe subset of HTML kb allows for tables whose cells hold lists or paragraphs
 * (table, tr, th, td, ul, ol, li, p, br, code, strong, em, a), so the cells' lists are kept.
 */
final class HtmlTables {

  private static final Safelist TABLE_SUBSET =
      Safelist.none()
          .addTags(
              "table", "thead", "tbody", "tr", "th", "td", "ul", "ol", "li", "p", "br", "code",
              "strong", "em", "a")
          .addAttributes("a", "href")
          .addAttributes("th", "colspan", "rowspan")
          .addAttributes("td", "colspan", "rowspan");

  private HtmlTables() {}

  /**
   * @param html the table's HTML as exported
   * @param link maps a link target as {@link PageLinks} does
   */
  static String convert(String html, UnaryOperator<String> link) {
    Document doc = Jsoup.parseBodyFragment(html);
    Element table = doc.selectFirst("table");
    if (table == null) {
      return html.strip();
    }
    table.select("b").tagName("strong");
    table.select("i").tagName("em");
    for (Element a : table.select("a[href]")) {
      a.attr("href", link.apply(a.attr("href")));
    }
    boolean blocks = !table.select("td ul, td ol, td p, td table, th ul, th ol, td pre").isEmpty();
    if (!blocks && !table.select("tr").isEmpty()) {
      return pipeTable(table);
    }
    Document clean = new Cleaner(TABLE_SUBSET).clean(doc);
    clean.outputSettings().prettyPrint(true).indentAmount(2);
    return clean.body().html().strip();
  }

  private static String pipeTable(Element table) {
    List<List<String>> rows = new ArrayList<>();
    for (Element row : table.select("tr")) {
      List<String> cells = new ArrayList<>();
      for (Element cell : row.select("> th, > td")) {
        cells.add(inline(cell));
      }
      rows.add(cells);
    }
    int columns = rows.stream().mapToInt(List::size).max().orElse(0);
    StringBuilder out = new StringBuilder();
    for (int r = 0; r < rows.size(); r++) {
      List<String> cells = new ArrayList<>(rows.get(r));
      while (cells.size() < columns) {
        cells.add("");
      }
      out.append("| ").append(String.join(" | ", cells)).append(" |\n");
      if (r == 0) {
        out.append("|").append(" --- |".repeat(columns)).append('\n');
      }
    }
    return out.toString().strip();
  }

  /** A cell's content as one line of Markdown. */
  private static String inline(Element cell) {
    StringBuilder out = new StringBuilder();
    for (Node node : cell.childNodes()) {
      if (node instanceof TextNode text) {
        out.append(text.text().replace("|", "\\|"));
      } else if (node instanceof Element element) {
        String inner = element.text().replace("|", "\\|");
        switch (element.tagName()) {
          case "code" -> out.append('`').append(inner).append('`');
          case "strong" -> out.append("**").append(inner).append("**");
          case "em" -> out.append('*').append(inner).append('*');
          case "a" ->
              out.append('[').append(inner).append("](").append(element.attr("href")).append(')');
          case "br" -> out.append(' ');
          default -> out.append(inner);
        }
      }
    }
    return out.toString().strip().replaceAll("\\s+", " ");
  }
}
