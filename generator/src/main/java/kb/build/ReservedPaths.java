package kb.build;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kb.content.AssetFile;
import kb.content.ContentLanguages;
import kb.content.ContentSet;
import kb.content.SourcePage;
import kb.diagnostic.Diagnostic;
import kb.diagnostic.Diagnostics;
import kb.diagnostic.SourceSpan;
import kb.site.CrawlerFiles;
import kb.template.PageRenderer;

/**
 * The paths kb writes into every site itself, which no page or file of the content may take: one
 * would overwrite the other, or the build would fail on something else it caused (a link check of
 * the home page, a file that already exists), so each is an error naming the content file and what
 * kb writes there.
 */
final class ReservedPaths {

  /** Where the search stage writes its data files, all scripts. */
  private static final String SEARCH_FOLDER = "search/";

  private ReservedPaths() {}

  /**
   * @throws kb.diagnostic.BuildFailedException naming each page or file whose site path kb writes
   *     itself, and what kb writes there
   */
  static void check(ContentSet content, PageRenderer templates) {
    Map<String, String> reserved = reserved(templates);
    List<String> languages = content.languages().all();
    Diagnostics problems = new Diagnostics();
    for (SourcePage page : content.pages()) {
      String what = whatIsAt(page.outputPath(), reserved, languages);
      if (what != null) {
        problems.add(
            Diagnostic.input(
                    SourceSpan.of(page.file()),
                    "page would be written to "
                        + page.outputPath()
                        + ", which kb writes itself: "
                        + what)
                .withHint("rename the page"));
      }
    }
    for (AssetFile file : content.assets()) {
      String what = whatIsAt(file.path(), reserved, languages);
      if (what != null) {
        problems.add(
            Diagnostic.input(
                    SourceSpan.of(file.file()),
                    "kb writes " + file.path() + " into every site itself: " + what)
                .withHint("rename or move this file"));
      }
    }
    problems.throwIfAny();
  }

  private static String whatIsAt(
      String path, Map<String, String> reserved, List<String> languages) {
    if (path.startsWith(SEARCH_FOLDER) && path.endsWith(".js")) {
      return "the search data";
    }
    for (String tag : languages) {
      if (path.startsWith(tag + "/")) {
        return "the folder of the site in " + tag + " (content/" + ContentLanguages.FILE + ")";
      }
    }
    return reserved.get(path);
  }

  /** The files every site has, each with what it is. */
  private static Map<String, String> reserved(PageRenderer templates) {
    Path folder = templates.folder();
    Map<String, String> reserved = new HashMap<>();
    reserved.put(PageRenderer.HOME_PAGE, "the home page, from " + folder.resolve("home.mustache"));
    reserved.put(
        PageRenderer.NOT_FOUND_PAGE,
        "the page for missing URLs, from " + folder.resolve("not-found.mustache"));
    reserved.put(
        PageRenderer.FAVICON, "the brand's icon, from " + folder.resolve("favicon.svg.mustache"));
    reserved.put(CrawlerFiles.ROBOTS, "the rules for crawlers");
    reserved.put(CrawlerFiles.SITEMAP, "the sitemap");
    for (String path : templates.staticPaths()) {
      reserved.put(path, "a copy of " + folder.resolve(path));
    }
    return reserved;
  }
}
