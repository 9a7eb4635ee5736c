package kb.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import kb.brand.BrandedPage;
import kb.diagnostic.Diagnostic;
import kb.diagnostic.SourceSpan;
import kb.markdown.Question;
import kb.markdown.RenderedPage;
import kb.search.SearchDataFile;

/**
 * Finds another brand's tell-tale terms (the brand file's {@code lint.forbidden_terms}) in what a
 * brand's site shows: visible text, link targets, image paths and alt texts, and search data.
 * Matching ignores case. A term inside one of the brand's {@code lint.allowed_mentions} phrases is
 * a deliberate mention and passes.
 *
 * <p>Hits in page content are reported at the source line they come from; anything left in the
 * finished files (templates, brand data, search data) is reported with the site file it is in.
 */
final class LeakLint {

  private final SiteContent site;
  private final List<String> terms;
  private final List<String> allowed;
  private final Set<String> reportedTerms = new LinkedHashSet<>();
  private final Set<String> allowedTerms = ConcurrentHashMap.newKeySet();
  private final List<Diagnostic> problems = new ArrayList<>();
  private final Queue<FileHits> fileHits = new ConcurrentLinkedQueue<>();

  /** The terms found in one finished file, the {@code index}-th of the site's order. */
  private record FileHits(int index, String path, List<String> terms) {}

  LeakLint(SiteContent site) {
    this.site = site;
    this.terms = lower(site.brand().forbiddenTerms());
    this.allowed = lower(site.brand().allowedMentions());
  }

  /** Hits in the pages' content, at their source lines, then in the finished HTML files. */
  List<Diagnostic> checkPages() {
    for (int i = 0; i < site.html().size(); i++) {
      scanFile(i, site.html().get(i).path(), site.html().get(i).html());
    }
    return finishPages();
  }

  /**
   * Looks for terms in one finished HTML file; from any thread, files in any order.
   *
   * @param index the file's place in the site's order, which problems are reported in
   */
  void scanFile(int index, String path, String html) {
    if (!terms.isEmpty()) {
      fileHits.add(new FileHits(index, path, hits(html)));
    }
  }

  /** The problems of the pages' content and of the files scanned, in order. */
  List<Diagnostic> finishPages() {
    if (terms.isEmpty()) {
      return List.of();
    }
    site.pages().forEach(this::checkPage);
    List<FileHits> files = new ArrayList<>(fileHits);
    files.sort(Comparator.comparingInt(FileHits::index));
    for (FileHits file : files) {
      reportFileHits(file.path(), file.terms());
    }
    return List.copyOf(problems);
  }

  /** Hits in the search data that the content does not explain. */
  List<Diagnostic> checkSearchData() {
    if (terms.isEmpty()) {
      return List.of();
    }
    site.pages().forEach(this::checkPage);
    problems.clear();
    // Search data hold words out of context, so a term the content only mentions in allowed
    // phrases is allowed there too; and a term the pages show was reported with the pages.
    reportedTerms.addAll(allowedTerms);
    for (SearchDataFile data : site.searchData()) {
      reportFileHits(data.path(), hits(data.script()));
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
    for (String term : hits(page.introHtml())) {
      report(term, locate(source, term, 0, introEnd, frontMatter));
    }
    for (Question q : page.questions()) {
      // Raw HTML holds the visible text and the link, image and alt attributes; scanning it as
      // it is keeps this cheap for sites of many thousand questions.
      for (String term : hits(q.titleHtml() + "\n" + q.answerHtml())) {
        report(term, locate(source, term, q.sourceStart(), q.sourceEnd(), q.where()));
      }
    }
  }

  /** A finished file's hits; terms already reported at their source line are not reported again. */
  private void reportFileHits(String path, List<String> found) {
    for (String term : found) {
      if (!reportedTerms.contains(term)) {
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

  /** The forbidden terms that occur in a text outside allowed mentions. */
  private List<String> hits(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    List<String> found = new ArrayList<>();
    for (String term : terms) {
      for (int at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + 1)) {
        if (!isAllowed(lower, at, term.length())) {
          found.add(term);
          break;
        }
        allowedTerms.add(term);
      }
    }
    return found;
  }

  private boolean isAllowed(String lower, int start, int length) {
    for (String phrase : allowed) {
      int from = Math.max(0, start + length - phrase.length());
      for (int at = lower.indexOf(phrase, from);
          at >= 0 && at <= start;
          at = lower.indexOf(phrase, at + 1)) {
        if (at + phrase.length() >= start + length) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The source place of a term's first occurrence outside allowed mentions within part of a page's
   * Markdown, or a fallback place.
   */
  private SourceSpan locate(
      BrandedPage source, String term, int start, int end, SourceSpan fallback) {
    String part = source.markdown().substring(start, end).toLowerCase(Locale.ROOT);
    for (int at = part.indexOf(term); at >= 0; at = part.indexOf(term, at + 1)) {
      if (!isAllowed(part, at, term.length())) {
        return source.lines().at(start + at);
      }
    }
    return fallback;
  }

  private static List<String> lower(List<String> texts) {
    return texts.stream()
        .map(t -> t.toLowerCase(Locale.ROOT))
        .filter(t -> !t.isBlank())
        .distinct()
        .toList();
  }
}
