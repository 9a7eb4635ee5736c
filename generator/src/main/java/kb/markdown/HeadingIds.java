package kb.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.html.MutableAttributes;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Explicit heading ids, written at the end of a heading as {@code {#3127}}. Only headings get them,
 * so braces elsewhere in prose stay text; ids are never derived from heading text, so editing a
 * question never breaks a deep link. A translated question may add the hash of the source question
 * it was translated from, {@code {#3127 from=1a2b3c4d}} ({@link QuestionSections}); it is taken off
 * with the id and never shown.
 */
final class HeadingIds {

  /**
   * The id mark at the end of a heading: letters, digits, {@code -} and {@code _}, then optionally
   * {@code from=} and eight hex digits (group 2).
   */
  static final Pattern MARK =
      Pattern.compile("\\s*\\{#([A-Za-z0-9_-]+)(?: from=([0-9a-fA-F]{8}))?}\\s*$");

  private static final NullableDataKey<Map<Node, String>> IDS =
      new NullableDataKey<>("KB_HEADING_IDS");

  private HeadingIds() {}

  /** Takes the id mark off the heading's text and remembers it; returns the id or null. */
  static String take(Heading heading) {
    Node last = heading.getLastChild();
    if (!(last instanceof Text text)) {
      return null;
    }
    BasedSequence chars = text.getChars();
    Matcher mark = MARK.matcher(chars);
    if (!mark.find()) {
      return null;
    }
    String id = mark.group(1);
    BasedSequence kept = chars.subSequence(0, mark.start());
    if (kept.isEmpty()) {
      text.unlink();
    } else {
      text.setChars(kept);
    }
    ids(heading.getDocument()).put(heading, id);
    return id;
  }

  /** The id {@link #take} found for the heading, or null. */
  static String idOf(Heading heading) {
    Map<Node, String> ids = IDS.get(heading.getDocument());
    return ids == null ? null : ids.get(heading);
  }

  private static Map<Node, String> ids(Document document) {
    Map<Node, String> ids = IDS.get(document);
    if (ids == null) {
      ids = new IdentityHashMap<>();
      document.set(IDS, ids);
    }
    return ids;
  }

  /** Writes the remembered ids as {@code id} attributes of the rendered headings. */
  static final class Provider implements AttributeProvider {
    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
      Map<Node, String> ids = IDS.get(node.getDocument());
      if (node instanceof Heading && ids != null) {
        String id = ids.get(node);
        if (id != null) {
          attributes.replaceValue("id", id);
        }
      }
    }
  }

  static final class ProviderFactory extends IndependentAttributeProviderFactory {
    @Override
    public AttributeProvider apply(LinkResolverContext context) {
      return new Provider();
    }
  }
}
