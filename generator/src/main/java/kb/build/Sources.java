package kb.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kb.brand.Brand;
import kb.brand.BrandCatalog;
import kb.content.ContentLoader;
import kb.content.ContentSet;
import kb.content.EarlierSources;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.Diagnostic;
import kb.diagnostic.Diagnostics;
import kb.diagnostic.SourceSpan;
import kb.markdown.AnchorAliases;
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
    return read(options, Earlier.none());
  }

  /**
   * What one read keeps for the next: the pages it read, and which of them hold no anchor alias.
   */
  public record Earlier(EarlierSources pages, AnchorAliases.Plain plain) {

    /** Keeps nothing: a one-off build. */
    public static Earlier none() {
      return new Earlier(EarlierSources.none(), AnchorAliases.Plain.none());
    }

    /** Keeps each read's pages for the next: {@code kb serve}. */
    public static Earlier kept() {
      return new Earlier(EarlierSources.kept(), AnchorAliases.Plain.kept());
    }
  }

  /**
   * As {@link #read(BuildOptions)}, taking again the pages of the last read whose files are
   * unchanged: {@code kb serve}'s reads after an edit.
   */
  public static Sources read(BuildOptions options, Earlier earlier) {
    Diagnostics problems = new Diagnostics();
    ContentSet content =
        problems.collect(() -> new ContentLoader(earlier.pages()).load(options.contentDir()));
    if (!Files.isDirectory(options.contentDir())) {
      problems.throwIfAny(); // nothing else to read: its brand folder is missing too
    }
    BrandCatalog brands =
        problems.collect(
            () -> BrandCatalog.load(options.contentDir().resolve(ContentLoader.BRANDS_FOLDER)));
    PageRenderer templates = problems.collect(() -> new PageRenderer(options.templatesDir()));
    if (content != null) {
      AnchorAliases.check(content, problems, earlier.plain());
    }
    problems.throwIfAny();
    ReservedPaths.check(content, templates);
    List<Brand> selected = brands.select(options.brand());
    if (!options.language().equals(BuildOptions.ALL)) {
      selected = selected.stream().map(brand -> onlyIn(brand, options.language())).toList();
    }
    return new Sources(content, brands, templates, selected);
  }

  /** The brand's site in one of its languages alone: {@code --lang}. */
  private static Brand onlyIn(Brand brand, String tag) {
    if (!brand.languages().contains(tag)) {
      throw new BuildFailedException(
          Diagnostic.input(
                  SourceSpan.of(Path.of("--lang")),
                  "brand " + brand.id() + " has no site in " + tag)
              .withHint(
                  "its sites are in "
                      + String.join(", ", brand.languages())
                      + " (site.languages in "
                      + brand.file().file()
                      + ")"));
    }
    return brand.onlyIn(tag);
  }
}
