package kb.template;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.Diagnostic;
import kb.diagnostic.SourceSpan;

/**
 * Templates write unescaped ({@code {{{x}}}}, {@code {{&x}}}) only the HTML kb made: rendered
 * Markdown, a page's content in the layout, kb's own markup. Any other value, a brand file's above
 * all, is text, and a section such as {@code {{#brand}}{{{app_name}}}{{/brand}}} must not turn it
 * into HTML; nor may a template change its delimiters to hide such a tag.
 */
final class RawTags {

  /** The names of the records' fields that hold kb's HTML (see {@link Views}). */
  static final Set<String> KB_HTML =
      Set.of("answerHtml", "content", "introHtml", "lead", "scriptMessages", "titleHtml");

  private static final Pattern RAW =
      Pattern.compile("\\{\\{(?:\\{\\s*([^}]*?)\\s*}|&\\s*([^}]*?)\\s*)}}");

  private static final Pattern DELIMITERS = Pattern.compile("\\{\\{\\s*=");

  private RawTags() {}

  /**
   * @throws BuildFailedException at each unescaped tag naming anything but {@link #KB_HTML}, and at
   *     each change of delimiters
   */
  static void requireKbHtmlOnly(List<TemplateText> templates) {
    List<Diagnostic> problems = new ArrayList<>();
    for (TemplateText template : templates) {
      Path file = template.file();
      String text = template.text();
      Matcher raw = RAW.matcher(text);
      while (raw.find()) {
        String name = raw.group(1) != null ? raw.group(1) : raw.group(2);
        if (!KB_HTML.contains(name)) {
          problems.add(
              Diagnostic.input(
                      SourceSpan.at(file, template.lineAt(raw.start())),
                      "'" + name + "' is written unescaped")
                  .withHint(
                      "write {{"
                          + name
                          + "}}: only kb's HTML ("
                          + String.join(", ", KB_HTML.stream().sorted().toList())
                          + ") is written as it is"));
        }
      }
      Matcher delimiters = DELIMITERS.matcher(text);
      if (delimiters.find()) {
        problems.add(
            Diagnostic.input(
                    SourceSpan.at(file, template.lineAt(delimiters.start())),
                    "a template may not change its delimiters")
                .withHint("write tags as {{name}}"));
      }
    }
    if (!problems.isEmpty()) {
      throw new BuildFailedException(problems);
    }
  }
}
