package kb.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kb.importer.AnswerBlock.Kind;

/**
 * Splits an answer's exported lines into blocks: paragraphs, list items (each its own, so a brand
 * block can hold one item), fenced code (without the line numbers the export printed after it),
 * HTML tables, callouts (a "Tips" line set off by blank lines, {@code ::: tip} containers, kb's own
 * {@code !!! tip}) and runs of code blocks in different languages, which were language tabs.
 */
final class BlockSplitter {

  static final Pattern LIST_MARKER = Pattern.compile("^( {0,3})([-*+]|\\d+[.)])( +)\\S.*");
  private static final Pattern FENCE = Pattern.compile("^( {0,3})(```+|~~~+)\\s*([\\w+#-]*)");
  private static final Pattern NUMBERS = Pattern.compile("\\s*\\d+(\\s+\\d+)*\\s*");
  private static final Pattern CONTAINER = Pattern.compile("^:::\\s*(\\w+)\\s*(.*)$");

  /** Callout titles of the export and the kb callout each becomes. */
  static final Map<String, String> CALLOUT_WORDS =
      Map.ofEntries(
          Map.entry("tips", "tip"),
          Map.entry("tip", "tip"),
          Map.entry("提示", "tip"),
          Map.entry("note", "note"),
          Map.entry("说明", "note"),
          Map.entry("說明", "note"),
          Map.entry("warning", "warning"),
          Map.entry("注意", "warning"),
          Map.entry("警告", "warning"),
          Map.entry("danger", "danger"),
          Map.entry("危险", "danger"),
          Map.entry("危險", "danger"));

  List<RawBlock> split(List<ExportLine> lines) {
    List<RawBlock> blocks = new ArrayList<>();
    int i = 0;
    int gap = 0;
    while (i < lines.size()) {
      ExportLine line = lines.get(i);
      String text = line.text();
      if (line.isBlank()) {
        gap++;
        i++;
        continue;
      }
      int end;
      RawBlock block;
      Matcher container = CONTAINER.matcher(text.strip());
      if (FENCE.matcher(text).find()) {
        end = fenceEnd(lines, i);
        block = new RawBlock(Kind.CODE, lines.subList(i, end), gap, "");
        end = afterLineNumbers(lines, end, end - i - 2);
      } else if (text.strip().toLowerCase(Locale.ROOT).startsWith("<table")) {
        end = tableEnd(lines, i);
        block = new RawBlock(Kind.TABLE, lines.subList(i, end), gap, "");
      } else if (text.startsWith("!!! ")) {
        end = indentedEnd(lines, i + 1);
        block = new RawBlock(Kind.CALLOUT, dedent(lines.subList(i + 1, end)), gap, text);
      } else if (container.matches() && !container.group(1).isEmpty()) {
        end = containerEnd(lines, i + 1);
        String label = container.group(2).isBlank() ? container.group(1) : container.group(2);
        block =
            new RawBlock(
                Kind.CALLOUT,
                lines.subList(i + 1, Math.max(i + 1, end - 1)),
                gap,
                kind(container.group(1)) + "\u0000" + label.strip());
      } else if (isCalloutTitle(lines, i, gap)) {
        end = calloutEnd(lines, i + 1);
        block =
            new RawBlock(
                Kind.CALLOUT,
                ExportReader.trim(lines.subList(i + 1, end)),
                gap,
                kind(text.strip()) + "\u0000" + text.strip());
      } else if (LIST_MARKER.matcher(text).matches()) {
        end = itemEnd(lines, i);
        block = new RawBlock(Kind.LIST_ITEM, ExportReader.trim(lines.subList(i, end)), gap, "");
      } else {
        end = paragraphEnd(lines, i);
        block = new RawBlock(Kind.PARAGRAPH, lines.subList(i, end), gap, "");
      }
      blocks.add(block);
      gap = 0;
      i = end;
    }
    return tabs(blocks);
  }

  private static String kind(String word) {
    return CALLOUT_WORDS.getOrDefault(word.toLowerCase(Locale.ROOT), "note");
  }

  /** A title word alone, set off by a blank line from what follows it. */
  private static boolean isCalloutTitle(List<ExportLine> lines, int i, int gap) {
    String word = lines.get(i).text().strip().toLowerCase(Locale.ROOT);
    return CALLOUT_WORDS.containsKey(word)
        && (gap > 0 || i == 0)
        && i + 2 < lines.size()
        && lines.get(i + 1).isBlank();
  }

