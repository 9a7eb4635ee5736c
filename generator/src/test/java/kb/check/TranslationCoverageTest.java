package kb.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kb.TestContent;
import kb.brand.Brand;
import kb.brand.BrandCatalog;
import kb.content.ContentLoader;
import kb.content.ContentSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Missing, stale, unverified and up-to-date translations, per brand and language. */
class TranslationCoverageTest {

  @TempDir Path dir;

  /**
   * Two brands in en and zh-CN. Page a has questions 1 to 4, and 5 for beta only; its translation
   * has 1 up to date, 2 stale, 3 unverified and lacks 4 and 5. Page b is not translated.
   */
  private TestContent content() {
    TestContent content = TestContent.twoBrands(dir);
    content.write("languages.yml", "source: en\ntranslations: [zh-CN]\n");
    for (String id : List.of("alpha", "beta")) {
      content.write(
          "brands/" + id + ".yml",
          TestContent.brand(id, id, id, "#112233")
              .replace("\nsite:\n", "\nsite:\n  languages: [en, zh-CN]\n"));
    }
    content.write(
        "faq/a.md",
        TestContent.page(
            "A",
            "A",
            1,
            "## One {#1}\n\nA.\n\n## Two {#2}\n\nB.\n\n## Three {#3}\n\nC.\n\n"
                + "## Four {#4}\n\nD.\n\n{% brand beta %}\n## Beta only {#5}\n\nE.\n{% endbrand %}\n"));
    content.write(
        "faq/a.zh-CN.md",
        TestContent.page(
            "甲",
            "甲",
            1,
            "## 一 {#1 from=d24c2d98}\n\n甲。\n\n## 二 {#2 from=00000000}\n\n乙。\n\n"
                + "## 三 {#3}\n\n丙。\n"));
    content.write("faq/b.md", TestContent.page("B", "B", 2, "## Six {#6}\n\nF.\n"));
    return content;
  }

  private List<String> report(TestContent content) {
    ContentSet set = new ContentLoader().load(content.root());
    BrandCatalog brands = BrandCatalog.load(content.root().resolve("brands"));
    List<String> lines = new ArrayList<>();
    for (Brand brand : brands.select("all")) {
      for (TranslationCoverage coverage : TranslationCoverage.of(set, brand, brands.ids())) {
        lines.add(coverage.summary());
        coverage.gaps().forEach(gap -> lines.add(gap.format().replace(content.root() + "/", "")));
      }
    }
    return lines;
  }

  @Test
  void reportsMissingAndStaleQuestionsAndCountsUnverifiedOnesPerBrandAndLanguage() {
    assertEquals(
        List.of(
            "alpha/zh-CN: 3 of 5 questions translated, 1 stale, 1 unverified",
            "faq/a.zh-CN.md:10: stale translation of {#2}: its source changed (now from=60167932)",
            "faq/a.md:18: {#4} has no zh-CN translation",
            "faq/b.md:6: {#6} has no zh-CN translation",
            "beta/zh-CN: 3 of 6 questions translated, 1 stale, 1 unverified",
            "faq/a.zh-CN.md:10: stale translation of {#2}: its source changed (now from=60167932)",
            "faq/a.md:18: {#4} has no zh-CN translation",
            "faq/a.md:23: {#5} has no zh-CN translation",
            "faq/b.md:6: {#6} has no zh-CN translation"),
        report(content()));
  }

  /** The hash is of the source as written, brand blocks and all: the same for every brand. */
  @Test
  void aTranslationWithTheCurrentHashOfEveryQuestionIsComplete() {
    TestContent content = content();
    content.write(
        "faq/a.zh-CN.md",
        TestContent.page(
            "甲",
            "甲",
            1,
            "## 一 {#1 from=d24c2d98}\n\n甲。\n\n## 二 {#2 from=60167932}\n\n乙。\n\n"
                + "## 三 {#3 from=e4ed7902}\n\n丙。\n\n## 四 {#4 from=58948bd7}\n\n丁。\n\n"
                + "{% brand beta %}\n## 五 {#5 from=D6A348FB}\n\n戊。\n{% endbrand %}\n"));
    content.write("faq/b.md", TestContent.page("B", "B", 2, "## Six {#6}\n\nF.\n"));
    content.write(
        "faq/b.zh-CN.md", TestContent.page("乙", "乙", 2, "## 六 {#6 from=e8b1c25c}\n\n己。\n"));
    assertEquals(
        List.of(
            "alpha/zh-CN: 5 of 5 questions translated, 0 stale, 0 unverified",
            "beta/zh-CN: 6 of 6 questions translated, 0 stale, 0 unverified"),
        report(content));
  }

  @Test
  void contentInOneLanguageHasNoCoverage() {
    TestContent content = TestContent.twoBrands(dir);
    content.write("faq/a.md", TestContent.page("A", "A", 1, "## One {#1}\n\nA.\n"));
    assertEquals(List.of(), report(content));
  }
}
