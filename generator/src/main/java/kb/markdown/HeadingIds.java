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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Explicit heading ids, written at the end of a heading as {@code {#3127}}. Only headings get them,
 * so braces elsewhere in prose stay text; ids are never derived from heading text, so editing a
 * question never breaks a deep link. A translated question may add the hash of the source question
 * it was translated from, {@code {#3127 from=1a2b3c4d}} ({@link QuestionSections}); it is taken off
 * with the id and never shown. A question may also keep old ids as aliases, {@code {#3127
 * aliases=q-old,4410}} (after {@code from=} or before it), so that old deep links still reach it:
 * each alias is an anchor of the page, rendered as an empty element at the question.
 */
final class HeadingIds {

  private static final String ID = "[A-Za-z0-9_-]+";
  private static final String HASH = "[0-9a-fA-F]{8}";
  private static final String LIST = ID + "(?:," + ID + ")*";

  /**
   * The id mark at the end of a heading: letters, digits, {@code -} and {@code _}, then optionally
   * {@code from=} and eight hex digits and {@code aliases=} and a comma-separated list of ids, in
   * either order. Read its parts with {@link #from} and {@link #aliases}.
   */
  static final Pattern MARK =
      Pattern.compile(
          "\\s*\\{#("
              + ID
              + ")(?:(?: from=("
              + HASH
              + "))?(?: aliases=("
              + LIST
              + "))?| aliases=("
              + LIST
              + ") from=("
              + HASH
              + "))}\\s*$");

  private static final NullableDataKey<Map<Node, String>> IDS =
      new NullableDataKey<>("KB_HEADING_IDS");

  private static final NullableDataKey<Map<Node, List<String>>> ALIASES =
      new NullableDataKey<>("KB_HEADING_ALIASES");

  private HeadingIds() {}

  /** The hash after {@code from=} of a {@link #MARK} found, in lower case; empty without one. */
  static String from(Matcher mark) {
    String from = mark.group(2) != null ? mark.group(2) : mark.group(5);
    return from == null ? "" : from.toLowerCase(Locale.ROOT);
  }

  /** The ids after {@code aliases=} of a {@link #MARK} found, in order; empty without any. */
  static List<String> aliases(Matcher mark) {
    String list = mark.group(3) != null ? mark.group(3) : mark.group(4);
    return list == null ? List.of() : List.of(list.split(","));
  }

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
    List<String> aliases = aliases(mark);
    if (!aliases.isEmpty()) {
      Document document = heading.getDocument();
      Map<Node, List<String>> all = ALIASES.get(document);
      if (all == null) {
        all = new IdentityHashMap<>();
        document.set(ALIASES, all);
      }
      all.put(heading, aliases);
    }
    return id;
  }

  /** Gives a heading written without an id one, as if written with it. */
  static void assign(Heading heading, String id) {
    ids(heading.getDocument()).put(heading, id);
  }

  /** The id {@link #take} found for the heading, or null. */
  static String idOf(Heading heading) {
    Map<Node, String> ids = IDS.get(heading.getDocument());
    return ids == null ? null : ids.get(heading);
  }

  /** The aliases {@link #take} found for the heading, in order; empty without any. */
  static List<String> aliasesOf(Heading heading) {
    Map<Node, List<String>> aliases = ALIASES.get(heading.getDocument());
    List<String> found = aliases == null ? null : aliases.get(heading);
    return found == null ? List.of() : found;
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
