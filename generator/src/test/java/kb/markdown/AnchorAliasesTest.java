package kb.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import kb.TestContent;
import kb.content.ContentLoader;
import kb.diagnostic.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An alias leads to one question in every language of its page. */
class AnchorAliasesTest {

  @TempDir Path dir;

  private List<String> problems(String source, String translation) {
    TestContent content = TestContent.twoBrands(dir);
    content.write("languages.yml", "source: en\ntranslations: [zh-CN]\n");
    content.write("faq/a.md", TestContent.page("A", "A", 1, source));
    if (translation != null) {
      content.write("faq/a.zh-CN.md", TestContent.page("甲", "甲", 1, translation));
    }
    Diagnostics found = new Diagnostics();
    AnchorAliases.check(new ContentLoader().load(content.root()), found);
    return found.list().stream()
        .map(d -> d.where() + ": " + d.message() + " (" + d.hint() + ")")
        .toList();
  }

  @Test
  void aliasesOfOneQuestionInEveryLanguageAreFine() {
    assertEquals(
        List.of(),
        problems(
            "## One {#1 aliases=old-1}\n\nA.\n\n## Two {#2}\n\nB.\n",
            "## 一 {#1 from=1a2b3c4d aliases=old-1,q-1}\n\n甲。\n\n## 二 {#2 aliases=q-2}\n\n乙。\n"));
  }

  @Test
  void anAliasThatIsAnotherQuestionsIdIsAnErrorNamingBoth() {
    assertEquals(
        List.of(
            dir.resolve("content/faq/a.zh-CN.md").toString().replace('\\', '/')
                + ":10: alias '2' of question 1 is also the id of question 2 (that is at "
                + dir.resolve("content/faq/a.md").toString().replace('\\', '/')
                + ":10; an alias must lead to one question in every language of the page)"),
        problems(
            "## One {#1}\n\nA.\n\n## Two {#2}\n\nB.\n",
            "## 二 {#2}\n\n乙。\n\n## 一 {#1 aliases=2}\n\n甲。\n"));
  }

  @Test
  void anAliasOfTwoQuestionsOnOnePageIsAnErrorAtTheSecond() {
    List<String> found =
        problems("## One {#1 aliases=old}\n\nA.\n\n## Two {#2 aliases=old}\n\nB.\n", null);
    assertEquals(1, found.size(), found.toString());
    assertEquals(
        true,
        found
            .get(0)
            .endsWith(
                "a.md:10: alias 'old' of question 2 is also an alias of question 1 (that is at "
                    + dir.resolve("content/faq/a.md").toString().replace('\\', '/')
                    + ":6; an alias must lead to one question in every language of the page)"),
        found.get(0));
  }

  @Test
  void anAliasThatIsTheQuestionsOwnIdIsAnError() {
    List<String> found = problems("## One {#1 aliases=1}\n\nA.\n", null);
    assertEquals(1, found.size(), found.toString());
    assertEquals(
        true, found.get(0).contains("a.md:6: alias '1' is the question's own id"), found.get(0));
  }
}
