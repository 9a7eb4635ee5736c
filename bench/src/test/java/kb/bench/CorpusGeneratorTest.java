package kb.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kb.cli.KbCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus is the same for the same seed, shaped as the benchmark says, and valid kb input. */
class CorpusGeneratorTest {

  private static final int PAGES = 24;
  private static final Pattern QUESTION = Pattern.compile("(?m)^## .+ \\{#(\\d+)}$");

  @TempDir Path temp;

  @Test
  void sameSeedWritesTheSameBytesAndAnotherSeedDoesNot() throws IOException {
    Map<String, String> first = files(generate("a", "42"));
    assertEquals(first, files(generate("b", "42")));
    Map<String, String> other = files(generate("c", "7"));
    assertEquals(first.keySet(), other.keySet());
    assertNotEquals(first, other);
  }

  @Test
  void pagesHoldFiveToFifteenQuestionsAndVariablesMostCodeAndLinksToOtherPages()
      throws IOException {
    Path out = generate("corpus", "42");
    Map<String, String> pages = files(out.resolve("content/faq"));
    assertEquals(PAGES, pages.size());
    int brandBlocks = 0;
    int linkingElsewhere = 0;
    int withCode = 0;
    for (Map.Entry<String, String> page : pages.entrySet()) {
      String text = page.getValue();
      int questions = count(QUESTION.matcher(text));
      assertTrue(questions >= 5 && questions <= 15, page.getKey() + ": " + questions);
      assertTrue(text.contains("{{"), page.getKey() + " uses no variable");
      assertTrue(text.contains("](#") || text.contains("](p"), page.getKey() + " has no link");
      linkingElsewhere += text.contains("](p") ? 1 : 0;
      withCode += text.contains("```") ? 1 : 0;
      brandBlocks += text.contains("{% brand ") ? 1 : 0;
    }
    assertTrue(brandBlocks > 0, "no page has a brand block");
    assertTrue(withCode > PAGES / 2, withCode + " pages have code");
    assertTrue(linkingElsewhere > PAGES / 2, linkingElsewhere + " pages link to another page");
    List<String> queries = Files.readAllLines(out.resolve("queries.txt"));
    assertEquals(CorpusGenerator.QUERIES, queries.size());
    assertEquals(queries.size(), queries.stream().distinct().count(), "a query repeats");
  }

  @Test
  void hugoCopyIsPlainMarkdownOfTheFutuSite() throws IOException {
    Path out = generate("corpus", "42");
    Map<String, String> hugo = files(out.resolve("hugo/content/faq"));
    assertEquals(files(out.resolve("content/faq")).keySet(), hugo.keySet());
    for (Map.Entry<String, String> page : hugo.entrySet()) {
      String text = page.getValue();
      assertFalse(text.contains("{{") || text.contains("{%"), page.getKey());
      assertFalse(text.contains("moomoo"), page.getKey() + " shows moomoo's text");
    }
  }

  @Test
  void kbBuildsBothBrandsOfTheCorpusWithoutAProblem() throws IOException {
    Path out = generate("corpus", "42");
    int questions = 0;
    for (String text : files(out.resolve("content/faq")).values()) {
      questions += count(QUESTION.matcher(text));
    }
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    Path repo = Path.of(System.getProperty("kb.repo.root", ".."));
    int exit =
        KbCommand.run(
            new PrintWriter(stdout, true),
            new PrintWriter(stderr, true),
            "build",
            "--quiet",
            "--content",
            out.resolve("content").toString(),
            "--templates",
            repo.resolve("templates").toString(),
            "--out",
            temp.resolve("site").toString());
    assertEquals(0, exit, stderr.toString());
    assertEquals("", stderr.toString());
    for (String brand : List.of("futu", "moomoo")) {
      Path site = temp.resolve("site").resolve(brand);
      assertTrue(Files.isRegularFile(site.resolve("faq/p00001.html")), brand);
      String html = Files.readString(site.resolve("faq/p00001.html"));
      assertFalse(html.contains("{{"), brand + ": a variable is left");
    }
    assertTrue(questions >= 5 * PAGES);
  }

  private Path generate(String name, String seed) throws IOException {
    Path out = temp.resolve(name);
    CorpusGenerator.main(new String[] {Integer.toString(PAGES), out.toString(), seed});
    return out;
  }

  private static Map<String, String> files(Path folder) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(folder.relativize(file).toString(), Files.readString(file));
      }
    }
    return files;
  }

  private static int count(Matcher matcher) {
    int n = 0;
    while (matcher.find()) {
      n++;
    }
    return n;
  }
}
