package kb.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import kb.TestContent;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build reports each brand's rendered pages as it goes and still lists all problems. */
class SiteBuildProgressTest {

  @TempDir Path dir;

  private final List<String> events = Collections.synchronizedList(new ArrayList<>());

  /** One brand's events in the order they came; brands build side by side, so they interleave. */
  private List<String> eventsOf(String brand) {
    return events.stream().filter(e -> e.startsWith(brand + " ")).toList();
  }

  private List<BrandReport> build(TestContent content) {
    return new SiteBuild((brand, done, total) -> events.add(brand + " " + done + "/" + total))
        .run(content.options(dir.resolve("out"), "all"));
  }

  @Test
  void reportsEveryPageOfEveryBrandInOrder() {
    TestContent content = TestContent.twoBrands(dir);
    content.write("faq/a.md", TestContent.page("A", "A", 1, "## Q? {#1}\n\nYes.\n"));
    content.write("faq/b.md", TestContent.page("B", "B", 2, "## Q? {#2}\n\nNo.\n"));
    build(content);
    assertEquals(List.of("alpha 0/2", "alpha 1/2", "alpha 2/2"), eventsOf("alpha"));
    assertEquals(List.of("beta 0/2", "beta 1/2", "beta 2/2"), eventsOf("beta"));
  }

  @Test
  void brokenLinksOfEveryPageAreStillReportedTogether() {
    TestContent content = TestContent.twoBrands(dir);
    content.write("faq/a.md", TestContent.page("A", "A", 1, "## Q? {#1}\n\n[x](gone.md)\n"));
    content.write("faq/b.md", TestContent.page("B", "B", 2, "## Q? {#2}\n\n[y](lost.md)\n"));
    BuildFailedException failure = assertThrows(BuildFailedException.class, () -> build(content));
    List<String> problems = failure.diagnostics().stream().map(Diagnostic::message).toList();
    assertEquals(
        List.of(
            "link target 'gone.md' not found for brand alpha",
            "link target 'gone.md' not found for brand beta",
            "link target 'lost.md' not found for brand alpha",
            "link target 'lost.md' not found for brand beta"),
        problems);
    assertEquals(List.of("alpha 0/2", "alpha 1/2", "alpha 2/2"), eventsOf("alpha"));
    assertEquals(List.of("beta 0/2", "beta 1/2", "beta 2/2"), eventsOf("beta"));
  }
}
