package kb.template;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kb.brand.Brand;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.Diagnostic;
import kb.diagnostic.SourceSpan;

/**
 * The brand file's values as templates read them, {@code {{brand.links.openapi_download}}}: the
 * values of the site's language, nested by their dotted keys. A template naming a value the brand
 * does not have is an error at the template's line, not an empty link on every page.
 */
final class BrandValues {

  /**
   * Where a template writes a {@code brand.} value, {@code {{brand.x}}}; a section, {@code
   * {{#brand.x}}}, only asks whether it is there (unescaped tags are {@link RawTags}' concern).
   */
  private static final Pattern USE =
      Pattern.compile("\\{\\{[{&]?\\s*brand\\.([A-Za-z0-9_.-]*[A-Za-z0-9_-])");

  /** One {@code brand.KEY} a template names, at its file and line. */
  record Use(String key, Path file, int line) {}

  private BrandValues() {}

  /** Every {@code brand.} value the templates among {@code files} name. */
  static List<Use> uses(List<TemplateText> templates) {
    List<Use> uses = new ArrayList<>();
    for (TemplateText template : templates) {
      Matcher m = USE.matcher(template.text());
      while (m.find()) {
        uses.add(new Use(m.group(1), template.file(), template.lineAt(m.start())));
      }
    }
    return uses.stream().distinct().toList();
  }

  /**
   * The brand's values as nested maps: {@code links.openapi_download} is the value of key {@code
   * openapi_download} in the map under {@code links}.
   */
  static Map<String, Object> of(Brand brand) {
    Map<String, Object> root = new TreeMap<>();
    brand
        .variables()
        .forEach(
            (key, value) -> {
              String[] parts = key.split("\\.", -1);
              // A brand value named as kb's HTML would be written unescaped inside a section.
              boolean named = Arrays.stream(parts).anyMatch(RawTags.KB_HTML::contains);
              if (!key.startsWith(Brand.LANGUAGE_VALUES) && !named) {
                put(root, parts, value);
              }
            });
    return freeze(root);
  }

  /**
   * @throws BuildFailedException at each use of a value {@code brand}'s file does not have, in the
   *     brand's language
   */
  static void requireAll(List<Use> uses, Brand brand, Map<String, Object> values) {
    List<Diagnostic> problems = new ArrayList<>();
    for (Use use : uses) {
      if (find(values, use.key()) == null) {
        problems.add(
            Diagnostic.input(
                    SourceSpan.at(use.file(), use.line()),
                    "brand value '" + use.key() + "' is not in " + brandFile(brand))
                .withHint(
                    "add it to the brand file"
                        + (brand.language().equals(brand.rootLanguage())
                            ? ""
                            : " (or under lang." + brand.language() + " there)")
                        + ", or write it inside {{#brand."
                        + use.key()
                        + "}}…{{/brand."
                        + use.key()
                        + "}} as {{.}}"));
      }
    }
    if (!problems.isEmpty()) {
      throw new BuildFailedException(problems);
    }
  }

  private static String brandFile(Brand brand) {
    String name = brand.file() == null ? brand.id() : brand.file().file().toString();
    return name + " (" + brand.language() + ")";
  }

  private static Object find(Map<String, Object> values, String key) {
    Object at = values;
    for (String part : key.split("\\.", -1)) {
      if (!(at instanceof Map<?, ?> map)) {
        return null;
      }
      at = map.get(part);
    }
    return at;
  }

  @SuppressWarnings("unchecked")
  private static void put(Map<String, Object> root, String[] parts, String value) {
    Map<String, Object> at = root;
    for (int i = 0; i < parts.length - 1; i++) {
      Object next = at.computeIfAbsent(parts[i], k -> new TreeMap<String, Object>());
      if (!(next instanceof Map)) {
        return; // a scalar already holds this name: the value stays the scalar's
      }
      at = (Map<String, Object>) next;
    }
    at.putIfAbsent(parts[parts.length - 1], value);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> freeze(Map<String, Object> map) {
    map.replaceAll(
        (key, value) -> value instanceof Map ? freeze((Map<String, Object>) value) : value);
    return Collections.unmodifiableMap(map);
  }
}
