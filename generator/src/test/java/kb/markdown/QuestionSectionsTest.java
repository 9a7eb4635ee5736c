package kb.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Questions found line by line, their source hashes, and what changes a hash. */
class QuestionSectionsTest {

  @Test
  void eachIdMarkedSecondLevelHeadingOutsideCodeStartsASection() {
    String markdown =
        "Intro.\n\n## One? {#1}\n\nA.\n\n### Detail\n\n```\n## not a heading {#9}\n```\n\n"
            + "## Two {#2 from=1A2B3C4D}\n\nB.\n\n## No id\n\nC.\n   ## Three {#3}\nD.\n";
    List<QuestionSections.Section> sections = QuestionSections.of(markdown);
    assertEquals(List.of("1", "2", "3"), sections.stream().map(s -> s.id()).toList());
    assertEquals(
        "## One? {#1}\n\nA.\n\n### Detail\n\n```\n## not a heading {#9}\n```",
        sections.get(0).text());
    assertEquals(2, sections.get(0).line());
    assertEquals("", sections.get(0).from());
    assertEquals("## Two {#2 from=1A2B3C4D}\n\nB.", sections.get(1).text());
    assertEquals("1a2b3c4d", sections.get(1).from());
    assertEquals("   ## Three {#3}\nD.", sections.get(2).text());
  }

  @Test
  void aliasesFollowTheIdBeforeOrAfterTheSourceHash() {
    List<QuestionSections.Section> sections =
        QuestionSections.of(
            "## One {#1 aliases=a,b-2}\n\nA.\n\n## Two {#2 from=1A2B3C4D aliases=c_3}\n\nB.\n\n"
                + "## Three {#3 aliases=d from=0a0b0c0d}\n\nC.\n\n## Four {#4}\n\nD.\n");
    assertEquals(List.of("1", "2", "3", "4"), sections.stream().map(s -> s.id()).toList());
    assertEquals(List.of("a", "b-2"), sections.get(0).aliases());
    assertEquals("", sections.get(0).from());
    assertEquals(List.of("c_3"), sections.get(1).aliases());
    assertEquals("1a2b3c4d", sections.get(1).from());
    assertEquals(List.of("d"), sections.get(2).aliases());
    assertEquals("0a0b0c0d", sections.get(2).from());
    assertEquals(List.of(), sections.get(3).aliases());
  }

  @Test
  void theHashIsTheStartOfTheSha256OfTheSectionTrailingWhitespaceAndLineEndsAside() {
    // printf '## Q {#1}\n\nA.' | sha256sum
    assertEquals("c0bea47e", QuestionSections.hash("## Q {#1}\n\nA."));
    assertEquals(
        QuestionSections.hash("## Q {#1}\n\nA."),
        QuestionSections.hash("## Q {#1}\r\n\r\nA. \n\n"));
    assertEquals(
        QuestionSections.hash("## Q {#1}\n\nA."),
        QuestionSections.of("## Q {#1}\r\n\r\nA.\r\n\r\n").get(0).hash());
    assertNotEquals(
        QuestionSections.hash("## Q {#1}\n\nA."), QuestionSections.hash("## Q {#1}\n\nB."));
  }
}
