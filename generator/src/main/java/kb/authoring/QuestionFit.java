package kb.authoring;

import java.util.List;
import java.util.Locale;
import kb.brand.Brand;
import kb.brand.BrandCatalog;
import kb.brand.BrandResolver;
import kb.brand.BrandedPage;
import kb.content.SourcePage;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.Diagnostic;
import kb.diagnostic.Diagnostics;
import kb.diagnostic.SourceSpan;
import kb.markdown.MarkdownRenderer;
import kb.markdown.PageOutline;

/**
 * Whether a question appended to a page becomes a new question of it for every brand, read by the
 * build's own brand resolver and Markdown parser: not swallowed by a brand block, code block or
 * HTML block the page leaves open, free of errors of its own, and not asking what the page already
 * asks.
 */
final class QuestionFit {

  private final BrandCatalog brands;
  private final BrandResolver resolver;
  private final MarkdownRenderer markdown = new MarkdownRenderer();

  QuestionFit(BrandCatalog brands) {
    this.brands = brands;
    this.resolver = new BrandResolver(brands.ids());
  }

  /**
   * @param page the page as it is
   * @param appended the same page with the question appended
   * @param id the new question's id
   * @param line the new question's line in the page's file
   * @throws BuildFailedException when the question does not fit, naming where and why
   */
  void check(SourcePage page, SourcePage appended, String id, int line) {
    resolver
        .openBlockAtEnd(page)
        .ifPresent(
            where -> {
              throw endsInside("brand block", where);
            });
    for (Brand brand : brands.all()) {
      Diagnostics problems = new Diagnostics();
      BrandedPage branded = resolver.resolve(appended, brand, problems);
      List<Diagnostic> own =
          problems.list().stream().filter(d -> d.where().line() >= line).toList();
      if (!own.isEmpty()) {
        throw new BuildFailedException(own); // an unknown variable in the question
      }
      PageOutline outline = markdown.outline(branded);
      PageOutline.QuestionHeading added =
          outline.questions().stream().filter(q -> q.id().equals(id)).findFirst().orElse(null);
      if (added == null) {
        throw outline
            .endsIn()
            .map(block -> endsInside(block.kind(), block.where()))
            .orElseGet(() -> notAQuestion(page, brand));
      }
      for (PageOutline.QuestionHeading question : outline.questions()) {
        if (question != added && sameTitle(question.title(), added.title())) {
          throw asked(question, brand);
        }
      }
    }
  }

  private static boolean sameTitle(String a, String b) {
    return folded(a).equals(folded(b));
  }

  private static String folded(String title) {
    return title.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static BuildFailedException endsInside(String what, SourceSpan where) {
    return new BuildFailedException(
        Diagnostic.content(
                SourceSpan.at(where.file(), where.line()), "the page ends inside this " + what)
            .withHint("close it, then add the question again"));
  }

  private static BuildFailedException notAQuestion(SourcePage page, Brand brand) {
    return new BuildFailedException(
        Diagnostic.content(
                SourceSpan.of(page.file()),
                "the end of the page would not read as a new question for brand " + brand.id())
            .withHint("check how the page ends, then add the question again"));
  }

  private static BuildFailedException asked(PageOutline.QuestionHeading question, Brand brand) {
    SourceSpan where = SourceSpan.at(question.where().file(), question.where().line());
    return new BuildFailedException(
        Diagnostic.input(where, "the page already asks '" + question.title() + "'")
            .withHint(
                "brand "
                    + brand.id()
                    + " would show the question twice: add to the answer at "
                    + where
                    + ", or word the new question differently"));
  }
}
