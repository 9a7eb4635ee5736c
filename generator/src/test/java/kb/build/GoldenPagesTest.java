package kb.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import kb.TestContent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden files: the {@code <main>} of every page built from {@code fixtures/build/golden}, for each
 * brand, normalised through Jsoup. Run with {@code -Dgolden.update=true} to rewrite them after an
 * intended change, then review the diff.
 */
class GoldenPagesTest {

  private static final Path FIXTURE =
      TestContent.repoRoot().resolve("generator/src/test/resources/fixtures/build/golden");

  @TempDir Path out;

  @Test
  void everyPageMatchesItsGoldenFile() throws IOException {
    new SiteBuild()
        .run(
            new BuildOptions(
                FIXTURE.resolve("content"),
                TestContent.repoRoot().resolve("templates"),
                out,
                "all"));
    boolean update = Boolean.getBoolean("golden.update");
    for (Path page : htmlFiles(out)) {
      String actual = mainOf(page);
      Path golden = FIXTURE.resolve("expected").resolve(out.relativize(page) + ".main.html");
      if (update) {
        Files.createDirectories(golden.getParent());
        Files.writeString(golden, actual);
      }
      assertEquals(Files.readString(golden), actual, "golden " + FIXTURE.relativize(golden));
    }
  }

  private static String mainOf(Path page) throws IOException {
    Document doc = Jsoup.parse(page.toFile(), "UTF-8");
    doc.outputSettings().prettyPrint(true).indentAmount(2);
    return doc.selectFirst("main").outerHtml() + "\n";
  }

  private static List<Path> htmlFiles(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
  }
}
