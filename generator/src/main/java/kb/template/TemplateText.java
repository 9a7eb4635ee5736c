package kb.template;

import java.nio.file.Path;
import java.util.List;
import kb.content.SourceText;

/**
 * One template's text, read once for every check that scans templates (message keys, brand values,
 * unescaped tags). Immutable.
 */
record TemplateText(Path file, String text) {

  /** The {@code .mustache} files among {@code files}, each read. */
  static List<TemplateText> readAll(List<Path> files) {
    return files.stream()
        .filter(file -> file.getFileName().toString().endsWith(".mustache"))
        .map(file -> new TemplateText(file, SourceText.read(file)))
        .toList();
  }

  /** The 1-based line of {@code offset}. */
  int lineAt(int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
