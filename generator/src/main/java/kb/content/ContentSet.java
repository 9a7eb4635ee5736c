package kb.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything read from a content folder, sorted: pages by order then path, assets by path.
 * Immutable.
 *
 * @param root the content folder
 * @param pages the Markdown pages in the source language
 * @param assets the other files: shared ones, and brand overrides from {@code brands/<id>/}
 * @param languages the languages the content is written in
 * @param translations pages translated from {@code pages}, by path ({@code faq/opend.zh-CN.md})
 */
public record ContentSet(
    Path root,
    List<SourcePage> pages,
    List<AssetFile> assets,
    ContentLanguages languages,
    List<Translation> translations) {

  public ContentSet {
    pages = List.copyOf(pages);
    assets = List.copyOf(assets);
    translations = List.copyOf(translations);
  }

  /** A content set in one language, without translations. */
  public ContentSet(Path root, List<SourcePage> pages, List<AssetFile> assets) {
    this(root, pages, assets, ContentLanguages.single(root), List.of());
  }

  /**
   * A page written in another language than the source.
   *
   * @param language the language tag, from the file's name
   * @param sourcePath the path of the page it translates ({@code faq/opend.md})
   * @param page the translation as written, its path the translation file's
   */
  public record Translation(String language, String sourcePath, SourcePage page) {}

  /**
   * The pages of one language's site, in page order: each source page's translation into {@code
   * language} where there is one, at the source page's path, else the source page itself.
   */
  public List<SourcePage> pagesIn(String language) {
    Map<String, SourcePage> translated = new HashMap<>();
    for (Translation t : translations) {
      if (t.language().equals(language)) {
        SourcePage p = t.page();
        translated.put(
            t.sourcePath(),
            new SourcePage(p.file(), t.sourcePath(), p.frontMatter(), p.body(), p.bodyFirstLine()));
      }
    }
    return pages.stream().map(page -> translated.getOrDefault(page.path(), page)).toList();
  }

  /**
   * The content as the site in {@code language} reads it: {@link #pagesIn}, or every page as it is
   * when the content names no languages (each brand's site is then in its one language).
   */
  public ContentSet inLanguage(String language) {
    if (!languages.declared()) {
      return this;
    }
    return new ContentSet(root, pagesIn(language), assets, languages, translations);
  }

  /** Every page file as written: the source pages, then the translations. */
  public List<SourcePage> allFiles() {
    List<SourcePage> all = new ArrayList<>(pages);
    translations.forEach(t -> all.add(t.page()));
    return all;
  }

  /** Whether the page at {@code path} has a translation into {@code language}. */
  public boolean isTranslated(String path, String language) {
    return translations.stream()
        .anyMatch(t -> t.language().equals(language) && t.sourcePath().equals(path));
  }
}
