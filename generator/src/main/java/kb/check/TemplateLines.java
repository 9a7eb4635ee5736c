package kb.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import kb.diagnostic.SourceSpan;

/**
 * Where in the templates folder a piece of a site's HTML was written, for problems found in what
 * the templates made: the first place it appears in a {@code .mustache} file, in path order. Only
 * text written in a template as it is can be found; a value filled in cannot.
 */
final class TemplateLines {

  private TemplateLines() {}

  /** Where {@code text} is first written in a template; the folder when no template holds it. */
  static SourceSpan find(Path templatesDir, String text) {
    if (text.isEmpty() || !Files.isDirectory(templatesDir)) {
      return SourceSpan.of(templatesDir);
    }
    for (Path file : templates(templatesDir)) {
      String source;
      try {
        source = Files.readString(file);
      } catch (CharacterCodingException notUtf8) {
        continue; // Mustache would not have compiled it either
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      int at = source.indexOf(text);
      if (at >= 0) {
        int lineStart = source.lastIndexOf('\n', at - 1) + 1;
        int line = (int) source.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        return SourceSpan.at(file, line, at - lineStart + 1);
      }
    }
    return SourceSpan.of(templatesDir);
  }

  private static List<Path> templates(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(f -> f.toString().endsWith(".mustache")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
