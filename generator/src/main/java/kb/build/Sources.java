package kb.build;

import java.nio.file.Files;
import java.util.List;
import kb.brand.Brand;
import kb.brand.BrandCatalog;
import kb.content.ContentLoader;
import kb.content.ContentSet;
import kb.diagnostic.Diagnostics;
import kb.template.PageRenderer;

/**
 * What every brand's site is built from, read once per build: the pages and other files of the
 * content folder, the brand files, the compiled templates, and the brands asked for. Immutable.
 */
public record Sources(
    ContentSet content, BrandCatalog brands, PageRenderer templates, List<Brand> selected) {

  public Sources {
    selected = List.copyOf(selected);
  }

  /**
   * Reads the content, the brand files and the templates, each whatever the others' problems, so
   * that one run shows the problems of all three.
   *
   * @throws kb.diagnostic.BuildFailedException for every problem found, with file and line
   */
  public static Sources read(BuildOptions options) {
    Diagnostics problems = new Diagnostics();
    ContentSet content = problems.collect(() -> new ContentLoader().load(options.contentDir()));
    if (!Files.isDirectory(options.contentDir())) {
      problems.throwIfAny(); // nothing else to read: its brand folder is missing too
    }
    BrandCatalog brands =
        problems.collect(
            () -> BrandCatalog.load(options.contentDir().resolve(ContentLoader.BRANDS_FOLDER)));
    PageRenderer templates = problems.collect(() -> new PageRenderer(options.templatesDir()));
    problems.throwIfAny();
    ReservedPaths.check(content, templates);
    return new Sources(content, brands, templates, brands.select(options.brand()));
  }
}
