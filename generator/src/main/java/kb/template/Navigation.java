package kb.template;

import java.util.ArrayList;
import java.util.List;
import kb.link.RelativeUrl;
import kb.markdown.Question;
import kb.markdown.RenderedPage;

/** The sidebar's categories and questions, and previous/next links, relative to one page. */
final class Navigation {

  private Navigation() {}

  /**
   * Every category with links relative to {@code from}; questions are listed for the current one,
   * or for all of them when {@code allQuestions} (the home page's overview).
   */
  static List<Views.NavCategory> categories(
      List<RenderedPage> pages, String from, RenderedPage current, boolean allQuestions) {
    List<Views.NavCategory> categories = new ArrayList<>();
    for (RenderedPage rendered : pages) {
      String url = RelativeUrl.between(from, rendered.outputPath());
      boolean isCurrent = rendered == current;
      List<Views.NavQuestion> questions =
          isCurrent || allQuestions ? questions(rendered, isCurrent ? "" : url) : List.of();
      categories.add(
          new Views.NavCategory(
              rendered.category(),
              rendered.title(),
              url,
              isCurrent,
              rendered.questions().size(),
              questions));
    }
    return categories;
  }

  /** The page before {@code current} in page order; the home page comes before the first. */
  static Views.PageLink previous(List<RenderedPage> pages, RenderedPage current, String home) {
    int at = pages.indexOf(current);
    if (at == 0) {
      return new Views.PageLink("Home", RelativeUrl.between(current.outputPath(), home));
    }
    return link(current, pages.get(at - 1));
  }

  /** The page after {@code current} in page order, or null for the last. */
  static Views.PageLink next(List<RenderedPage> pages, RenderedPage current) {
    int at = pages.indexOf(current);
    return at + 1 < pages.size() ? link(current, pages.get(at + 1)) : null;
  }

  private static Views.PageLink link(RenderedPage from, RenderedPage to) {
    return new Views.PageLink(to.title(), RelativeUrl.between(from.outputPath(), to.outputPath()));
  }

  private static List<Views.NavQuestion> questions(RenderedPage rendered, String pageUrl) {
    List<Views.NavQuestion> questions = new ArrayList<>();
    for (Question q : rendered.questions()) {
      questions.add(new Views.NavQuestion(q.number(), q.title(), pageUrl + "#" + q.anchor()));
    }
    return questions;
  }
}
