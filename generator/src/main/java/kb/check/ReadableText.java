package kb.check;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.nodes.XmlDeclaration;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * What a reader can read in HTML or SVG, as one text for the leak lint: the text with tags removed
 * and character references decoded, where inline elements (the spans of highlighted code, an SVG
 * {@code tspan}) join their text as the reader sees it and other elements part it; then every
 * attribute value but class names (link targets, image paths, alt texts, titles, styles), comment
 * and script, each on a line of its own, so none joins the text around it. Any markup is read, kb's
 * or not, by jsoup, as a browser reads it.
 */
final class ReadableText {

  /** Elements whose text runs on with the text around them, in HTML and in SVG. */
  private static final Set<String> INLINE =
      Set.of(
          "a",
          "abbr",
          "b",
          "bdi",
          "bdo",
          "big",
          "cite",
          "code",
          "data",
          "del",
          "dfn",
          "em",
          "font",
          "i",
          "ins",
          "kbd",
          "label",
          "mark",
          "nobr",
          "q",
          "s",
          "samp",
          "small",
          "span",
          "strike",
          "strong",
          "sub",
          "sup",
          "time",
          "tt",
          "u",
          "var",
          "wbr",
          "tspan",
          "textpath");

  private ReadableText() {}

  /** The readable text of {@code markup}, then its attribute values, comments and scripts. */
  static String of(String markup) {
    if (markup.indexOf('<') < 0 && markup.indexOf('&') < 0) {
      return markup;
    }
    Parser parser =
        markup.stripLeading().startsWith("<?xml") ? Parser.xmlParser() : Parser.htmlParser();
    StringBuilder text = new StringBuilder(markup.length());
    StringBuilder values = new StringBuilder();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
              text.append(t.getWholeText()); // a CDATA section too
            } else if (node instanceof DataNode d) {
              values.append(d.getWholeData()).append('\n'); // script and style
            } else if (node instanceof Comment c) {
              values.append(c.getData()).append('\n');
            } else if (node instanceof XmlDeclaration x) {
              values.append(x.getWholeDeclaration()).append('\n');
            } else if (node instanceof Element e) {
              partUnlessInline(e, text);
              for (Attribute a : e.attributes()) {
                // Class names are never shown, and highlighted code has one on every span.
                if (!a.getKey().equalsIgnoreCase("class")) {
                  values.append(a.getValue()).append('\n');
                }
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e) {
              partUnlessInline(e, text);
            }
          }
        },
        Jsoup.parse(markup, "", parser));
    return text.append('\n').append(values).toString();
  }

  private static void partUnlessInline(Element element, StringBuilder text) {
    if (!INLINE.contains(element.normalName()) && !(element instanceof Document)) {
      text.append('\n');
    }
  }
}
