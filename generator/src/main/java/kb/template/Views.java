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
      List<NavItem> nav,
      boolean home,
      boolean notFound,
      String sitePath,
      List<LanguageLinks.LanguageLink> languages,
      String scriptMessages,
      List<HeaderLink> headerLinks) {

    public Map<String, String> msg() {
      return site.msg();
    }

    public Map<String, Object> brand() {
      return site.brand();
    }

    /** Whether the brand file gives the header links, so the header shows them. */
    public boolean hasHeaderLinks() {
      return !headerLinks.isEmpty();
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

  /**
   * A link of the header ({@code nav} in the brand file): {@code href} relative to the page for a
   * page of the site, as written for an external one; {@code current} on the page it leads to.
   */
  record HeaderLink(String label, String href, boolean external, boolean current) {}

  /** One entry of the sidebar: a page or a group, the other null. */
  record NavItem(NavCategory page, NavGroup group) {
    static NavItem page(NavCategory page) {
      return new NavItem(page, null);
    }

    static NavItem group(NavGroup group) {
      return new NavItem(null, group);
    }
  }

  /** A group of the sidebar; {@code open} when it holds the current page. */
  record NavGroup(String name, boolean open, List<NavItem> items) {}

  /** One step of the breadcrumbs; {@code url} is empty for a group and for the page itself. */
  record Crumb(String title, String url, boolean current) {}

  /**
   * The "on this page" outline, shown on a page of at least {@link #MIN_ENTRIES} sections.
   *
   * @param entries the page's headings in page order
   */
  record Outline(List<OutlineEntry> entries) {
    static final int MIN_ENTRIES = 3;
  }

  /**
   * One heading of the outline: {@code level} 2 for a {@code ##} heading, 3 for {@code ###}; its
   * anchor; its text.
   */
  record OutlineEntry(int level, String anchor, String title) {
    public boolean sub() {
      return level > 2;
    }
  }

  /** A question in the sidebar and on the home page. */
  record NavQuestion(int number, boolean numbered, String title, String url) {}

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

  /** One page; {@code kind} is {@code faq}, {@code guide} or {@code reference}. */
  record PageView(
      String kind,
      String title,
      String titleAnchor,
      List<Crumb> breadcrumbs,
      Outline outline,
      String introHtml,
      List<QuestionView> questions,
      PageLink previous,
      PageLink next,
      Map<String, String> msg,
      Map<String, Object> brand) {}

  /** A neighbouring page for previous/next navigation. */
  record PageLink(String title, String url) {}

  /**
   * One question (or section of a guide or reference page) on its page, HTML already rendered and
   * safe; {@code aliases} are its old ids, each an empty anchor element at the question; {@code
   * numbered} on FAQ pages only.
   */
  record QuestionView(
      String anchor,
      List<String> aliases,
      int number,
      boolean numbered,
      String titleHtml,
      String answerHtml) {}

  /** The favicon. */
  record IconView(SiteView site) {
    public Map<String, Object> brand() {
      return site.brand();
    }
  }
}
