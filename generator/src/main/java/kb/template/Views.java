package kb.template;

import java.util.List;
import java.util.Map;

/**
 * The records templates read. Mustache.java finds {@code title()} for {@code {{title}}}, so each
 * view is a plain record and templates cannot reach anything else. A null or empty value hides a
 * {@code {{#section}}}.
 */
final class Views {

  private Views() {}

  /**
   * What every page shows of the brand; {@code brand} holds every value of its brand file in the
   * site's language, nested by dotted key ({@code {{brand.links.openapi_download}}} in any
   * template).
   */
  record SiteView(
      String id,
      String name,
      String title,
      String logoText,
      String initial,
      String language,
      BrandPalette palette,
      Map<String, String> msg,
      Map<String, Object> brand) {}

  /**
   * The frame around every page. {@code root} leads from the page to the site root; {@code
   * notFound} is set only on the page a host shows for missing URLs, which finds the site root in
   * the browser, trying first {@code sitePath}, the path of the site's configured URL (empty when
   * the brand has none).
   */
  record LayoutView(
      SiteView site,
      PageHead head,
      String root,
      String content,
      List<NavCategory> nav,
      boolean home,
      boolean notFound,
      String sitePath,
      List<LanguageLinks.LanguageLink> languages,
      String scriptMessages) {

    public Map<String, String> msg() {
      return site.msg();
    }

    public Map<String, Object> brand() {
      return site.brand();
    }

    /** Whether the site has more than one language, so the header offers the others. */
    public boolean multilingual() {
      return !languages.isEmpty();
    }
  }

  /** A category in the sidebar and on the home page. */
  record NavCategory(
      String category,
      String title,
      String url,
      boolean current,
      int count,
      String countLabel,
      List<NavQuestion> questions) {}

  /** A question in the sidebar and on the home page. */
  record NavQuestion(int number, String title, String url) {}

  /** The home page. */
  record HomeView(
      SiteView site, String root, List<NavCategory> categories, int questionCount, String lead) {
    public Map<String, String> msg() {
      return site.msg();
    }

    public Map<String, Object> brand() {
      return site.brand();
    }
  }

  /**
   * The page a host shows for a URL the site does not have. {@code homeUrl} is the home page at the
   * site's configured URL, empty when the brand has none: the one link that works at any depth
   * without script (the others are relative to the site root, which a script finds).
   */
  record NotFoundView(SiteView site, String root, List<NavCategory> categories, String homeUrl) {
    public Map<String, String> msg() {
      return site.msg();
    }

    public Map<String, Object> brand() {
      return site.brand();
    }
  }

  /** One FAQ category page. */
  record PageView(
      String title,
      String titleAnchor,
      String introHtml,
      List<QuestionView> questions,
      PageLink previous,
      PageLink next,
      Map<String, String> msg,
      Map<String, Object> brand) {}

  /** A neighbouring page for previous/next navigation. */
  record PageLink(String title, String url) {}

  /**
   * One question on its page, HTML already rendered and safe; {@code aliases} are its old ids, each
   * an empty anchor element at the question.
   */
  record QuestionView(
      String anchor, List<String> aliases, int number, String titleHtml, String answerHtml) {}

  /** The favicon. */
  record IconView(SiteView site) {
    public Map<String, Object> brand() {
      return site.brand();
    }
  }
}
