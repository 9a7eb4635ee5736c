package kb.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.Diagnostic;
import kb.diagnostic.Diagnostics;
import kb.diagnostic.SourceSpan;

/**
 * Reads a content folder: every {@code *.md} file is a page, every other file an asset. Files under
 * {@code brands/<id>/} override the shared asset of the same path for that brand; {@code
 * brands/*.yml} are brand files, read by the brand stage. Hidden files are skipped, and nothing
 * outside the folder is read (see {@link FolderFiles}).
 */
public final class ContentLoader {

  /** The folder inside the content folder that holds brand files and brand overrides. */
  public static final String BRANDS_FOLDER = "brands";

  private final EarlierSources earlier;

  /** A loader that parses every page each time. */
  public ContentLoader() {
    this(EarlierSources.none());
  }

  /** A loader that takes again the pages of its last load whose files are unchanged. */
  public ContentLoader(EarlierSources earlier) {
    this.earlier = earlier;
  }

  /**
   * @throws BuildFailedException when the folder is missing or a page cannot be read
   */
  public ContentSet load(Path contentDir) {
    boolean loaded = false;
    try {
      ContentSet content = read(contentDir);
      earlier.endLoad();
      loaded = true;
      return content;
    } finally {
      if (!loaded) {
        earlier.abandonLoad();
      }
    }
  }

  private ContentSet read(Path contentDir) {
    if (!Files.isDirectory(contentDir)) {
      throw new BuildFailedException(
          Diagnostic.input(SourceSpan.of(contentDir), "content folder not found")
              .withHint("run kb from the project folder, or pass --content DIR"));
    }
    Diagnostics problems = new Diagnostics();
    ContentLanguages languages = problems.collect(() -> ContentLanguages.read(contentDir));
    if (languages == null) {
      languages = ContentLanguages.single(contentDir);
    }
    // Read on all cores: ten thousand pages take over a second to read and parse on one.
    List<Read> read =
        problems.mapInParallel(
            earlier.listing(
                contentDir, () -> FolderFiles.visibleListing(contentDir, "content folder")),
            (file, found) -> {
              try {
                return classify(file, contentDir.relativize(file).toString().replace('\\', '/'));
              } catch (BuildFailedException e) {
                found.addAll(e.diagnostics());
                return Read.NOTHING;
              }
            });
    List<SourcePage> pages = new ArrayList<>();
    List<ContentSet.Translation> translations = new ArrayList<>();
    List<AssetFile> assets = new ArrayList<>();
    for (Read file : read) {
      if (file.page() != null) {
        Optional<String> language = languages.translationOf(file.page().path());
        if (language.isPresent()) {
          translations.add(translation(file.page(), language.get()));
        } else {
          pages.add(file.page());
        }
      }
      if (file.asset() != null) {
        assets.add(file.asset());
      }
    }
    checkUniqueCategories(pages, problems);
    checkSourcesExist(translations, pages, problems);
    problems.throwIfAny();
    if (pages.isEmpty()) {
      throw new BuildFailedException(
          Diagnostic.input(
              SourceSpan.of(contentDir), "no Markdown pages (*.md) in content folder"));
    }
    pages.sort(
        Comparator.comparingInt((SourcePage p) -> p.frontMatter().order())
            .thenComparing(SourcePage::path));
    translations.sort(Comparator.comparing(t -> t.page().path()));
    return new ContentSet(contentDir, pages, assets, languages, translations);
  }

  private static ContentSet.Translation translation(SourcePage page, String language) {
    String path = page.path();
    String source = path.substring(0, path.length() - language.length() - ".md".length()) + "md";
    return new ContentSet.Translation(language, source, page);
  }

  private static void checkSourcesExist(
      List<ContentSet.Translation> translations, List<SourcePage> pages, Diagnostics problems) {
    Set<String> paths = new HashSet<>();
    pages.forEach(page -> paths.add(page.path()));
    for (ContentSet.Translation t : translations) {
      if (!paths.contains(t.sourcePath())) {
        problems.add(
            Diagnostic.input(
                    t.page().frontMatter().where(),
                    "translation into " + t.language() + " of a page that does not exist")
                .withHint("a translation of " + t.sourcePath() + " needs that page beside it"));
      }
    }
  }

  /** What a content file is: a page, an asset, or neither (a brand file). */
  private record Read(SourcePage page, AssetFile asset) {
    static final Read NOTHING = new Read(null, null);
  }

  private Read classify(Path file, String path) {
    String[] parts = path.split("/");
    if (path.equals(ContentLanguages.FILE)) {
      return Read.NOTHING; // read by ContentLanguages
    } else if (parts[0].equals(BRANDS_FOLDER)) {
      if (parts.length > 2) {
        String inner = path.substring(parts[0].length() + parts[1].length() + 2);
        return new Read(null, new AssetFile(inner, file, parts[1]));
      }
      return Read.NOTHING; // a brand file, read by the brand stage
    } else if (path.endsWith(".md")) {
      return new Read(
          earlier.page(
              file, path, () -> FrontMatterParser.parse(file, path, SourceText.read(file))),
          null);
    } else {
      return new Read(null, new AssetFile(path, file, ""));
    }
  }

  private static void checkUniqueCategories(List<SourcePage> pages, Diagnostics problems) {
    Map<String, SourcePage> seen = new HashMap<>();
    for (SourcePage page : pages) {
      String category = page.frontMatter().category();
      SourcePage first = seen.putIfAbsent(category, page);
      if (first != null) {
        problems.add(
            Diagnostic.input(
                    page.frontMatter().where(),
                    "category '" + category + "' is already the category of " + first.file())
                .withHint("each page holds one FAQ category; merge the pages or rename one"));
      }
    }
  }
}
