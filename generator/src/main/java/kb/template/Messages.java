package kb.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kb.content.SourceText;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.Diagnostic;
import kb.diagnostic.SourceSpan;
import kb.yaml.YamlReader;

/**
 * The words of the page chrome in one language, from {@code templates/messages/<tag>.yml}:
 * templates read them as {@code {{msg.key}}}, kb's own text and the page's scripts by key. Every
 * file has the keys kb needs ({@link #REQUIRED}) and every key a template names, so no page shows
 * an empty label. Immutable.
 */
public final class Messages {

  /** The folder of message files, inside the templates folder. */
  public static final String FOLDER = "messages";

  /** The keys kb itself and its scripts use. */
  static final Set<String> REQUIRED =
      Set.of(
          "question_count_one",
          "question_count_other",
          "home_lead",
          "home_description",
          "page_description",
          "not_found_title",
          "not_found_description",
          "callout_tip",
          "callout_note",
          "callout_warning",
          "callout_danger",
          "code_tabs");

  /** The keys the page's scripts read, shipped in each page. */
  static final List<String> SCRIPT_KEYS =
      List.of(
          "copy",
          "copy_code",
          "copy_link_to",
          "this_question",
          "copied",
          "copy_refused",
          "table_scroll",
          "search_none",
          "search_result_one",
          "search_result_other",
          "search_unavailable",
          "searching");

  private static final Pattern USE = Pattern.compile("\\{\\{[#^/{&]?\\s*msg\\.([A-Za-z0-9_]+)");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");

  private final String language;
  private final Map<String, String> values;

  private Messages(String language, Map<String, String> values) {
    this.language = language;
    this.values = Collections.unmodifiableMap(new TreeMap<>(values));
  }

  /** Every message by key, for templates ({@code {{msg.key}}}). */
  public Map<String, String> all() {
    return values;
  }

