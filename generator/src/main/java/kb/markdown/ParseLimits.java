package kb.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.NullableDataKey;
import kb.brand.LineMap;
import kb.diagnostic.Diagnostic;
import kb.diagnostic.Diagnostics;

/**
 * How deep and how long the Markdown of a page may get. flexmark and kb's renderers recurse once
 * per level of nesting, and Java's regular expressions once per character of some runs, so a page
 * nested a few hundred levels deep or holding a run of some thousand characters overflows the
 * stack, and lists nested a few thousand levels deep take minutes to parse. The parser stops at
 * these limits ({@link BlockLimits}, {@link CopyFreeInlineParser}) and notes the first place one
 * was crossed in the page's document; {@link #check} reports it at its source line, or the first
 * node nested too deep, before anything walks the tree recursively. Far beyond what a help page
 * needs: the shipped content nests four levels at most.
 */
final class ParseLimits {

  /**
   * The most levels of nesting a page may have: block quotes, list items, callouts, code tabs, and
   * inline emphasis, links and images, counted together.
   */
  static final int MAX_DEPTH = 32;

  /**
   * The most {@code *}, {@code -} or {@code _} in a row (spaces between allowed) a line may start
   * with: flexmark's thematic break pattern recurses once for each of them.
   */
  static final int MAX_RUN = 256;

  private static final NullableDataKey<Exceeded> KEY = new NullableDataKey<>("KB_PARSE_LIMIT");

  /** A limit crossed, at an offset of the page's Markdown. */
  private record Exceeded(int offset, String message, String hint) {}

  private ParseLimits() {}

  /** Notes that a limit was crossed at {@code offset}; only the first place of a page is kept. */
  static void exceeded(Document document, int offset, String message, String hint) {
    if (KEY.get(document) == null) {
      document.set(KEY, new Exceeded(offset, message, hint));
    }
  }

  /** The note for a level of nesting past {@link #MAX_DEPTH}. */
  static void tooDeep(Document document, int offset) {
    exceeded(
        document,
        offset,
        "nested more than " + MAX_DEPTH + " levels deep",
        "quotes, lists, callouts, code tabs, links and emphasis count together; flatten the structure");
  }

  /**
   * Reports the first limit the page crossed, at its source line: the one the parser noted, else
   * the first node nested more than {@link #MAX_DEPTH} levels deep. Walks the tree without
   * recursion.
   *
   * @return whether the page is within the limits, and may be walked and rendered
   */
  static boolean check(Document document, LineMap lines, Diagnostics problems) {
    Exceeded noted = KEY.get(document);
    if (noted == null) {
      Node deep = firstTooDeep(document);
      if (deep == null) {
        return true;
      }
      tooDeep(document, deep.getStartOffset());
      noted = KEY.get(document);
    }
    problems.add(
        Diagnostic.input(lines.at(noted.offset()), noted.message()).withHint(noted.hint()));
    return false;
  }

  /** The first node, in document order, with more than {@link #MAX_DEPTH} levels; or null. */
  private static Node firstTooDeep(Document document) {
    Node node = document.getFirstChild();
    int outside = 0; // the levels of the nodes around node
    while (node != null) {
      int levels = outside + (nests(node) ? 1 : 0);
      if (levels > MAX_DEPTH) {
        return node;
      }
      if (node.getFirstChild() != null) {
        outside = levels;
        node = node.getFirstChild();
        continue;
      }
      while (node.getNext() == null) {
        node = node.getParent();
        if (node == document) {
          return null;
        }
        outside -= nests(node) ? 1 : 0;
      }
      node = node.getNext();
    }
    return null;
  }

  /**
   * Whether a node is a level of nesting: a block that holds blocks, or an inline node that holds
   * others (emphasis, a link, an image).
   */
  static boolean nests(Node node) {
    return node instanceof BlockQuote
        || node instanceof ListItem
        || node instanceof AdmonitionBlock
        || node instanceof TabBlock
        || (!(node instanceof Block) && node.hasChildren());
  }
}
