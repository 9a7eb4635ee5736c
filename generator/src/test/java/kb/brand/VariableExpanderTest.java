package kb.brand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kb.TestContent;
import kb.diagnostic.Diagnostics;
import kb.diagnostic.SourceSpan;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Variables are replaced wherever they are in a line, and nothing else in the line changes. */
class VariableExpanderTest {

  private static final Brand ALPHA = alpha();
  private static final SourceSpan WHERE = SourceSpan.at(Path.of("faq/a.md"), 7, 0);

  private static Brand alpha() {
    try {
      TestContent content = TestContent.twoBrands(Files.createTempDirectory("kb-variables-"));
      return BrandCatalog.load(content.root().resolve("brands")).select("alpha").get(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Property(tries = 3000, seed = "20261126")
  void expandsAsTheOneCharacterAtATimeReadingDoes(@ForAll("lines") String line) {
    Diagnostics problems = new Diagnostics();
    List<Integer> unknownAt = new ArrayList<>();
    assertEquals(
        oneCharacterAtATime(line, unknownAt),
        new VariableExpander(ALPHA).expand(line, WHERE, problems),
        line);
    assertEquals(unknownAt, problems.list().stream().map(d -> d.where().column()).toList(), line);
  }

  @Test
  void anUnknownVariableIsReportedAtItsColumnAfterOthers() {
    Diagnostics problems = new Diagnostics();
    String line = "{{app_name}} and {{ \"{{\" }} then {{nope}}.";
    assertEquals(
        "AlphaApp and {{ then .", new VariableExpander(ALPHA).expand(line, WHERE, problems));
    assertEquals(1, problems.list().size());
    assertEquals(line.indexOf("{{nope") + 1, problems.list().get(0).where().column());
  }

  /**
   * The plain reading: at each '{' where a variable starts, its value (nothing for an unknown one,
   * whose column is noted); every other character as it is.
   */
  private static String oneCharacterAtATime(String line, List<Integer> unknownAt) {
    Matcher variable =
        Pattern.compile("\\{\\{\\s*(?:([A-Za-z_][\\w.-]*)|\"([^\"]*)\")\\s*}}").matcher(line);
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < line.length()) {
      if (line.charAt(i) == '{' && variable.region(i, line.length()).lookingAt()) {
        String literal = variable.group(2);
        String value = literal != null ? literal : ALPHA.variables().get(variable.group(1));
        if (value == null) {
          unknownAt.add(i + 1);
        }
        out.append(value == null ? "" : value);
        i = variable.end();
      } else {
        out.append(line.charAt(i++));
      }
    }
    return out.toString();
  }

  /** Lines of variables (known and not), literals and stray braces. */
  @Provide
  Arbitrary<String> lines() {
    return Arbitraries.of(
            "text ",
            "{",
            "}",
            "{{",
            "}}",
            "{{app_name}}",
            "{{ app_name }}",
            "{{name}}",
            "{{ \"{{\" }}",
            "{{\"x\"}}",
            "{{ 1bad }}",
            "{%",
            " ",
            "{{{app_name}}}")
        .list()
        .ofMaxSize(12)
        .map(parts -> String.join("", parts));
  }
}
