package kb.yaml;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.Diagnostic;
import kb.diagnostic.SourceSpan;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a YAML mapping (a brand file, a page's front matter) with SnakeYAML's node API, which keeps
 * line numbers, and flattens it. Only mappings, scalars and lists of scalars are accepted: what
 * kb's files need, nothing that could surprise.
 */
public final class YamlReader {

  private YamlReader() {}

  /**
   * @param file the file to name in errors
   * @param text the YAML text
   * @param firstLine the file's line number of the text's first line (front matter starts at 2)
   * @throws BuildFailedException for malformed YAML or a shape kb does not accept; with every key
   *     given twice, each naming the line of the first
   */
  public static FlatYaml read(Path file, String text, int firstLine) {
    Node root = compose(file, text, firstLine);
    SourceSpan start = SourceSpan.at(file, firstLine);
    if (root == null) {
      return new FlatYaml(start, Map.of());
    }
    if (!(root instanceof MappingNode mapping)) {
      throw failure(file, root.getStartMark(), firstLine, "expected a YAML mapping of keys");
    }
    Map<String, YamlValue> leaves = new LinkedHashMap<>();
    List<Diagnostic> duplicates = new ArrayList<>();
    flatten(file, firstLine, "", mapping, leaves, duplicates);
    if (!duplicates.isEmpty()) {
      throw new BuildFailedException(duplicates);
    }
    return new FlatYaml(start, leaves);
  }

  private static Node compose(Path file, String text, int firstLine) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(10);
    try {
      return new Yaml(options).compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      String problem = e.getProblem() == null ? e.getContext() : e.getProblem();
      throw failure(
          file,
          e.getProblemMark(),
          firstLine,
          "malformed YAML: " + problem + started(e, firstLine));
    } catch (YAMLException e) {
      throw new BuildFailedException(
          Diagnostic.input(SourceSpan.at(file, firstLine), "malformed YAML: " + e.getMessage()));
    }
  }

  /**
   * Adds the mapping's leaves to {@code out} under dotted keys. SnakeYAML's composer keeps a key
   * given twice (only its constructor, which kb does not use, refuses one), and the second value
   * would silently replace the first: each such key, and each dotted key two ways of writing reach,
   * goes to {@code duplicates}.
   */
  private static void flatten(
      Path file,
      int firstLine,
      String prefix,
      MappingNode mapping,
      Map<String, YamlValue> out,
      List<Diagnostic> duplicates) {
    Map<String, SourceSpan> keys = new HashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
        throw failure(
            file, tuple.getKeyNode().getStartMark(), firstLine, "keys must be plain text");
      }
      String key = prefix + keyNode.getValue();
      SourceSpan keyAt = span(file, keyNode.getStartMark(), firstLine);
      SourceSpan first = keys.putIfAbsent(keyNode.getValue(), keyAt);
      if (first != null) {
        duplicates.add(duplicate(key, keyAt, first));
        continue;
      }
      Node value = tuple.getValueNode();
      if (value instanceof MappingNode nested) {
        flatten(file, firstLine, key + ".", nested, out, duplicates);
        continue;
      }
      YamlValue earlier = out.putIfAbsent(key, leaf(file, firstLine, key, value));
      if (earlier != null) {
        duplicates.add(duplicate(key, keyAt, earlier.where()));
      }
    }
  }

  /** A scalar or a list of scalars, as a leaf. */
  private static YamlValue leaf(Path file, int firstLine, String key, Node value) {
    SourceSpan where = span(file, value.getStartMark(), firstLine);
    if (value instanceof ScalarNode scalar) {
      return new YamlValue(key, List.of(scalar.getValue()), false, where);
    } else if (value instanceof SequenceNode sequence) {
      return new YamlValue(key, items(file, firstLine, key, sequence), true, where);
    }
    throw failure(file, value.getStartMark(), firstLine, "unsupported value for '" + key + "'");
  }

  private static Diagnostic duplicate(String key, SourceSpan second, SourceSpan first) {
    return Diagnostic.input(
            second, "duplicate key '" + key + "': already given at line " + first.line())
        .withHint("keep one of lines " + first.line() + " and " + second.line());
  }

  /** Where the construct that failed began, when that is another line: an unclosed quote. */
  private static String started(MarkedYAMLException e, int firstLine) {
    Mark context = e.getContextMark();
    Mark problem = e.getProblemMark();
    if (context == null || e.getContext() == null || problem == null) {
      return "";
    }
    if (context.getLine() == problem.getLine()) {
      return "";
    }
    return " (" + e.getContext() + " started at line " + (firstLine + context.getLine()) + ")";
  }

  private static List<String> items(Path file, int firstLine, String key, SequenceNode sequence) {
    List<String> items = new ArrayList<>();
    for (Node item : sequence.getValue()) {
      if (!(item instanceof ScalarNode scalar)) {
        throw failure(file, item.getStartMark(), firstLine, "'" + key + "' must list plain values");
      }
      items.add(scalar.getValue());
    }
    return items;
  }

  private static SourceSpan span(Path file, Mark mark, int firstLine) {
    return mark == null
        ? SourceSpan.at(file, firstLine)
        : SourceSpan.at(file, firstLine + mark.getLine(), mark.getColumn() + 1);
  }

  private static BuildFailedException failure(Path file, Mark mark, int firstLine, String message) {
    return new BuildFailedException(Diagnostic.input(span(file, mark, firstLine), message));
  }
}
