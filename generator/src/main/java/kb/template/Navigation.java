package kb.template;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import kb.cache.CacheKey;
import kb.cache.KeyBuilder;
import kb.link.RelativeUrl;
import kb.markdown.Question;
import kb.markdown.RenderedPage;

/**
 * The sidebar's groups, pages and questions, the breadcrumbs, and previous/next links, relative to
 * one page.
 */
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
   * The sidebar of page {@code from}: the pages of its {@link NavWindow} over sidebar order, in
   * their groups, with links relative to it; the current page ({@code current}, its index in page
   * order, -1 for none) with its questions and every group holding it open; and a link to the home
   * page when the window leaves pages out. A group shows only when it holds a page of the window,
   * so the sidebar stays as small as the window.
   */
  static List<Views.NavItem> sidebar(
      List<RenderedPage> pages,
      SidebarTree tree,
      String from,
      int current,
      String home,
      int questionCount,
      Messages msg) {
    NavWindow window = NavWindow.of(pages.size(), current < 0 ? -1 : tree.positionOf(current));
    List<String> open = current < 0 ? List.of() : tree.groupPath(current);
    List<Views.NavItem> items =
        items(tree.roots(), new SidebarContext(pages, tree, from, current, window, open, msg));
    if (!window.all()) {
      String title = msg.format("all_categories", "n", pages.size());
      items.add(
          Views.NavItem.page(
              new Views.NavCategory(
                  title,
                  title,
                  RelativeUrl.between(from, home),
                  false,
                  questionCount,
                  msg.questionCount(questionCount),
                  List.of())));
    }
    return items;
  }

  /** What every item of one page's sidebar is made with. */
  private record SidebarContext(
      List<RenderedPage> pages,
      SidebarTree tree,
      String from,
      int current,
      NavWindow window,
      List<String> open,
      Messages msg) {}

  private static List<Views.NavItem> items(List<SidebarTree.Node> nodes, SidebarContext at) {
    List<Views.NavItem> items = new ArrayList<>();
    for (SidebarTree.Node node : nodes) {
      if (node instanceof SidebarTree.PageNode page) {
        int position = at.tree().positionOf(page.page());
        if (position < at.window().from() || position >= at.window().to()) {
          continue;
        }
        RenderedPage rendered = at.pages().get(page.page());
        boolean isCurrent = page.page() == at.current();
        String url = RelativeUrl.between(at.from(), rendered.outputPath());
        List<Views.NavQuestion> toc = isCurrent ? questions(rendered, "") : List.of();
        items.add(Views.NavItem.page(category(rendered, url, isCurrent, toc, at.msg())));
      } else if (node instanceof SidebarTree.GroupNode group) {
        List<Views.NavItem> inside = items(group.children(), at);
        if (!inside.isEmpty()) {
          boolean isOpen =
              at.open().size() >= group.path().size()
                  && at.open().subList(0, group.path().size()).equals(group.path());
          items.add(Views.NavItem.group(new Views.NavGroup(group.name(), isOpen, inside)));
        }
      }
    }
    return items;
  }

  /**
   * The trail above page {@code at}'s title: the home page, the page's groups (not links: a group
   * has no page of its own), then the page itself, current.
   */
  static List<Views.Crumb> breadcrumbs(
      List<RenderedPage> pages, SidebarTree tree, int at, String home, Messages msg) {
    RenderedPage current = pages.get(at);
    List<Views.Crumb> crumbs = new ArrayList<>();
    crumbs.add(
        new Views.Crumb(
            msg.format("home"), RelativeUrl.between(current.outputPath(), home), false));
    for (String group : tree.groupPath(at)) {
      crumbs.add(new Views.Crumb(group, "", false));
    }
    crumbs.add(new Views.Crumb(current.title(), "", true));
    return crumbs;
  }

  /**
   * The page before page {@code at} (its index in page order) in sidebar order; the home page comes
   * before the first.
   */
  static Views.PageLink previous(
      List<RenderedPage> pages, SidebarTree tree, int at, String home, Messages msg) {
    RenderedPage current = pages.get(at);
    int position = tree.positionOf(at);
    if (position == 0) {
      return new Views.PageLink(
          msg.format("home"), RelativeUrl.between(current.outputPath(), home));
    }
    return link(current, pages.get(tree.pageAt(position - 1)));
  }

  /** The page after page {@code at} in sidebar order, or null for the last. */
  static Views.PageLink next(List<RenderedPage> pages, SidebarTree tree, int at) {
    int position = tree.positionOf(at);
    return position + 1 < tree.size()
        ? link(pages.get(at), pages.get(tree.pageAt(position + 1)))
        : null;
  }

  /**
   * Whether every page shows the same of the other pages with {@code before} as with {@code after}:
   * what {@link #sidebar}, {@link #previous} and {@link #next} read of a page other than the
   * current one (its place, path, title, category, group and number of questions). Whatever else a
   * page is filled from is its own.
   */
  static boolean sameLinks(List<RenderedPage> before, List<RenderedPage> after) {
    return samePlaceBySame(before, after, (was, is) -> linkFacts(was).equals(linkFacts(is)));
  }

  /**
   * What {@link #sameLinks} compares, as a key: pages with the same key link to each other alike,
   * so a page's filled HTML depends on the other pages only through it.
   */
  static CacheKey linksKey(List<RenderedPage> pages) {
    KeyBuilder key = KeyBuilder.of("navigation").add(pages.size());
    for (RenderedPage page : pages) {
      List<String> facts = linkFacts(page);
      key.add(facts.size());
      facts.forEach(key::add);
    }
    return key.build();
  }

  /**
   * What other pages read of a page: its path, title, category, number of questions and group, the
   * group's names last (so that the list tells them apart from the rest).
   */
  private static List<String> linkFacts(RenderedPage page) {
    List<String> facts = new ArrayList<>();
    facts.add(page.outputPath());
    facts.add(page.title());
    facts.add(page.category());
    facts.add(Integer.toString(page.questions().size()));
    facts.addAll(SidebarTree.groupOf(page));
    return facts;
  }

  /**
   * Whether every page lists the same questions with {@code before} as with {@code after}: what the
   * home page reads of each page beyond {@link #sameLinks} (each question's number, title and
   * anchor, and whether the page numbers them). Pages of the same place given as the same object
   * are the same.
   */
  static boolean sameQuestions(List<RenderedPage> before, List<RenderedPage> after) {
    return samePlaceBySame(before, after, (was, is) -> listed(was).equals(listed(is)));
  }

  /**
   * Whether both lists hold as many pages and each page is the same object as the one at its place,
   * or {@code same} as it.
   */
  private static boolean samePlaceBySame(
      List<RenderedPage> before,
      List<RenderedPage> after,
      BiPredicate<RenderedPage, RenderedPage> same) {
    if (before.size() != after.size()) {
      return false;
    }
    for (int i = 0; i < before.size(); i++) {
      if (before.get(i) != after.get(i) && !same.test(before.get(i), after.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** What the home page shows of a page's questions. */
  private static List<Views.NavQuestion> listed(RenderedPage page) {
    return questions(page, page.outputPath());
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
