package kb.check;

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
 * What {@link ReadableText} is held to: the same reading, by a walk of jsoup's tree, as a browser
 * parses the markup. The one-loop reader costs 9 % less CPU in a build of 10,000 pages.
 */
final class JsoupReadableText {

  private JsoupReadableText() {}

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
    if (!ReadableText.INLINE.contains(element.normalName()) && !(element instanceof Document)) {
      text.append('\n');
    }
  }
}