  /** A callout's content ends where two blank lines in a row (a container's end) are. */
  private static int calloutEnd(List<ExportLine> lines, int from) {
    int blanks = 0;
    boolean started = false;
    for (int i = from; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        blanks++;
        if (started && blanks >= 2) {
          return i - blanks + 1;
        }
      } else {
        started = true;
        blanks = 0;
      }
    }
    return lines.size();
  }

  private static int fenceEnd(List<ExportLine> lines, int start) {
    Matcher open = FENCE.matcher(lines.get(start).text());
    open.find();
    String fence = open.group(2);
    for (int i = start + 1; i < lines.size(); i++) {
      String text = lines.get(i).text().strip();
      if (text.startsWith(fence) && text.replace(fence.substring(0, 1), "").isEmpty()) {
        return i + 1;
      }
    }
    return lines.size();
  }

  /**
   * Past the line numbers the export printed after a code block (1, 2, 3, … one a line or on one
   * line), which are not part of the page.
   */
  private static int afterLineNumbers(List<ExportLine> lines, int from, int codeLines) {
    int i = from;
    int expected = 1;
    int end = from;
    while (i < lines.size()) {
      String text = lines.get(i).text();
      if (text.isBlank()) {
        i++;
        continue;
      }
      if (!NUMBERS.matcher(text).matches()) {
        break;
      }
      for (String number : text.strip().split("\\s+")) {
        if (Integer.parseInt(number) != expected) {
          return end;
        }
        expected++;
      }
      i++;
      end = i;
    }
    return expected > 1 && expected - 1 <= Math.max(codeLines, 1) + 1 ? end : from;
  }

  private static int tableEnd(List<ExportLine> lines, int start) {
    for (int i = start; i < lines.size(); i++) {
      if (lines.get(i).text().toLowerCase(Locale.ROOT).contains("</table>")) {
        return i + 1;
      }
    }
    return lines.size();
  }

  private static int indentedEnd(List<ExportLine> lines, int from) {
    int end = from;
    for (int i = from; i < lines.size(); i++) {
      ExportLine line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      if (!line.text().startsWith("    ")) {
        break;
      }
      end = i + 1;
    }
    return end;
  }

  private static int containerEnd(List<ExportLine> lines, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (lines.get(i).text().strip().equals(":::")) {
        return i + 1;
      }
    }
    return lines.size();
  }

  private static List<ExportLine> dedent(List<ExportLine> lines) {
    return lines.stream()
        .map(
            l ->
                new ExportLine(
                    l.number(), l.text().startsWith("    ") ? l.text().substring(4) : l.text()))
        .toList();
  }

  private static int itemEnd(List<ExportLine> lines, int start) {
    int i = start + 1;
    while (i < lines.size()) {
      ExportLine line = lines.get(i);
      if (line.isBlank()) {
        int next = i;
        while (next < lines.size() && lines.get(next).isBlank()) {
          next++;
        }
        if (next < lines.size() && lines.get(next).text().startsWith("  ")) {
          i = next;
          continue;
        }
        return i;
      }
      String text = line.text();
      if (LIST_MARKER.matcher(text).matches() || FENCE.matcher(text).find() && indent(text) < 2) {
        return i;
      }
      i++;
    }
    return lines.size();
  }

  private static int paragraphEnd(List<ExportLine> lines, int start) {
    int i = start + 1;
    while (i < lines.size()) {
      String text = lines.get(i).text();
      if (text.isBlank()
          || FENCE.matcher(text).find()
          || text.strip().toLowerCase(Locale.ROOT).startsWith("<table")) {
        return i;
      }
      i++;
    }
    return lines.size();
  }

  private static int indent(String text) {
    int n = 0;
    while (n < text.length() && text.charAt(n) == ' ') {
      n++;
    }
    return n;
  }

  /**
   * Runs of two or more code blocks in different languages, one after the other, as one block of
   * tabs; a paragraph or list just before them naming one tab a line is their labels.
   */
  private static List<RawBlock> tabs(List<RawBlock> blocks) {
    List<RawBlock> out = new ArrayList<>();
    int i = 0;
    while (i < blocks.size()) {
      int end = i;
      List<String> languages = new ArrayList<>();
      while (end < blocks.size()
          && blocks.get(end).kind() == Kind.CODE
          && !language(blocks.get(end)).isEmpty()
          && !languages.contains(language(blocks.get(end)))) {
        languages.add(language(blocks.get(end)));
        end++;
      }
      if (end - i < 2) {
        out.add(blocks.get(i));
        i++;
        continue;
      }
      Labels labels = labelsBefore(out, end - i);
      List<ExportLine> lines = new ArrayList<>();
      for (int b = i; b < end; b++) {
        lines.addAll(blocks.get(b).lines());
      }
      int gap = blocks.get(i).gapBefore();
      for (int r = 0; r < labels.blocks(); r++) {
        gap = out.remove(out.size() - 1).gapBefore();
      }
      out.add(new RawBlock(Kind.TABS, lines, gap, String.join("\u0000", labels.names())));
      i = end;
    }
    return out;
  }

  /**
   * Tab labels found before a run of code blocks.
   *
   * @param names one per tab, or none
   * @param blocks how many blocks before the run held them
   */
  private record Labels(List<String> names, int blocks) {}

  /** The labels of {@code count} tabs, from the paragraph (or list items) just before them. */
  private static Labels labelsBefore(List<RawBlock> before, int count) {
    Labels none = new Labels(List.of(), 0);
    if (before.isEmpty()) {
      return none;
    }
    RawBlock last = before.get(before.size() - 1);
    List<String> labels = new ArrayList<>();
    int blocks = 1;
    if (last.kind() == Kind.PARAGRAPH) {
      last.lines().forEach(l -> labels.add(l.text().strip()));
    } else if (last.kind() == Kind.LIST_ITEM && before.size() >= count) {
      blocks = count;
      for (RawBlock item : before.subList(before.size() - count, before.size())) {
        if (item.kind() != Kind.LIST_ITEM || item.lines().size() != 1) {
          return none;
        }
        labels.add(item.lines().get(0).text().strip().replaceFirst("^([-*+]|\\d+[.)])\\s+", ""));
      }
    }
    boolean short_ = labels.stream().allMatch(l -> !l.isEmpty() && l.length() <= 24);
    return labels.size() == count && short_ ? new Labels(labels, blocks) : none;
  }

  static String language(RawBlock code) {
    Matcher open = FENCE.matcher(code.lines().get(0).text());
    return open.find() ? open.group(3).toLowerCase(Locale.ROOT) : "";
  }
}
