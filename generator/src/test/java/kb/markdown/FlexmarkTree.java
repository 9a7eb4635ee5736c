package kb.markdown;

import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;

/** A flexmark syntax tree as text, for tests that compare two parsers' trees. */
final class FlexmarkTree {

  private FlexmarkTree() {}

  /** Every node with the source range it covers, in document order. */
  static List<String> of(Node node) {
    List<String> nodes = new ArrayList<>();
    nodes.add(node.getClass().getSimpleName() + node.getStartOffset() + "-" + node.getEndOffset());
    for (Node child : node.getChildren()) {
      nodes.addAll(of(child));
    }
    return nodes;
  }
}
