package kb.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The files of a Pagefind bundle that a search in one of its languages can load: the runtime
 * ({@code pagefind.js}, its worker, the entry file and that language's WASM, {@code
 * wasm.unknown.pagefind} for a language Pagefind has no stemmer for) and the language's own
 * metadata, index, fragment and filter files ({@code <lang>_<hash>.*}). The other languages' files
 * and the UI bundles are left out. Read from {@code pagefind-entry.json}.
 */
final class PagefindLanguage {

  private static final Pattern LANGUAGE =
      Pattern.compile("\"([^\"]+)\":\\{\"hash\":\"[^\"]*\",\"wasm\":(?:null|\"([^\"]*)\")");

  /** The runtime files every search loads, whatever its language. */
  static final Set<String> RUNTIME =
      Set.of("pagefind.js", "pagefind-worker.js", "pagefind-entry.json");

  private PagefindLanguage() {}

  /** Every file under a Pagefind bundle that a search in {@code language} can load. */
  static List<Path> files(Path bundle, String language) {
    Map<String, String> wasm = languages(bundle);
    if (!wasm.containsKey(language)) {
      throw new IllegalArgumentException(
          "no language " + language + " in " + bundle + ": " + wasm.keySet());
    }
    String ownWasm = "wasm." + wasm.get(language) + ".pagefind";
    try (Stream<Path> walk = Files.walk(bundle)) {
      return walk.filter(Files::isRegularFile)
          .filter(
              file -> {
                String name = file.getFileName().toString();
                return RUNTIME.contains(name)
                    || name.equals(ownWasm)
                    || name.startsWith(language + "_")
                    || name.startsWith("pagefind." + language + "_");
              })
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bundle's languages and the WASM each loads ({@code unknown} for none of its own). */
  static Map<String, String> languages(Path bundle) {
    String entry;
    try {
      entry = Files.readString(bundle.resolve("pagefind-entry.json"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> languages = new LinkedHashMap<>();
    Matcher m = LANGUAGE.matcher(entry);
    while (m.find()) {
      languages.put(m.group(1), m.group(2) == null ? "unknown" : m.group(2));
    }
    return languages;
  }
}
