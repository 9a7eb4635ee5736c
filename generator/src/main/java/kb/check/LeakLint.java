package kb.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;
import kb.brand.BrandedPage;
import kb.content.AssetFile;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.Diagnostic;
import kb.diagnostic.SourceSpan;
import kb.markdown.Question;
import kb.markdown.RenderedPage;
import kb.search.SearchDataFile;
import kb.template.SitePage;
import kb.template.StaticFile;

/**
 * Finds what a brand's site must not show ({@link LeakTerms}: the brand file's {@code
 * lint.forbidden_terms}, and the other brands' names as whole words) in what a reader of the site
 * can see or reach: the text and attribute values of its HTML after highlighting and with character
 * references decoded (link targets, image paths, alt texts), its SVG images and other text files
 * (content images and template assets), and its search data. Everything is compared as {@link
 * FoldedText} folds it, so percent-escapes, full-width letters, soft hyphens, zero-width characters
 * and case hide nothing. A term inside one of the brand's {@code lint.allowed_mentions} phrases is
 * a deliberate mention and passes.
 *
 * <p>Hits in page content, and in search data that came from it, are reported at the source line
 * they come from; a content file at its own line; anything else left in the finished files
 * (templates, brand data) with the site file it is in.
 */
final class LeakLint {

  /** Files a reader's browser shows or runs as text, by name ending. */
  private static final Set<String> TEXT_FILES =
      Set.of("svg", "xml", "html", "htm", "css", "js", "mjs", "json", "txt", "md", "csv");

  /** Text files read as markup: their text, attribute values and comments. */
  private static final Set<String> MARKUP_FILES = Set.of("svg", "xml", "html", "htm");

  private final SiteContent site;
  private final LeakTerms terms;
  private final Set<String> reportedTerms = new LinkedHashSet<>();
  private final Set<String> allowedTerms = ConcurrentHashMap.newKeySet();
  private final List<Diagnostic> problems = new ArrayList<>();
  private final Queue<FileHits> fileHits = new ConcurrentLinkedQueue<>();

  /** The terms found in one finished file, the {@code index}-th of the site's order. */
  private record FileHits(int index, String path, List<String> terms) {}

  LeakLint(SiteContent site) {
    this.site = site;
    this.terms = new LeakTerms(site.brand());
  }

  /**
   * Looks for terms in one finished HTML page, or takes again what {@code scans} found in the same
   * page before; from any thread, pages in any order.
   *
   * @param index the page's place in the site's order, which problems are reported in
   */
  void scanPage(int index, SitePage page, PageScans scans) {
    if (!terms.isEmpty()) {
      List<String> found = scans.leaks(page, site.brand(), p -> hits(ReadableText.of(p.html())));
      fileHits.add(new FileHits(index, page.path(), found));
    }
  }

  /**
   * The problems of the pages' content, of the text files the site copies, and of the files
   * scanned, in order.
   */
  List<Diagnostic> finishPages() {
    if (terms.isEmpty()) {
      return List.of();
    }
    List<FileHits> files = new ArrayList<>(fileHits);
    files.sort(Comparator.comparingInt(FileHits::index));
    // A page's questions hold no term its whole file does not: only the pages of files with hits
    // are read again, question by question, to name source lines.
    Set<String> clean = new HashSet<>();
    files.stream().filter(f -> f.terms().isEmpty()).forEach(f -> clean.add(f.path()));
    for (RenderedPage page : site.pages()) {
      if (!clean.contains(page.outputPath())) {
        checkPage(page);
      }
    }
    checkCopiedFiles();
    for (FileHits file : files) {
      reportFileHits(file.path(), file.terms(), false);
    }
    return List.copyOf(problems);
  }

  /** Hits in the search data that the content does not explain. */
  List<Diagnostic> checkSearchData() {
    if (terms.isEmpty()) {
      return List.of();
    }
    List<FileHits> files = new ArrayList<>();
    for (SearchDataFile data : site.searchData()) {
      if (data.holdsText()) {
        files.add(new FileHits(files.size(), data.path(), hits(scriptText(data.text()))));
      }
    }
    if (files.stream().allMatch(f -> f.terms().isEmpty())) {
      return List.of();
    }
    site.pages().forEach(this::checkPage);
    problems.clear();
    // Search data hold words out of context, so a term the content only mentions in allowed
    // phrases is allowed there too; and a term the pages show was reported with the pages.
    reportedTerms.addAll(allowedTerms);
    for (FileHits file : files) {
      reportFileHits(file.path(), file.terms(), true);
    }
    return List.copyOf(problems);
  }

  private void checkPage(RenderedPage page) {
    BrandedPage source = page.source();
    SourceSpan frontMatter = source.source().frontMatter().where();
    for (String term : hits(page.title() + "\n" + page.category())) {
      report(term, frontMatter);
    }
    int introEnd =
        page.questions().isEmpty()
            ? source.markdown().length()
            : page.questions().get(0).sourceStart();
    for (String term : hits(ReadableText.of(page.introHtml()))) {
      report(term, locate(source, term, 0, introEnd, frontMatter));
    }
    for (Question q : page.questions()) {
      for (String term : hits(ReadableText.of(q.titleHtml() + "\n" + q.answerHtml()))) {
        report(term, locate(source, term, q.sourceStart(), q.sourceEnd(), q.where()));
      }
    }
  }

