package kb.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.Diagnostic;
import kb.diagnostic.SourceSpan;
import kb.yaml.FlatYaml;
import kb.yaml.YamlReader;
import kb.yaml.YamlValue;

/**
 * The languages a content folder is written in, from its optional {@code languages.yml}: pages
 * named {@code x.md} are in the {@code source} language, and {@code x.<tag>.md} is their
 * translation into one of the {@code translations}. Without the file, every page is in the one
 * language each brand file names ({@code site.language}). Immutable.
 *
 * @param source the language of the pages without a language in their name, empty without the file
 * @param translations the other languages, in the order the file gives them
 * @param file where the file is, or the content folder when there is none
 */
public record ContentLanguages(String source, List<String> translations, SourceSpan file) {

  /** The file's name, in the content folder. */
  public static final String FILE = "languages.yml";

  /** A BCP 47 tag as kb accepts it: a language, then optional script and region subtags. */
  public static final Pattern TAG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

  public ContentLanguages {
    translations = List.copyOf(translations);
  }

  /** The content of a folder with no {@code languages.yml}: one language per brand. */
  public static ContentLanguages single(Path contentDir) {
    return new ContentLanguages("", List.of(), SourceSpan.of(contentDir));
  }

  /** Whether the folder names its languages, rather than leaving them to the brand files. */
  public boolean declared() {
    return !source.isEmpty();
  }

  /** The source language first, then the translations. */
  public List<String> all() {
    List<String> all = new ArrayList<>();
    if (declared()) {
      all.add(source);
    }
    all.addAll(translations);
    return List.copyOf(all);
  }

  /** The translation language a page path names ({@code faq/opend.zh-CN.md}), if any. */
  public Optional<String> translationOf(String path) {
    for (String tag : translations) {
      if (path.endsWith("." + tag + ".md")) {
        return Optional.of(tag);
      }
    }
    return Optional.empty();
  }

  /**
   * Reads {@code languages.yml} of a content folder, or {@link #single} without one.
   *
   * @throws BuildFailedException naming the file and line of a missing or malformed value
   */
  public static ContentLanguages read(Path contentDir) {
    Path file = contentDir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return single(contentDir);
    }
    FlatYaml yaml = YamlReader.read(file, SourceText.read(file), 1);
    List<Diagnostic> problems = new ArrayList<>();
    String source = yaml.require("source", problems);
    checkTag(yaml.get("source"), source, problems);
    List<String> translations = yaml.list("translations");
    List<String> seen = new ArrayList<>(List.of(source));
    for (String tag : translations) {
      checkTag(yaml.get("translations"), tag, problems);
      if (seen.contains(tag)) {
        yaml.get("translations")
            .ifPresent(
                v -> problems.add(Diagnostic.input(v.where(), "language '" + tag + "' is twice")));
      }
      seen.add(tag);
    }
    for (String key : yaml.all().keySet()) {
      if (!key.equals("source") && !key.equals("translations")) {
        problems.add(
            Diagnostic.input(yaml.get(key).orElseThrow().where(), "unknown key '" + key + "'")
                .withHint("languages.yml holds 'source' and 'translations'"));
      }
    }
    if (!problems.isEmpty()) {
      throw new BuildFailedException(problems);
    }
    return new ContentLanguages(source, translations, SourceSpan.of(file));
  }

  private static void checkTag(Optional<YamlValue> value, String tag, List<Diagnostic> problems) {
    if (!tag.isEmpty() && !TAG.matcher(tag).matches()) {
      value.ifPresent(
          v ->
              problems.add(
                  Diagnostic.input(
                      v.where(), "'" + tag + "' is not a language tag such as en or zh-CN")));
    }
  }
}
