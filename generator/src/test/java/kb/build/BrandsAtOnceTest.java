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

/** Brands are built side by side when the heap holds them, one after the other when it does not. */
class BrandsAtOnceTest {

  private static final long MIB = 1024 * 1024;

  @TempDir Path dir;

  private final List<String> events = Collections.synchronizedList(new ArrayList<>());

  @Test
  void largeSitesBuildOneBrandAtATimeSmallOnesSideBySide() {
    long tenThousandPages = 77_000_000;
    assertEquals(1, BrandsAtOnce.of(2, tenThousandPages, 981 * MIB)); // -Xmx1g
    assertEquals(1, BrandsAtOnce.of(2, tenThousandPages, 6 * 1024 * MIB)); // default here
    assertEquals(2, BrandsAtOnce.of(2, tenThousandPages, 16 * 1024 * MIB));
    assertEquals(1, BrandsAtOnce.of(2, tenThousandPages, 100 * MIB)); // never none
    assertEquals(2, BrandsAtOnce.of(2, tenThousandPages / 10, 981 * MIB));
    assertEquals(1, BrandsAtOnce.of(1, 1, Long.MAX_VALUE));
  }

  @Test
  void brandsBuiltOneAfterTheOtherAreBothPublished() throws Exception {
    TestContent content = twoPages("Yes.", "No.");
    build(content, 1);
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
    BuildFailedException failure =
        assertThrows(BuildFailedException.class, () -> build(content, 1));
    assertEquals(
        List.of(
            "link target 'gone.md' not found for brand alpha",
            "link target 'gone.md' not found for brand beta"),
        failure.diagnostics().stream().map(Diagnostic::message).toList());
    assertTrue(Files.notExists(dir.resolve("out/alpha")), "nothing published");
  }

  private long markdownChars;

  private TestContent twoPages(String first, String second) {
    TestContent content = TestContent.twoBrands(dir);
    String a = "## Q? {#1}\n\n" + first + "\n";
    String b = "## Q? {#2}\n\n" + second + "\n";
    content.write("faq/a.md", TestContent.page("A", "A", 1, a));
    content.write("faq/b.md", TestContent.page("B", "B", 2, b));
    markdownChars = a.length() + b.length();
    return content;
  }

  /** Builds with a heap that holds {@code brands} brands of this content at once. */
  private void build(TestContent content, int brands) {
    long heap = BrandsAtOnce.sideBySideHeap(brands, markdownChars);
    new SiteBuild((brand, done, total) -> events.add(brand + " " + done + "/" + total), heap)
        .run(content.options(dir.resolve("out"), "all"));
  }
}
