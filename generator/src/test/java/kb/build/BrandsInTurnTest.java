package kb.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import kb.TestContent;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Brands are built one after the other, and their problems are reported together. */
class BrandsInTurnTest {

  @TempDir Path dir;

  private final List<String> events = Collections.synchronizedList(new ArrayList<>());

  @Test
  void brandsBuiltOneAfterTheOtherAreBothPublished() throws Exception {
    TestContent content = twoPages("Yes.", "No.");
    build(content);
    assertEquals(
        List.of("alpha 0/2", "alpha 1/2", "alpha 2/2", "beta 0/2", "beta 1/2", "beta 2/2"),
        events,
        "one brand after the other");
    for (String brand : List.of("alpha", "beta")) {
      assertTrue(
          Files.readString(dir.resolve("out/" + brand + "/faq/b.html")).contains("No."), brand);
    }
  }

  @Test
  void problemsOfBrandsBuiltOneAfterTheOtherAreReportedTogether() {
    TestContent content = twoPages("[x](gone.md)", "No.");
    BuildFailedException failure = assertThrows(BuildFailedException.class, () -> build(content));
    assertEquals(
        List.of(
            "link target 'gone.md' not found for brand alpha",
            "link target 'gone.md' not found for brand beta"),
        failure.diagnostics().stream().map(Diagnostic::message).toList());
    assertTrue(Files.notExists(dir.resolve("out/alpha")), "nothing published");
  }

  private TestContent twoPages(String first, String second) {
    TestContent content = TestContent.twoBrands(dir);
    String a = "## Q? {#1}\n\n" + first + "\n";
    String b = "## Q? {#2}\n\n" + second + "\n";
    content.write("faq/a.md", TestContent.page("A", "A", 1, a));
    content.write("faq/b.md", TestContent.page("B", "B", 2, b));
    return content;
  }

  private void build(TestContent content) {
    new SiteBuild((brand, done, total) -> events.add(brand + " " + done + "/" + total))
        .run(content.options(dir.resolve("out"), "all"));
  }
}
