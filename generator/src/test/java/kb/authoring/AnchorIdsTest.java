package kb.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import kb.TestContent;
import kb.content.ContentLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which ids a content folder uses, and the id a new question gets. */
class AnchorIdsTest {

  @TempDir Path dir;

  @Test
  void usedIdsAreEveryHeadingMarkAndPageAnchorOfEveryBrand() {
    TestContent content = TestContent.twoBrands(dir);
    content.write(
        "faq/a.md",
        "---\ntitle: A\ncategory: A\norder: 1\nanchor: \"77\"\n---\n## Q? {#1}\n\n"
            + "{% brand beta %}\n### Beta only {#beta-2}\n{% endbrand %}\n");
    content.write("faq/b.md", TestContent.page("B", "B", 2, "## R? {#3}\n\nText.\n"));
    content.write("faq/c.md", TestContent.page("C", "C", 3, "## S? {#4 from=1a2b3c4d}\n\nT.\n"));
    Set<String> used = AnchorIds.used(new ContentLoader().load(content.root()));
    assertEquals(Set.of("1", "3", "4", "77", "beta-2"), used);
  }

  @Test
  void aliasesAreUsedIdsInEitherOrderWithTheSourceHash() {
    TestContent content = TestContent.twoBrands(dir);
    content.write(
        "faq/a.md",
        TestContent.page(
            "A",
            "A",
            1,
            "## Q? {#1 aliases=q-old,4410}\n\nA.\n\n"
                + "## R? {#2 from=1a2b3c4d aliases=r_old}\n\nB.\n\n"
                + "## S? {#3 aliases=s-old from=1a2b3c4d}\n\nC.\n"));
    Set<String> used = AnchorIds.used(new ContentLoader().load(content.root()));
    assertEquals(Set.of("1", "2", "3", "q-old", "4410", "r_old", "s-old"), used);
  }

  @Test
  void freshIdIsDerivedFromTheQuestionAndTheSameEveryTime() {
    String question = "How do I restart OpenD?";
    String expected = Integer.toString(Math.floorMod(question.hashCode(), 9000) + 1000);
    assertEquals(expected, AnchorIds.fresh(question, Set.of()));
    assertEquals(expected, AnchorIds.fresh(question, Set.of("1", "2")));
  }

  @Test
  void takenIdMovesToTheNextFreeNumberWrappingAt9999() {
    String question = "How do I restart OpenD?";
    int first = Math.floorMod(question.hashCode(), 9000) + 1000;
    Set<String> used = new HashSet<>();
    used.add(Integer.toString(first));
    used.add(Integer.toString(first == 9999 ? 1000 : first + 1));
    int expected = first + 2 > 9999 ? first + 2 - 9000 : first + 2;
    assertEquals(Integer.toString(expected), AnchorIds.fresh(question, used));
  }

  @Test
  void whenEveryFourDigitIdIsTakenFiveDigitsFollow() {
    Set<String> used = new HashSet<>();
    for (int id = 1000; id <= 10000; id++) {
      used.add(Integer.toString(id));
    }
    assertEquals("10001", AnchorIds.fresh("Q?", used));
  }
}
