package kb.brand;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kb.content.SourceText;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.Diagnostic;
import kb.diagnostic.SourceSpan;
import kb.url.UrlPolicy;
import kb.yaml.FlatYaml;
import kb.yaml.YamlReader;
import kb.yaml.YamlValue;

/**
 * The header's links of a brand file: {@code nav.links} lists their ids in order, and each id has a
 * {@code label} and a {@code url} under {@code nav.<id>}. A label or URL may differ by language
 * ({@code lang.zh-CN.nav.docs.label}). A URL is external ({@code http}/{@code https}), a path of a
 * page of the site from its root ({@code faq/opend.html}), or {@code {{key}}}, another value of the
 * brand file ({@code {{doc_site.url}}}), itself checked as a URL.
 */
public final class HeaderNav {

  /** The key listing the links' ids, in order. */
  public static final String LINKS = "nav.links";

  private static final String PREFIX = "nav.";
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]+");
  private static final Pattern REFERENCE = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_.-]+)\\s*}}");
  private static final Set<String> SCHEMES = Set.of("http", "https");

  /**
   * One link of the header, in a site's language.
   *
   * @param id its id in the brand file
   * @param label what the reader sees
   * @param url an absolute {@code http(s)} URL, or a page's path from the site's root
   */
  public record Link(String id, String label, String url) {

    /** Whether the link leaves the site. */
    public boolean external() {
      return UrlPolicy.hasScheme(url);
    }
  }

  private HeaderNav() {}

  /** The header's links of {@code brand} in its language ({@link Brand#inLanguage}), in order. */
  public static List<Link> of(Brand brand) {
    Map<String, String> values = brand.variables();
    List<Link> links = new ArrayList<>();
    for (String id : ids(values.getOrDefault(LINKS, ""))) {
      String url = values.getOrDefault(PREFIX + id + ".url", "");
      Matcher reference = REFERENCE.matcher(url.strip());
      if (reference.matches()) {
        url = values.getOrDefault(reference.group(1), "");
      }
      links.add(new Link(id, values.getOrDefault(PREFIX + id + ".label", id), url.strip()));
    }
    return List.copyOf(links);
  }

  /**
   * Where the brand file gives link {@code id}'s URL for {@code brand}'s language: the brand file
   * is read again only when a link is reported.
   */
  public static SourceSpan urlLine(Brand brand, String id) {
    if (brand.file() == null || !Files.isRegularFile(brand.file().file())) {
      return brand.file();
    }
    try {
      FlatYaml yaml = YamlReader.read(brand.file().file(), SourceText.read(brand.file().file()), 1);
      String key = PREFIX + id + ".url";
      return yaml.get(Brand.LANGUAGE_VALUES + brand.language() + "." + key)
          .or(() -> yaml.get(key))
          .map(YamlValue::where)
          .orElse(brand.file());
    } catch (BuildFailedException e) {
      return brand.file(); // the brand file was read once already; it changed since
    }
  }

  /** Every problem of the {@code nav} keys of a brand file, at its line. */
  static void check(FlatYaml yaml, List<Diagnostic> problems) {
    Optional<YamlValue> list = yaml.get(LINKS);
    List<String> ids = list.map(YamlValue::values).orElse(List.of());
    if (list.isPresent() && !list.get().list()) {
      problems.add(
          Diagnostic.input(list.get().where(), LINKS + " must be a list of link ids")
              .withHint("for example: links: [docs, download]"));
      return;
    }
    for (String id : ids) {
      if (!ID.matcher(id).matches() || id.equals("links")) {
        problems.add(
            Diagnostic.input(list.get().where(), "'" + id + "' in " + LINKS + " is not a link id")
                .withHint("use letters, digits, _ and -, and not 'links'"));
        continue;
      }
      for (String part : List.of("label", "url")) {
        if (yaml.get(PREFIX + id + "." + part).isEmpty()) {
          problems.add(
              Diagnostic.input(
                  list.get().where(), "header link '" + id + "' needs nav." + id + "." + part));
        }
      }
    }
    for (YamlValue value : yaml.all().values()) {
      String key = withoutLanguage(value.key());
      if (!key.startsWith(PREFIX) || key.equals(LINKS)) {
        continue;
      }
      String rest = key.substring(PREFIX.length());
      int dot = rest.indexOf('.');
      String id = dot < 0 ? rest : rest.substring(0, dot);
      String part = dot < 0 ? "" : rest.substring(dot + 1);
      if (!ids.contains(id) || !(part.equals("label") || part.equals("url"))) {
        problems.add(
            Diagnostic.input(value.where(), "unknown header link key '" + value.key() + "'")
                .withHint("list the link's id in " + LINKS + "; each has a label and a url"));
      } else if (part.equals("url")) {
        checkUrl(yaml, value, problems);
      }
    }
  }

  private static void checkUrl(FlatYaml yaml, YamlValue value, List<Diagnostic> problems) {
    String url = value.text().strip();
    Matcher reference = REFERENCE.matcher(url);
    if (reference.matches()) {
      Optional<YamlValue> target = yaml.get(reference.group(1)).filter(v -> !v.list());
      if (target.isEmpty()) {
        problems.add(
            Diagnostic.input(
                value.where(),
                value.key()
                    + " names '"
                    + reference.group(1)
                    + "', not a value of the brand file"));
        return;
      }
      url = target.get().text().strip();
    }
    String hint = "write an http(s):// URL, or a page's path from the site's root (faq/a.html)";
    if (url.isEmpty()) {
      problems.add(Diagnostic.input(value.where(), value.key() + " is empty").withHint(hint));
      return;
    }
    Optional<UrlPolicy.Refusal> refusal = UrlPolicy.refusal(url, UrlPolicy.Use.LINK);
    if (refusal.isPresent()) {
      problems.add(
          Diagnostic.input(
                  value.where(),
                  value.key() + " '" + UrlPolicy.shown(url) + "' " + refusal.get().reason())
              .withHint(hint));
      return;
    }
    String scheme =
        UrlPolicy.hasScheme(url) ? url.substring(0, url.indexOf(':')).toLowerCase(Locale.ROOT) : "";
    boolean absolute = !scheme.isEmpty();
    if ((absolute && !SCHEMES.contains(scheme)) || (!absolute && url.startsWith("/"))) {
      problems.add(
          Diagnostic.input(
                  value.where(),
                  value.key()
                      + " '"
                      + UrlPolicy.shown(url)
                      + "' must be an http(s):// URL or a path of the site")
              .withHint(hint + "; a path from the server's root breaks under another base path"));
    }
  }

  /** Whether {@code key} lists the header's links, in a language or not. */
  static boolean isLinkList(String key) {
    return withoutLanguage(key).equals(LINKS);
  }

  private static String withoutLanguage(String key) {
    if (!key.startsWith(Brand.LANGUAGE_VALUES)) {
      return key;
    }
    String rest = key.substring(Brand.LANGUAGE_VALUES.length());
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(dot + 1);
  }

  private static List<String> ids(String joined) {
    List<String> ids = new ArrayList<>();
    for (String id : joined.split(",")) {
      if (!id.isBlank()) {
        ids.add(id.strip());
      }
    }
    return ids;
  }
}
