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
   * Every category with links relative to {@code from}, with all their questions or none: the home
   * page's overview and the not-found page's list.
   */
  static List<Views.NavCategory> overview(
      List<RenderedPage> pages, String from, boolean withQuestions, Messages msg) {
    List<Views.NavCategory> categories = new ArrayList<>();
    for (RenderedPage rendered : pages) {
      String url = RelativeUrl.between(from, rendered.outputPath());
      List<Views.NavQuestion> questions = withQuestions ? questions(rendered, url) : List.of();
      categories.add(category(rendered, url, false, questions, msg));
    }
    return categories;
  }

  /**
   * The sidebar of page {@code from}: the categories of its {@link NavWindow} with links relative
   * to it, the current one ({@code current}, -1 for none) with its questions, and a link to the
   * home page when the window leaves categories out.
   */
  static List<Views.NavCategory> sidebar(
      List<RenderedPage> pages,
      String from,
      int current,
      String home,
      int questionCount,
      Messages msg) {
    NavWindow window = NavWindow.of(pages.size(), current);
    List<Views.NavCategory> categories = new ArrayList<>();
    for (int i = window.from(); i < window.to(); i++) {
      RenderedPage rendered = pages.get(i);
      String url = RelativeUrl.between(from, rendered.outputPath());
      List<Views.NavQuestion> toc = i == current ? questions(rendered, "") : List.of();
      categories.add(category(rendered, url, i == current, toc, msg));
    }
    if (!window.all()) {
      String title = msg.format("all_categories", "n", pages.size());
      categories.add(
          new Views.NavCategory(
              title,
              title,
              RelativeUrl.between(from, home),
              false,
              questionCount,
              msg.questionCount(questionCount),
              List.of()));
    }
    return categories;
  }

  /** The page before page {@code at} in page order; the home page comes before the first. */
  static Views.PageLink previous(List<RenderedPage> pages, int at, String home, Messages msg) {
    RenderedPage current = pages.get(at);
    if (at == 0) {
      return new Views.PageLink(
          msg.format("home"), RelativeUrl.between(current.outputPath(), home));
    }
    return link(current, pages.get(at - 1));
  }

  /** The page after page {@code at} in page order, or null for the last. */
  static Views.PageLink next(List<RenderedPage> pages, int at) {
    return at + 1 < pages.size() ? link(pages.get(at), pages.get(at + 1)) : null;
  }

  /**
   * Whether every page shows the same of the other pages with {@code before} as with {@code after}:
   * what {@link #sidebar}, {@link #previous} and {@link #next} read of a page other than the
   * current one (its place, path, title, category and number of questions). Whatever else a page is
   * filled from is its own.
   */
  static boolean sameLinks(List<RenderedPage> before, List<RenderedPage> after) {
    if (before.size() != after.size()) {
      return false;
    }
    for (int i = 0; i < before.size(); i++) {
      RenderedPage was = before.get(i);
      RenderedPage is = after.get(i);
      if (!was.outputPath().equals(is.outputPath())
          || !was.title().equals(is.title())
          || !was.category().equals(is.category())
          || was.questions().size() != is.questions().size()) {
        return false;
      }
    }
    return true;
  }

  private static Views.NavCategory category(
      RenderedPage rendered,
      String url,
      boolean current,
      List<Views.NavQuestion> questions,
      Messages msg) {
    int count = rendered.questions().size();
    return new Views.NavCategory(
        rendered.category(),
        rendered.title(),
        url,
        current,
        count,
        msg.questionCount(count),
        questions);
  }

  private static Views.PageLink link(RenderedPage from, RenderedPage to) {
    return new Views.PageLink(to.title(), RelativeUrl.between(from.outputPath(), to.outputPath()));
  }

  private static List<Views.NavQuestion> questions(RenderedPage rendered, String pageUrl) {
    List<Views.NavQuestion> questions = new ArrayList<>();
    for (Question q : rendered.questions()) {
      questions.add(
          new Views.NavQuestion(
              q.number(), rendered.kind().numbered(), q.title(), pageUrl + "#" + q.anchor()));
    }
    return questions;
  }
}
