package kb.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PagefindLanguageTest {

  private static final String ENTRY =
      "{\"version\":\"1.6.0\",\"languages\":{\"en\":{\"hash\":\"en_f4f\",\"wasm\":\"en\","
          + "\"page_count\":50},\"zh-cn\":{\"hash\":\"zh-cn_88b\",\"wasm\":null,\"page_count\":50},"
          + "\"zh-hk\":{\"hash\":\"zh-hk_93d\",\"wasm\":null,\"page_count\":50}},"
          + "\"include_characters\":[\"_\"]}";

  @TempDir Path bundle;

  @Test
  void aLanguageLoadsTheRuntimeItsWasmAndItsOwnFilesOnly() throws IOException {
    for (String file :
        List.of(
            "pagefind-entry.json",
            "pagefind.js",
            "pagefind-worker.js",
            "pagefind-ui.js",
            "pagefind-ui.css",
            "pagefind-highlight.js",
            "wasm.en.pagefind",
            "wasm.unknown.pagefind",
            "pagefind.en_f4f.pf_meta",
            "pagefind.zh-cn_88b.pf_meta",
            "pagefind.zh-hk_93d.pf_meta",
            "index/en_1.pf_index",
            "index/zh-cn_2.pf_index",
            "index/zh-hk_3.pf_index",
            "fragment/zh-cn_4.pf_fragment",
            "fragment/zh-hk_5.pf_fragment",
            "filter/zh-cn_6.pf_filter")) {
      Path path = bundle.resolve(file);
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.equals("pagefind-entry.json") ? ENTRY : file);
    }
    assertEquals(
        Map.of("en", "en", "zh-cn", "unknown", "zh-hk", "unknown"),
        PagefindLanguage.languages(bundle));
    assertEquals(
        List.of(
            "filter/zh-cn_6.pf_filter",
            "fragment/zh-cn_4.pf_fragment",
            "index/zh-cn_2.pf_index",
            "pagefind-entry.json",
            "pagefind-worker.js",
            "pagefind.js",
            "pagefind.zh-cn_88b.pf_meta",
            "wasm.unknown.pagefind"),
        names(PagefindLanguage.files(bundle, "zh-cn")));
    assertEquals(
        List.of(
            "index/en_1.pf_index",
            "pagefind-entry.json",
            "pagefind-worker.js",
            "pagefind.en_f4f.pf_meta",
            "pagefind.js",
            "wasm.en.pagefind"),
        names(PagefindLanguage.files(bundle, "en")));
    assertThrows(IllegalArgumentException.class, () -> PagefindLanguage.files(bundle, "ja"));
  }

  private List<String> names(List<Path> files) {
    return files.stream().map(f -> bundle.relativize(f).toString()).sorted().toList();
  }
}
