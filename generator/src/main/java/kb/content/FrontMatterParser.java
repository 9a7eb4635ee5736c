package kb.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.Diagnostic;
import kb.diagnostic.SourceSpan;
import kb.yaml.FlatYaml;
import kb.yaml.YamlReader;
import kb.yaml.YamlValue;

/** Splits a page into its YAML front matter (between {@code ---} lines) and its Markdown body. */
final class FrontMatterParser {

  private static final String FENCE = "---";
  private static final Set<String> KEYS =
      Set.of("title", "category", "order", "doc_path", "anchor", "group", "kind");

  /** How deep groups nest in the sidebar: a group and its subgroup. */
  static final int GROUP_DEPTH = 2;

  private FrontMatterParser() {}

  static SourcePage parse(Path file, String path, String text) {
    if (text.isBlank()) {
      throw fail(SourceSpan.of(file), "empty Markdown file", "start it with front matter: ---");
    }
    int firstEnd = lineEnd(text, 0);
    if (!isFence(text, 0, firstEnd)) {
      throw fail(
          SourceSpan.at(file, 1),
          "missing front matter",
          "start the page with ---, then title:, category: and order:, then ---");
    }
    // Line by line from the top, never splitting the whole page: the body is what follows.
    int line = 1; // index of the line starting at start
    for (int start = firstEnd + 1; start <= text.length(); line++) {
      int end = lineEnd(text, start);
      if (isFence(text, start, end)) {
        String yaml = text.substring(firstEnd + 1, Math.max(firstEnd + 1, start - 1));
        FrontMatter frontMatter = frontMatter(YamlReader.read(file, yaml, 2), file);
        String body = end < text.length() ? text.substring(end + 1) : "";
        return new SourcePage(file, path, frontMatter, body, line + 2);
      }
      start = end + 1;
    }
    throw fail(SourceSpan.at(file, 1), "front matter is not closed", "end it with a --- line");
  }

  /** Where the line starting at {@code start} ends: its line feed, or the end of the text. */
  private static int lineEnd(String text, int start) {
    int end = text.indexOf('\n', start);
    return end < 0 ? text.length() : end;
  }

  private static boolean isFence(String text, int start, int end) {
    return text.substring(start, end).strip().equals(FENCE);
  }

  private static FrontMatter frontMatter(FlatYaml yaml, Path file) {
    List<Diagnostic> problems = new ArrayList<>();
    for (YamlValue value : yaml.all().values()) {
      if (!KEYS.contains(value.key())) {
        problems.add(
            Diagnostic.input(value.where(), "unknown front matter key '" + value.key() + "'")
                .withHint("known keys: anchor, category, doc_path, group, kind, order, title"));
      }
    }
    String title = yaml.require("title", problems);
    String category = yaml.require("category", problems);
    int order = order(yaml, problems);
    List<String> group = group(yaml, problems);
    PageKind kind = kind(yaml, problems);
    if (!problems.isEmpty()) {
      throw new BuildFailedException(problems);
    }
    return new FrontMatter(
        title,
        category,
        order,
        yaml.optional("doc_path", "").strip(),
        yaml.optional("anchor", "").strip(),
        SourceSpan.at(file, 1),
        group,
        kind);
  }

  private static PageKind kind(FlatYaml yaml, List<Diagnostic> problems) {
    YamlValue value = yaml.get("kind").orElse(null);
    if (value == null) {
      return PageKind.DEFAULT;
    }
    Optional<PageKind> kind = PageKind.of(value.text().strip());
    if (kind.isEmpty()) {
      problems.add(
          Diagnostic.input(value.where(), "unknown page kind '" + value.text().strip() + "'")
              .withHint("kind is one of " + PageKind.words() + " (faq when left out)"));
    }
    return kind.orElse(PageKind.DEFAULT);
  }

  /** {@code group: API reference / Quotes}: names split at {@code /}, at most two. */
  private static List<String> group(FlatYaml yaml, List<Diagnostic> problems) {
    YamlValue value = yaml.get("group").orElse(null);
    if (value == null || value.text().isBlank()) {
      return List.of();
    }
    if (value.list()) {
      problems.add(
          Diagnostic.input(value.where(), "group must be text such as 'API reference / Quotes'"));
      return List.of();
    }
    List<String> names = new ArrayList<>();
    for (String name : value.text().split("/", -1)) {
      names.add(name.strip());
    }
    if (names.size() > GROUP_DEPTH || names.stream().anyMatch(String::isEmpty)) {
      problems.add(
          Diagnostic.input(
                  value.where(),
                  "group must name one group or a group and its subgroup, separated by '/'")
              .withHint("for example: group: API reference / Quotes"));
      return List.of();
    }
    return List.copyOf(names);
  }

  private static int order(FlatYaml yaml, List<Diagnostic> problems) {
    YamlValue value = yaml.get("order").orElse(null);
    if (value == null) {
      return 0;
    }
    try {
      return Integer.parseInt(value.text().strip());
    } catch (NumberFormatException e) {
      problems.add(Diagnostic.input(value.where(), "order must be a whole number"));
      return 0;
    }
  }

  private static BuildFailedException fail(SourceSpan where, String message, String hint) {
    return new BuildFailedException(Diagnostic.input(where, message).withHint(hint));
  }
}
