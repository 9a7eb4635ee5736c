package kb.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kb.importer.AnswerBlock.Kind;

/**
 * Turns the export's blocks into kb Markdown: code fences as kb writes them ({@code ```python}),
 * callouts as {@code !!! tip "Tips"} with indented content, language tabs as content tabs ({@code
 * === "Python"} with the code indented four spaces), HTML tables as {@link HtmlTables} writes them,
 * and the inline parts through {@link InlineConverter}.
 */
final class BlockConverter {

  private static final Pattern FENCE = Pattern.compile("^( {0,3})(```+|~~~+)\\s*([\\w+#-]*)(.*)$");
  private static final Map<String, String> LANGUAGE_NAMES =
      Map.ofEntries(
          Map.entry("python", "Python"),
          Map.entry("py", "Python"),
          Map.entry("java", "Java"),
          Map.entry("cpp", "C++"),
          Map.entry("c++", "C++"),
          Map.entry("csharp", "C#"),
          Map.entry("cs", "C#"),
          Map.entry("c#", "C#"),
          Map.entry("javascript", "JavaScript"),
          Map.entry("js", "JavaScript"),
          Map.entry("go", "Go"),
          Map.entry("shell", "Shell"),
          Map.entry("bash", "Shell"),
          Map.entry("sh", "Shell"),
          Map.entry("json", "JSON"));

  private final InlineConverter inline;
  private final PageLinks links;
  private final Path file;
  private final ImportReport report;

  BlockConverter(InlineConverter inline, PageLinks links, Path file, ImportReport report) {
    this.inline = inline;
    this.links = links;
    this.file = file;
    this.report = report;
  }

  List<AnswerBlock> convert(List<ExportLine> lines) {
    List<AnswerBlock> blocks = new ArrayList<>();
    for (RawBlock raw : new BlockSplitter().split(lines)) {
      blocks.add(new AnswerBlock(raw.kind(), text(raw), raw.firstLine(), raw.gapBefore()));
    }
    return blocks;
  }

  private String text(RawBlock raw) {
    return switch (raw.kind()) {
      case CODE -> code(raw.lines());
      case TABS -> tabs(raw);
      case CALLOUT -> callout(raw);
      case TABLE ->
          HtmlTables.convert(
              joined(raw.lines()), url -> links.map(url, file, raw.firstLine(), report));
      default -> inline.convert(joined(raw.lines()), raw.firstLine());
    };
  }

  /** Blocks as one text: items of one list on consecutive lines, anything else a blank apart. */
  static String join(List<AnswerBlock> blocks) {
    StringBuilder out = new StringBuilder();
    AnswerBlock previous = null;
    for (AnswerBlock block : blocks) {
      if (previous != null) {
        boolean sameList =
            block.gapBefore() == 0
                && block.kind() == Kind.LIST_ITEM
                && previous.kind() == Kind.LIST_ITEM;
        out.append(sameList ? "\n" : "\n\n");
      }
      out.append(block.text());
      previous = block;
    }
    return out.toString();
  }

  private static String joined(List<ExportLine> lines) {
    return String.join("\n", lines.stream().map(ExportLine::text).toList());
  }

  /** The code as kb writes it: the fence's language right after it, the lines as they were. */
  private static String code(List<ExportLine> lines) {
    List<String> out = new ArrayList<>();
    Matcher open = FENCE.matcher(lines.get(0).text());
    String indent = "";
    String fence = "```";
    if (open.matches()) {
      indent = open.group(1);
      fence = open.group(2);
      out.add(indent + fence + open.group(3) + open.group(4).stripTrailing());
    } else {
      out.add(lines.get(0).text());
    }
    for (int i = 1; i < lines.size(); i++) {
      out.add(lines.get(i).text());
    }
    if (lines.size() < 2 || !lines.get(lines.size() - 1).text().strip().startsWith(fence)) {
      out.add(indent + fence);
    }
    return String.join("\n", out);
  }

  private String tabs(RawBlock raw) {
    List<String> labels = raw.label().isEmpty() ? List.of() : List.of(raw.label().split("\u0000"));
    List<List<ExportLine>> codes = new ArrayList<>();
    for (ExportLine line : raw.lines()) {
      boolean opens = codes.isEmpty() || closed(codes.get(codes.size() - 1));
      if (opens) {
        codes.add(new ArrayList<>());
      }
      codes.get(codes.size() - 1).add(line);
    }
    List<String> tabs = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      String language = BlockSplitter.language(new RawBlock(Kind.CODE, codes.get(i), 0, ""));
      String label =
          i < labels.size() ? labels.get(i) : LANGUAGE_NAMES.getOrDefault(language, language);
      StringBuilder tab = new StringBuilder("=== \"" + label.replace("\"", "'") + "\"");
      for (String line : code(codes.get(i)).split("\n", -1)) {
        tab.append('\n').append(line.isEmpty() ? "" : "    " + line);
      }
      tabs.add(tab.toString());
    }
    return String.join("\n\n", tabs);
  }

  private static boolean closed(List<ExportLine> code) {
    if (code.size() < 2) {
      return false;
    }
    Matcher open = FENCE.matcher(code.get(0).text());
    String fence = open.matches() ? open.group(2) : "```";
    return code.get(code.size() - 1).text().strip().equals(fence);
  }

  private String callout(RawBlock raw) {
    String header;
    if (raw.label().startsWith("!!! ")) {
      header = raw.label().stripTrailing();
    } else {
      String[] kindAndTitle = raw.label().split("\u0000", 2);
      header = "!!! " + kindAndTitle[0] + " \"" + kindAndTitle[1].replace("\"", "'") + "\"";
    }
    String content = join(convert(raw.lines()));
    StringBuilder out = new StringBuilder(header);
    for (String line : content.split("\n", -1)) {
      out.append('\n').append(line.isEmpty() ? "" : "    " + line);
    }
    return out.toString();
  }
}
