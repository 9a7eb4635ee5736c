package kb.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kb.brand.Brand;
import kb.brand.BrandCatalog;
import kb.content.ContentLanguages;
import kb.content.ContentLoader;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.Diagnostic;
import kb.diagnostic.SourceSpan;

/**
 * {@code kb import}: reads exported pages, writes each as one kb page for every brand into the
 * content folder, then runs {@code kb check} on the content, whose findings (brand leaks above all)
 * join the report. Everything that could stop the import (an unreadable export, a path outside the
 * content folder, a page that exists) is found before anything is written.
 */
public final class PageImport {

  private static final Pattern SLUG = Pattern.compile("[^a-z0-9]+");
  private static final Pattern BRAND_MARK = Pattern.compile("\\{[{%]");

  /**
   * What to import.
   *
   * @param contentDir the content folder, with its brand files
   * @param templatesDir the templates, for the check after writing
   * @param language the exports' language, or null for the content's source language
   * @param page the page path in the content folder, or null to derive it from the export
   * @param force whether an existing page may be replaced
   * @param exports the export files
   */
  public record Options(
      Path contentDir,
      Path templatesDir,
      String language,
      String page,
      boolean force,
      List<Path> exports) {

    public Options {
      exports = List.copyOf(exports);
    }
  }

  /**
   * One page written.
   *
   * @param exports the export files it came from
   * @param page its path in the content folder
   * @param questions how many questions it has
   * @param unified how many answers differ per brand only in brand values, now variables
   * @param branded how many answers hold brand blocks
   */
  public record Imported(List<Path> exports, String page, int questions, int unified, int branded) {

    public Imported {
      exports = List.copyOf(exports);
    }
  }

  /** What an import did: the pages written and the report. */
  public record Result(List<Imported> pages, ImportReport report) {

    public Result {
      pages = List.copyOf(pages);
    }
  }

  /**
   * @throws BuildFailedException when the input cannot be read or the page cannot be written
   */
  public Result run(Options options) {
    Path contentDir = options.contentDir();
    if (!Files.isDirectory(contentDir)) {
      throw new BuildFailedException(
          Diagnostic.input(SourceSpan.of(contentDir), "content folder not found")
              .withHint("pass --content with a folder holding brands/*.yml"));
    }
    BrandCatalog catalog = BrandCatalog.load(contentDir.resolve(ContentLoader.BRANDS_FOLDER));
    ContentLanguages languages = ContentLanguages.read(contentDir);
    String language = language(options.language(), languages, catalog);
    List<Brand> brands = catalog.all().stream().map(b -> b.inLanguage(language)).toList();
    ImportReport report = new ImportReport();
    List<ExportPage> pages = read(options.exports(), brands.size(), report);
    if (options.page() != null && pages.size() > 1) {
      throw new BuildFailedException(
          Diagnostic.input(
                  SourceSpan.of(Path.of("--page")),
                  "--page names one page, and the files are " + pages.size() + " pages")
              .withHint("import them one at a time, or leave --page out"));
    }
    ImportTarget target = new ImportTarget(contentDir);
    Map<ExportPage, String> paths = new LinkedHashMap<>();
    for (ExportPage page : pages) {
      String path = options.page() != null ? options.page() : derivedPath(page);
      path = inLanguage(path, language, languages);
      Path file = target.resolve(path, "--page");
      if (paths.containsValue(target.relative(file))) {
        throw new BuildFailedException(
            Diagnostic.input(SourceSpan.of(page.file()), "two exports go to " + path)
                .withHint("import them one at a time with --page"));
      }
      if (ImportTarget.exists(file) && !options.force()) {
        throw ImportTarget.pageExists(file, target.relative(file));
      }
      paths.put(page, target.relative(file));
    }
    Map<String, String> imported = new LinkedHashMap<>();
    paths.forEach((page, path) -> imported.put(page.exportName(), path));
    List<Imported> done = new ArrayList<>();
    List<Written> written = new ArrayList<>();
    for (ExportPage page : pages) {
      written.add(
          new PageConversion(contentDir, brands, language, page, paths.get(page), imported, report)
              .convert());
    }
    for (Written page : written) {
      page.images()
          .forEach(
              (path, bytes) -> {
                if (bytes == null) {
                  report.add(
                      page.page().file(),
                      1,
                      "an image embedded in the export, and " + path + " exists with other content",
                      "kept the existing file: compare them");
                } else {
                  target.write(target.resolve(path, "image"), bytes, false);
                }
              });
      target.write(
          target.resolve(page.path(), "--page"),
          page.text().getBytes(StandardCharsets.UTF_8),
          options.force());
      done.add(
          new Imported(
              page.page().sources().stream().distinct().toList(),
              page.path(),
              page.page().questions().size(),
              page.unified(),
              page.branded()));
    }
    check(options, written, report);
    return new Result(done, report);
  }

  /**
   * A page converted, to write.
   *
   * @param page the export it came from
   * @param path its path in the content folder
   * @param text its kb Markdown
   * @param images files embedded in the export, by path (null: one exists with other content)
   * @param headings the export line of each question's heading, by the page line it is written at
   */
  record Written(
      ExportPage page,
      String path,
      String text,
      Map<String, byte[]> images,
      Map<Integer, Integer> headings,
      int unified,
      int branded) {}

  private static String language(String asked, ContentLanguages languages, BrandCatalog catalog) {
    if (asked == null) {
      return languages.declared() ? languages.source() : catalog.all().get(0).language();
    }
    if (languages.declared() && !languages.all().contains(asked)) {
      throw new BuildFailedException(
          Diagnostic.input(SourceSpan.of(Path.of("--lang")), "no language '" + asked + "'")
              .withHint("the content's languages are " + String.join(", ", languages.all())));
    }
    if (!ContentLanguages.TAG.matcher(asked).matches()) {
      throw new BuildFailedException(
          Diagnostic.input(
              SourceSpan.of(Path.of("--lang")),
              "'" + asked + "' is not a language tag such as en"));
    }
    return asked;
  }

