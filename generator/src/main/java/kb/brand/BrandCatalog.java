package kb.brand;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kb.cache.CacheKey;
import kb.cache.KeyBuilder;
import kb.content.ContentLanguages;
import kb.content.FolderFiles;
import kb.content.SourceText;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.Diagnostic;
import kb.diagnostic.Diagnostics;
import kb.diagnostic.SourceSpan;
import kb.url.UrlPolicy;
import kb.yaml.FlatYaml;
import kb.yaml.YamlReader;
import kb.yaml.YamlValue;

/**
 * The brands of a content folder, read from {@code brands/<id>.yml}, sorted by id. Immutable once
 * loaded.
 */
public final class BrandCatalog {

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]*");
  private static final Pattern COLOR =
      Pattern.compile("#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})");
  private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*");

  private final Map<String, Brand> brands;

  /** The text of every brand file read and the content's languages, as a cache key. */
  private final CacheKey sourceKey;

  private BrandCatalog(Map<String, Brand> brands, CacheKey sourceKey) {
    this.sourceKey = sourceKey;
    this.brands = brands;
  }

  /**
   * @param brandsDir the {@code brands} folder of a content folder
   * @throws BuildFailedException when the folder is missing, empty, or a brand file is invalid
   */
  public static BrandCatalog load(Path brandsDir) {
    if (!Files.isDirectory(brandsDir)) {
      throw new BuildFailedException(
          Diagnostic.input(SourceSpan.of(brandsDir), "brand folder not found")
              .withHint("add one file per brand, for example brands/futu.yml"));
    }
    Diagnostics problems = new Diagnostics();
    Map<String, Brand> brands = new TreeMap<>();
    ContentLanguages languages = contentLanguages(contentFolder(brandsDir));
    KeyBuilder key = KeyBuilder.ofInputs("brand files").add(languages.source());
    key.add(languages.translations().size());
    languages.translations().forEach(key::add);
    for (Path file : brandFiles(brandsDir)) {
      try {
        FolderFiles.requireInside(file, contentFolder(brandsDir), "content folder");
        String text = SourceText.read(file);
        key.add(file.getFileName().toString()).add(text);
        Brand brand = read(file, text, languages);
        brands.put(brand.id(), brand);
      } catch (BuildFailedException e) {
        problems.addAll(e.diagnostics());
      }
    }
    problems.throwIfAny();
    if (brands.isEmpty()) {
      throw new BuildFailedException(
          Diagnostic.input(SourceSpan.of(brandsDir), "no brand files (*.yml) in brand folder"));
    }
    return new BrandCatalog(withOthersForbidden(brands), key.build());
  }

  /**
   * Each brand forbidding what names every other brand, so no brand file need list them: a value
   * that also names the brand itself stays allowed.
   */
  private static Map<String, Brand> withOthersForbidden(Map<String, Brand> brands) {
    Map<String, Brand> forbidding = new TreeMap<>();
    for (Brand brand : brands.values()) {
      Set<String> own = folded(brand.namings());
      Set<String> words = new LinkedHashSet<>();
      for (Brand other : brands.values()) {
        if (other != brand) {
          other.namings().stream()
              .filter(n -> !own.contains(n.toLowerCase(Locale.ROOT)))
              .forEach(words::add);
        }
      }
      forbidding.put(brand.id(), brand.withForbiddenWords(List.copyOf(words)));
    }
    return forbidding;
  }

  private static Set<String> folded(List<String> values) {
    Set<String> folded = new HashSet<>();
    values.forEach(v -> folded.add(v.toLowerCase(Locale.ROOT)));
    return folded;
  }

  /** All brands, sorted by id. */
  public List<Brand> all() {
    return List.copyOf(brands.values());
  }

  public List<String> ids() {
    return List.copyOf(brands.keySet());
  }

  /**
   * The brands a command asked for: one id, or {@code all}.
   *
   * @throws BuildFailedException naming the known ids when the id is unknown
   */
  public List<Brand> select(String idOrAll) {
    if (idOrAll.equals("all")) {
      return all();
    }
    Brand brand = brands.get(idOrAll);
    if (brand == null) {
      throw new BuildFailedException(
          Diagnostic.input(SourceSpan.of(Path.of("--brand")), "unknown brand '" + idOrAll + "'")
              .withHint("known brands: " + String.join(", ", ids()) + ", or all"));
    }
    return List.of(brand);
  }

  /** The content folder holding the brand folder, which a brand file's link may not leave. */
  private static Path contentFolder(Path brandsDir) {
    return brandsDir.toAbsolutePath().normalize().getParent();
  }

  private static List<Path> brandFiles(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(f -> f.toString().endsWith(".yml") || f.toString().endsWith(".yaml"))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new BuildFailedException(
          Diagnostic.input(SourceSpan.of(dir), "cannot list brand folder: " + e.getMessage()));
    }
  }

  /**
   * A key of what the brands were read from: the text of each brand file as read, and the content's
   * languages. What a page's results depend on in a brand's site, beyond the page and the brand's
   * id and language, is all in it (each brand's lint terms name the other brands too).
   */
  public CacheKey sourceKey() {
    return sourceKey;
  }

  /** The content's languages; a broken languages.yml is reported by the content stage. */
  private static ContentLanguages contentLanguages(Path contentDir) {
    try {
      return ContentLanguages.read(contentDir);
    } catch (BuildFailedException e) {
      return ContentLanguages.single(contentDir);
    }
  }

  private static Brand read(Path file, String text, ContentLanguages content) {
    FlatYaml yaml = YamlReader.read(file, text, 1);
    List<Diagnostic> problems = new ArrayList<>();
    String id = yaml.require("id", problems);
    String name = yaml.require("name", problems);
    String siteTitle = yaml.require("site.title", problems);
    String basePath = yaml.require("doc_site.base_path", problems);
    String docUrl = yaml.require("doc_site.url", problems);
    String color = yaml.require("theme.primary_color", problems);
    checkId(file, yaml, id, problems);
    check(yaml, "theme.primary_color", COLOR.matcher(color).matches(), "a hex colour", problems);
    check(yaml, "doc_site.base_path", isSlashed(basePath), "a path like /x-doc/", problems);
    checkUrl(yaml, "doc_site.url", Set.of("https"), "an https:// URL", problems);
    checkUrl(yaml, "site.url", Set.of("http", "https"), "an absolute http(s):// URL", problems);
    String siteUrl = yaml.optional("site.url", "");
    boolean languageValid = LANGUAGE.matcher(yaml.optional("site.language", "en")).matches();
    check(yaml, "site.language", languageValid, "a language tag such as en or zh-Hans", problems);
    checkLanguages(yaml, problems);
    checkAgainstContent(yaml, content, problems);
    HeaderNav.check(yaml, problems);
    if (!problems.isEmpty()) {
      throw new BuildFailedException(problems);
    }
    return new Brand(
        id,
        name,
        siteTitle,
        siteUrl,
        new Brand.DocSite(basePath, docUrl.endsWith("/") ? docUrl : docUrl + "/"),
        new Theme(yaml.optional("theme.logo_text", name), color),
        yaml.list("site.official_domains"),
        yaml.list("lint.forbidden_terms"),
        List.of(),
        yaml.list("lint.allowed_mentions"),
        variables(yaml),
        SourceSpan.of(file),
        languages(yaml));
  }

  /** {@code site.language}, then the others of {@code site.languages}. */
  private static List<String> languages(FlatYaml yaml) {
    Set<String> languages = new LinkedHashSet<>();
    languages.add(yaml.optional("site.language", "en"));
    languages.addAll(yaml.list("site.languages"));
    return List.copyOf(languages);
  }

  /**
   * A brand's languages are languages the content is written in: those of {@code languages.yml}, or
   * without it the one {@code site.language}.
   */
  private static void checkAgainstContent(
      FlatYaml yaml, ContentLanguages content, List<Diagnostic> problems) {
    String language = yaml.optional("site.language", "en");
    List<String> written = content.declared() ? content.all() : List.of(language);
    for (String key : List.of("site.language", "site.languages")) {
      for (String tag : key.equals("site.language") ? List.of(language) : yaml.list(key)) {
        if (!written.contains(tag)) {
          yaml.get(key)
              .ifPresent(
                  v ->
                      problems.add(
                          Diagnostic.input(
                                  v.where(), key + " names '" + tag + "', not a content language")
                              .withHint(
                                  content.declared()
                                      ? "the content's languages ("
                                          + content.file().file()
                                          + ") are "
                                          + String.join(", ", written)
                                      : "a site of several languages needs a "
                                          + ContentLanguages.FILE
                                          + " in the content folder")));
        }
      }
    }
  }

  /**
   * Each of {@code site.languages} is a tag, and each value under {@code lang.<tag>} names one of
   * the site's languages: a value for a language the site lacks is most likely a typo.
   */
  private static void checkLanguages(FlatYaml yaml, List<Diagnostic> problems) {
    List<String> languages = languages(yaml);
    for (String tag : yaml.list("site.languages")) {
      if (!LANGUAGE.matcher(tag).matches()) {
        yaml.get("site.languages")
            .ifPresent(
                v ->
                    problems.add(
                        Diagnostic.input(
                            v.where(), "'" + tag + "' is not a language tag such as en or zh-CN")));
      }
    }
    for (YamlValue value : yaml.all().values()) {
      if (value.key().startsWith(Brand.LANGUAGE_VALUES)) {
        String rest = value.key().substring(Brand.LANGUAGE_VALUES.length());
        String tag = rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
        if (!languages.contains(tag)) {
          problems.add(
              Diagnostic.input(
                      value.where(),
                      "'" + value.key() + "' is for language '" + tag + "', not one of this site's")
                  .withHint("the site's languages are " + String.join(", ", languages)));
        }
      }
    }
  }

  private static void checkId(Path file, FlatYaml yaml, String id, List<Diagnostic> problems) {
    String stem = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
    boolean valid = ID.matcher(id).matches() && id.equals(stem);
    check(yaml, "id", id.isEmpty() || valid, "'" + stem + "', the file's name", problems);
  }

  private static void check(
      FlatYaml yaml, String key, boolean valid, String expected, List<Diagnostic> problems) {
    if (!valid) {
      yaml.get(key)
          .ifPresent(v -> problems.add(Diagnostic.input(v.where(), key + " must be " + expected)));
    }
  }

  /**
   * A URL pages and the sitemap carry as it is written: it must parse, name one of {@code schemes}
   * and a host, and pass {@link UrlPolicy}. A quote or space in it would otherwise stop the build
   * later, with no line to show.
   */
  private static void checkUrl(
      FlatYaml yaml, String key, Set<String> schemes, String expected, List<Diagnostic> problems) {
    Optional<YamlValue> value = yaml.get(key).filter(v -> !v.text().isEmpty());
    if (value.isEmpty()) {
      return; // a missing required key is reported by require
    }
    String url = value.get().text();
    Diagnostic problem = Diagnostic.input(value.get().where(), key + " must be " + expected);
    Optional<UrlPolicy.Refusal> refusal = UrlPolicy.refusal(url, UrlPolicy.Use.LINK);
    if (refusal.isPresent()) {
      problems.add(
          Diagnostic.input(
                  value.get().where(),
                  key + " '" + UrlPolicy.shown(url) + "' " + refusal.get().reason())
              .withHint(key + " must be " + expected));
      return;
    }
    try {
      URI uri = new URI(url);
      boolean valid =
          uri.getScheme() != null && schemes.contains(uri.getScheme().toLowerCase(Locale.ROOT));
      if (!valid || uri.getHost() == null) {
        problems.add(problem);
      }
    } catch (URISyntaxException e) {
      problems.add(problem.withHint(notInUrl(url, e.getIndex())));
    }
  }

  /** How to write the character a URL may not hold at {@code index}. */
  private static String notInUrl(String url, int index) {
    if (index < 0 || index >= url.length()) {
      return "check the URL's % escapes";
    }
    char c = url.charAt(index);
    if (c == '%') {
      return "'%' starts an escape such as %20; write a '%' itself as %25";
    }
    if (c >= 0x80) {
      return "'" + c + "' may not appear there in a URL: percent-encode its UTF-8 bytes";
    }
    String shown = c < 0x20 || c == 0x7f ? String.format("U+%04X", (int) c) : "'" + c + "'";
    return shown + " may not appear in a URL: write it as " + String.format("%%%02X", (int) c);
  }

  private static boolean isSlashed(String path) {
    return path.length() > 2 && path.startsWith("/") && path.endsWith("/");
  }

  private static Map<String, String> variables(FlatYaml yaml) {
    Map<String, String> variables = new TreeMap<>();
    for (YamlValue value : yaml.all().values()) {
      // The header's link ids are the one list kb keeps among the values, joined by ", ".
      if (!value.list() || HeaderNav.isLinkList(value.key())) {
        variables.put(value.key(), value.text());
      }
    }
    return variables;
  }
}
