package kb.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** languages.yml names the source language and the translations, or is absent. */
class ContentLanguagesTest {

  @TempDir Path dir;

  private List<String> problems(String yaml) throws IOException {
    Files.writeString(dir.resolve("languages.yml"), yaml);
    return assertThrows(BuildFailedException.class, () -> ContentLanguages.read(dir))
        .diagnostics()
        .stream()
        .map(d -> d.where().line() + ": " + d.message())
        .toList();
  }

  @Test
  void withoutTheFileThereIsOneLanguagePerBrand() {
    ContentLanguages languages = ContentLanguages.read(dir);
    assertFalse(languages.declared());
    assertEquals(Optional.empty(), languages.translationOf("faq/a.zh-CN.md"));
  }

  @Test
  void aTranslationIsNamedByItsLanguageBeforeTheExtension() throws IOException {
    Files.writeString(dir.resolve("languages.yml"), "source: en\ntranslations: [zh-CN, zh-HK]\n");
    ContentLanguages languages = ContentLanguages.read(dir);
    assertEquals(List.of("en", "zh-CN", "zh-HK"), languages.all());
    assertEquals(Optional.of("zh-HK"), languages.translationOf("faq/a.zh-HK.md"));
    assertEquals(Optional.empty(), languages.translationOf("faq/a.fr.md"));
  }

  @Test
  void aBadTagATagTwiceAndAnUnknownKeyAreErrorsAtTheirLines() throws IOException {
    assertEquals(
        List.of(
            "2: 'zh_CN' is not a language tag such as en or zh-CN",
            "2: language 'en' is twice",
            "3: unknown key 'default'"),
        problems("source: en\ntranslations: [zh_CN, en]\ndefault: en\n"));
  }

  @Test
  void theSourceLanguageIsRequired() throws IOException {
    List<Diagnostic> found;
    Files.writeString(dir.resolve("languages.yml"), "translations: [zh-CN]\n");
    found =
        assertThrows(BuildFailedException.class, () -> ContentLanguages.read(dir)).diagnostics();
    assertEquals("missing required key 'source'", found.get(0).message());
  }
}