  /** The exports as pages: two files with the same questions are one page's two brands. */
  private static List<ExportPage> read(List<Path> files, int brands, ImportReport report) {
    ExportReader reader = new ExportReader(brands);
    List<ExportPage> pages = new ArrayList<>();
    for (Path file : files) {
      pages.add(reader.read(file, report));
    }
    if (pages.size() == 2 && ids(pages.get(0)).equals(ids(pages.get(1)))) {
      return List.of(paired(pages.get(0), pages.get(1)));
    }
    return pages;
  }

  private static List<String> ids(ExportPage page) {
    return page.questions().stream().map(ExportQuestion::id).toList();
  }

  private static ExportPage paired(ExportPage first, ExportPage second) {
    List<ExportQuestion> questions = new ArrayList<>();
    for (int i = 0; i < first.questions().size(); i++) {
      ExportQuestion a = first.questions().get(i);
      ExportQuestion b = second.questions().get(i);
      List<List<ExportLine>> variants = new ArrayList<>();
      variants.add(whole(a));
      variants.add(whole(b));
      List<String> headings = List.of(a.headings().get(0), b.headings().get(0));
      List<String> aliases = new ArrayList<>(a.aliases());
      b.aliases().stream().filter(x -> !aliases.contains(x)).forEach(aliases::add);
      questions.add(
          new ExportQuestion(
              a.id(), aliases, headings, a.headingLine(), List.of(), variants, List.of()));
    }
    String name = first.exportName().isEmpty() ? second.exportName() : first.exportName();
    return new ExportPage(
        first.file(),
        first.title(),
        first.titleAnchor(),
        name,
        first.intro(),
        questions,
        List.of(first.file(), second.file()));
  }

  /** A question's whole answer, as one variant of a page exported once per brand. */
  private static List<ExportLine> whole(ExportQuestion question) {
    List<ExportLine> lines = new ArrayList<>(question.before());
    for (List<ExportLine> variant : question.variants()) {
      lines.addAll(variant);
    }
    lines.addAll(question.after());
    return lines;
  }

  /**
   * The page's path from the export: its own name in the export's links ({@code qa_opend} → {@code
   * qa/opend.md}), else its title ({@code faq/opend-related.md}).
   */
  static String derivedPath(ExportPage page) {
    String exported = page.exportName().toLowerCase(Locale.ROOT);
    int cut = exported.indexOf('_');
    if (cut > 0 && !slug(exported.substring(cut + 1)).isEmpty()) {
      return slug(exported.substring(0, cut)) + "/" + slug(exported.substring(cut + 1)) + ".md";
    }
    if (!slug(exported).isEmpty()) {
      return "faq/" + slug(exported) + ".md";
    }
    String title = slug(page.title().toLowerCase(Locale.ROOT));
    if (!title.isEmpty()) {
      return "faq/" + title + ".md";
    }
    String file = page.file().getFileName().toString().replaceFirst("\\.[^.]*$", "");
    String name = slug(file.toLowerCase(Locale.ROOT));
    return "faq/" + (name.isEmpty() ? "imported" : name) + ".md";
  }

  private static String slug(String text) {
    return SLUG.matcher(text).replaceAll("-").replaceAll("^-+|-+$", "");
  }

  /** The path of the page's translation into {@code language}, when that is not the source. */
  private static String inLanguage(String path, String language, ContentLanguages languages) {
    if (!languages.declared()
        || language.equals(languages.source())
        || path.endsWith("." + language + ".md")) {
      return path;
    }
    return path.endsWith(".md")
        ? path.substring(0, path.length() - 3) + "." + language + ".md"
        : path;
  }

  /**
   * Runs the checks of {@code kb check} on the content with the new pages: a brand leak, a missing
   * image or a broken link in an imported page goes in the report at its page line and the export's
   * line; an image already on the list of images to add is not listed twice.
   */
  private static void check(Options options, List<Written> written, ImportReport report) {
    List<String> images = report.images().stream().map(ImportReport.Image::target).toList();
    List<Diagnostic> found = new ArrayList<>();
    for (Diagnostic d :
        ImportCheck.problems(options.contentDir(), options.templatesDir(), images)) {
      found.add(located(d, options.contentDir(), written));
    }
    report.checked(found);
  }

  /** The problem with the export's file and line of the question it is in, when in a new page. */
  private static Diagnostic located(Diagnostic d, Path contentDir, List<Written> written) {
    for (Written page : written) {
      Path file = contentDir.resolve(page.path()).toAbsolutePath().normalize();
      if (d.where().file() == null || !file.equals(d.where().file().toAbsolutePath().normalize())) {
        continue;
      }
      Optional<Map.Entry<Integer, Integer>> question =
          page.headings().entrySet().stream()
              .filter(h -> h.getKey() <= d.where().line())
              .reduce((x, y) -> y);
      if (question.isPresent()) {
        return new Diagnostic(
            d.kind(),
            d.where(),
            d.message()
                + " (question at "
                + page.page().file()
                + ":"
                + question.get().getValue()
                + ")",
            d.hint());
      }
    }
    return d;
  }

  /** {@code {{} and {@code {%} of the export, which kb would read as its own, written literally. */
  static String literalBraces(String text) {
    Matcher m = BRAND_MARK.matcher(text);
    return m.replaceAll(r -> Matcher.quoteReplacement("{{ \"" + r.group() + "\" }}"));
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }
}