  /** The message, its {@code {name}} placeholders filled from {@code args} (name, value, ...). */
  public String format(String key, Object... args) {
    String text = values.get(key);
    if (text == null) {
      throw new IllegalArgumentException("no message '" + key + "' for " + language);
    }
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = m.group();
      for (int i = 0; i + 1 < args.length; i += 2) {
        if (args[i].equals(m.group(1))) {
          value = String.valueOf(args[i + 1]);
        }
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** "1 question", "21 questions". */
  public String questionCount(int n) {
    return format(n == 1 ? "question_count_one" : "question_count_other", "n", n);
  }

  /**
   * The messages of every language with a file in {@code templatesDir/messages}, by tag.
   *
   * @param files every file of the templates folder
   * @param templateKeys the keys kb and the templates use ({@link #neededKeys})
   * @throws BuildFailedException naming each file and the key it lacks, or a malformed file
   */
  static Map<String, Messages> read(Path templatesDir, List<Path> files, Set<String> templateKeys) {
    Path folder = templatesDir.resolve(FOLDER);
    Set<String> needed = new TreeSet<>(templateKeys);
    Map<String, Messages> all = new TreeMap<>();
    Map<Path, Map<String, String>> read = new TreeMap<>();
    List<Diagnostic> problems = new ArrayList<>();
    for (Path file : files) {
      if (!file.getParent().equals(folder) || !file.getFileName().toString().endsWith(".yml")) {
        continue;
      }
      try {
        Map<String, String> values = new TreeMap<>();
        YamlReader.read(file, SourceText.read(file), 1)
            .all()
            .values()
            .forEach(value -> values.put(value.key(), value.text()));
        read.put(file, values);
        needed.addAll(values.keySet()); // the files keep the same keys
      } catch (BuildFailedException e) {
        problems.addAll(e.diagnostics());
      }
    }
    read.forEach(
        (file, values) -> {
          for (String key : needed) {
            if (!values.containsKey(key)) {
              problems.add(
                  Diagnostic.input(SourceSpan.of(file), "missing message '" + key + "'")
                      .withHint(
                          "every file in "
                              + folder
                              + " has the keys kb, the templates and the other files use"));
            }
          }
          String tag = file.getFileName().toString().replaceFirst("\\.yml$", "");
          all.put(tag, new Messages(tag, values));
        });
    if (!problems.isEmpty()) {
      throw new BuildFailedException(problems);
    }
    return all;
  }

  /** The keys kb needs and every key one of {@code templates} names. */
  static Set<String> neededKeys(List<TemplateText> templates) {
    Set<String> needed = new TreeSet<>(REQUIRED);
    needed.addAll(SCRIPT_KEYS);
    for (TemplateText template : templates) {
      USE.matcher(template.text()).results().forEach(m -> needed.add(m.group(1)));
    }
    return needed;
  }

  /**
   * The messages for a language: the templates' own file, else their base language's ({@code zh}
   * for zh-MO), else kb's built-in file for it, so templates written before languages existed still
   * build; else, for a site of one language, English, as all chrome was before languages.
   *
   * @param needed the keys the templates use, which a built-in file must have too
   */
  static Messages of(
      Map<String, Messages> all,
      String tag,
      Path templatesDir,
      Set<String> needed,
      boolean englishIfNone) {
    Messages own = all.get(tag);
    if (own != null) {
      return own;
    }
    String base = Locale.forLanguageTag(tag).getLanguage();
    Messages fallback = all.get(base);
    if (fallback != null) {
      return fallback;
    }
    Messages builtIn = builtIn(tag);
    if (builtIn != null) {
      List<String> missing =
          needed.stream().filter(key -> !builtIn.values.containsKey(key)).toList();
      if (missing.isEmpty()) {
        return builtIn;
      }
      throw new BuildFailedException(
          Diagnostic.input(
                  SourceSpan.of(templatesDir.resolve(FOLDER).resolve(tag + ".yml")),
                  "no messages for language '" + tag + "' with the keys " + missing)
              .withHint(
                  "the templates use keys kb's built-in messages lack: add this file, with"
                      + " every key of kb's own templates/"
                      + FOLDER
                      + "/en.yml and these"));
    }
    if (englishIfNone && !tag.equals("en")) {
      return of(all, "en", templatesDir, needed, false);
    }
    throw new BuildFailedException(
        Diagnostic.input(
                SourceSpan.of(templatesDir.resolve(FOLDER).resolve(tag + ".yml")),
                "no messages for language '" + tag + "'")
            .withHint("add it, with every key of kb's own templates/" + FOLDER + "/en.yml"));
  }

  /** kb's own messages for a language, shipped in its jar, or null. */
  private static Messages builtIn(String tag) {
    String name = "/kb/template/" + FOLDER + "/" + tag + ".yml";
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      if (in == null) {
        return null;
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Map<String, String> values = new TreeMap<>();
      YamlReader.read(Path.of("kb.jar!" + name), text, 1)
          .all()
          .values()
          .forEach(value -> values.put(value.key(), value.text()));
      return new Messages(tag, values);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The messages the page's scripts read, as JSON safe inside a {@code <script>} element. */
  String scriptJson() {
    StringBuilder json = new StringBuilder("{");
    for (String key : SCRIPT_KEYS) {
      json.append(json.length() > 1 ? "," : "").append('"').append(key).append("\":\"");
      for (char c : values.get(key).toCharArray()) {
        if (c == '"' || c == '\\') {
          json.append('\\').append(c);
        } else if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029) {
          json.append(String.format("\\u%04x", (int) c));
        } else {
          json.append(c);
        }
      }
      json.append('"');
    }
    return json.append('}').toString();
  }

  /** The titles of callouts without their own, by kind. */
  public Map<String, String> calloutTitles() {
    return Map.of(
        "tip", values.get("callout_tip"),
        "note", values.get("callout_note"),
        "warning", values.get("callout_warning"),
        "danger", values.get("callout_danger"));
  }
}