  /**
   * The text files the site copies: content files pages use (an SVG image's text shows), reported
   * at their own line, and template assets.
   */
  private void checkCopiedFiles() {
    Map<String, AssetFile> used = new TreeMap<>();
    site.pages().forEach(page -> page.assets().forEach(asset -> used.put(asset.path(), asset)));
    for (AssetFile asset : used.values()) {
      if (isText(asset.path())) {
        String text = read(asset.file());
        String hint =
            "give brand "
                + site.brand().id()
                + " its own copy at brands/"
                + site.brand().id()
                + "/"
                + asset.path()
                + " in the content folder, or allow the phrase in "
                + site.brand().file()
                + " under lint.allowed_mentions";
        reportCopied(asset.path(), text, asset.file(), () -> text, hint);
      }
    }
    for (StaticFile file : site.statics()) {
      if (isText(file.path())) {
        String hint =
            "it is copied from the templates ("
                + site.templatesDir()
                + ") into every site, or allow the phrase in "
                + site.brand().file()
                + " under lint.allowed_mentions";
        String shipped = file.text().orElseGet(() -> read(file.file()));
        reportCopied(file.path(), shipped, file.file(), () -> read(file.file()), hint);
      }
    }
  }

  /**
   * Reports the terms in {@code shipped}, the text of site file {@code path}, at their place in
   * {@code source}, the text of {@code file} it comes from (read only for a hit).
   */
  private void reportCopied(
      String path, String shipped, Path file, Supplier<String> source, String hint) {
    String extension = extension(path);
    String readable =
        MARKUP_FILES.contains(extension)
            ? ReadableText.of(shipped)
            : extension.equals("js") || extension.equals("json") ? scriptText(shipped) : shipped;
    for (String term : hits(readable)) {
      problems.add(leak(term, placeIn(file, source.get(), term)).withHint(hint));
    }
  }

  /** The line and column of a term's first occurrence in a file's text, or the file. */
  private SourceSpan placeIn(Path file, String text, String term) {
    FoldedText folded = FoldedText.tracked(text);
    int at = terms.find(folded, term);
    if (at < 0) {
      return SourceSpan.of(file);
    }
    int offset = folded.origin(at);
    int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    int line = 1;
    for (int i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
      line++;
    }
    return SourceSpan.at(file, line, offset - lineStart + 1);
  }

  /**
   * A finished file's hits; terms already reported at their source line are not reported again.
   * Search data ({@code fromContent}) hold the questions' text, so their hits are reported at the
   * question they come from when one holds the term.
   */
  private void reportFileHits(String path, List<String> found, boolean fromContent) {
    for (String term : found) {
      if (reportedTerms.contains(term)) {
        continue;
      }
      SourceSpan question = fromContent ? questionWith(term) : null;
      if (question != null) {
        report(term, question);
        continue;
      }
      Path file = Path.of(site.brand().id(), path);
      problems.add(
          leak(term, SourceSpan.of(file))
              .withHint(
                  "not from a page's text: look in the templates ("
                      + site.templatesDir()
                      + ") and in brand data, or allow it in "
                      + site.brand().file()
                      + " under lint.allowed_mentions"));
      reportedTerms.add(term);
    }
  }

  /** The source place of the first question whose plain text holds {@code term}, or null. */
  private SourceSpan questionWith(String term) {
    for (RenderedPage page : site.pages()) {
      for (Question q : page.questions()) {
        String text = FoldedText.of(q.title() + "\n" + q.answerText()).text();
        // Any occurrence: a snippet may end inside a word the page shows whole.
        if (text.contains(term)) {
          return locate(page.source(), term, q.sourceStart(), q.sourceEnd(), q.where());
        }
      }
    }
    return null;
  }

  private void report(String term, SourceSpan where) {
    reportedTerms.add(term);
    problems.add(
        leak(term, where)
            .withHint(
                "put it in a brand block for the other brand, use a {{variable}}, or allow the"
                    + " phrase in "
                    + site.brand().file()
                    + " under lint.allowed_mentions"));
  }

  private Diagnostic leak(String term, SourceSpan where) {
    return Diagnostic.content(
        where, "'" + term + "' belongs to another brand but shows in brand " + site.brand().id());
  }

  /** The terms that occur in a text, folded, outside allowed mentions. */
  private List<String> hits(String text) {
    return terms.hits(FoldedText.of(text), allowedTerms::add);
  }

  /**
   * The source place of a term's first occurrence outside allowed mentions within part of a page's
   * Markdown, or a fallback place.
   */
  private SourceSpan locate(
      BrandedPage source, String term, int start, int end, SourceSpan fallback) {
    FoldedText part = FoldedText.tracked(source.markdown().substring(start, end));
    int at = terms.find(part, term);
    return at < 0 ? fallback : source.lines().at(start + part.origin(at));
  }

  /** A script's text with its {@code \\uXXXX} escapes decoded, as the browser reads its strings. */
  static String scriptText(String script) {
    int escape = script.indexOf("\\u");
    if (escape < 0) {
      return script;
    }
    StringBuilder out = new StringBuilder(script.length());
    int copied = 0;
    for (; escape >= 0; escape = script.indexOf("\\u", escape + 2)) {
      if (escape < copied || escape + 6 > script.length()) {
        continue;
      }
      int value = hex(script, escape + 2);
      if (value >= 0) {
        out.append(script, copied, escape).append((char) value);
        copied = escape + 6;
      }
    }
    return out.append(script, copied, script.length()).toString();
  }

  private static int hex(String text, int from) {
    int value = 0;
    for (int i = from; i < from + 4; i++) {
      int digit = Character.digit(text.charAt(i), 16);
      if (digit < 0) {
        return -1;
      }
      value = value * 16 + digit;
    }
    return value;
  }

  private static boolean isText(String path) {
    return TEXT_FILES.contains(extension(path));
  }

  private static String extension(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** A file as text; bytes that are not UTF-8 read as replacement characters, never an error. */
  private static String read(Path file) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BuildFailedException(
          Diagnostic.input(SourceSpan.of(file), "cannot read file: " + e.getMessage()));
    }
  }
}
