package kb.brand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import kb.TestContent;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A brand's values per language: lang.<tag>.<key> replaces <key> in that language's site. */
class BrandLanguagesTest {

  @TempDir Path dir;

  private TestContent content(String extra) {
    TestContent content = TestContent.twoBrands(dir);
    content.write("languages.yml", "source: en\ntranslations: [zh-CN, zh-HK]\n");
    content.write(
        "brands/alpha.yml",
        TestContent.brand("alpha", "Alpha", "alpha", "#112233")
                .replace("\nsite:\n", "\nsite:\n  languages: [en, zh-CN, zh-HK]\n")
            + extra);
    return content;
  }

  private Brand alpha(TestContent content) {
    return BrandCatalog.load(content.root().resolve("brands")).select("alpha").get(0);
  }

  @Test
  void aLanguagesValueReplacesTheNeutralOneAndTheRestFallBack() {
    Brand alpha =
        alpha(
            content(
                "lang:\n  zh-CN:\n    name: 阿尔法\n    site:\n      title: 阿尔法帮助\n"
                    + "  zh-HK:\n    app_name: 阿爾法應用\n"));
    assertEquals(List.of("en", "zh-CN", "zh-HK"), alpha.languages());
    Brand zhCn = alpha.inLanguage("zh-CN");
    assertEquals("阿尔法", zhCn.name());
    assertEquals("阿尔法帮助", zhCn.siteTitle());
    assertEquals("AlphaApp", zhCn.variables().get("app_name"));
    assertEquals("zh-CN", zhCn.language());
    Brand zhHk = alpha.inLanguage("zh-HK");
    assertEquals("Alpha", zhHk.name());
    assertEquals("阿爾法應用", zhHk.variables().get("app_name"));
    assertTrue(zhHk.variables().keySet().stream().noneMatch(k -> k.startsWith("lang.")));
  }

  @Test
  void everyLanguagesNamesAreForbiddenInTheOtherBrandsSites() {
    TestContent content = content("lang:\n  zh-HK:\n    app_name: 阿爾法應用\n");
    Brand beta = BrandCatalog.load(content.root().resolve("brands")).select("beta").get(0);
    assertTrue(beta.forbiddenWords().contains("阿爾法應用"), beta.forbiddenWords().toString());
  }

  @Test
  void aValueForALanguageTheSiteLacksIsAnErrorAtItsLine() {
    TestContent content = content("lang:\n  fr:\n    name: Alphé\n");
    List<Diagnostic> problems =
        assertThrows(
                BuildFailedException.class,
                () -> BrandCatalog.load(content.root().resolve("brands")))
            .diagnostics();
    assertEquals(1, problems.size(), problems.toString());
    assertEquals(
        "'lang.fr.name' is for language 'fr', not one of this site's", problems.get(0).message());
    assertEquals(19, problems.get(0).where().line());
    assertEquals("the site's languages are en, zh-CN, zh-HK", problems.get(0).hint());
  }
}
