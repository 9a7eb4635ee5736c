package kb.template;

import java.util.List;

/**
 * The records templates read. Mustache.java finds {@code title()} for {@code {{title}}}, so each
 * view is a plain record and templates cannot reach anything else.
 */
final class Views {

  private Views() {}

  /** What every page shows of the brand. */
  record SiteView(String id, String name, String title, String logoText, String primaryColor) {}

  /** The frame around every page. {@code root} leads from the page to the site root. */
  record LayoutView(
      SiteView site,
      String documentTitle,
      String description,
      String root,
      String content,
      List<NavCategory> nav,
      boolean home) {}

  /** A category in the sidebar and on the home page. */
  record NavCategory(
      String category,
      String title,
      String url,
      boolean current,
      int count,
      List<NavQuestion> questions) {}

  /** A question in the sidebar and on the home page. */
  record NavQuestion(int number, String title, String url) {}

  /** The home page. */
  record HomeView(SiteView site, String root, List<NavCategory> categories, int questionCount) {}

  /** One FAQ category page. */
  record PageView(
      String title, String titleAnchor, String introHtml, List<QuestionView> questions) {}

  /** One question on its page, HTML already rendered and safe. */
  record QuestionView(String anchor, int number, String titleHtml, String answerHtml) {}
}
