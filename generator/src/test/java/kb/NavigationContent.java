package kb;

import java.nio.file.Path;

/**
 * A help center of grouped pages for navigation tests: guides, an API reference in two subgroups, a
 * long FAQ group, pages at the top level, and header links in brand alpha's file.
 */
public final class NavigationContent {

  /** How many pages the FAQ group holds, enough to make the sidebar scroll. */
  public static final int FAQ_PAGES = 40;

  /** The line of {@code nav.api_docs.url} in brand alpha's file. */
  public static final int API_DOCS_URL_LINE = 20;

  /** The line of {@code nav.guide.url} in brand alpha's file. */
  public static final int GUIDE_URL_LINE = 23;

  private NavigationContent() {}

  /**
   * Writes the content under {@code dir/content}, brand alpha's guide link leading to {@code
   * guideUrl}.
   */
  public static TestContent write(Path dir, String guideUrl) {
    TestContent content = TestContent.twoBrands(dir);
    content.write(
        "brands/alpha.yml",
        TestContent.brand("alpha", "Alpha", "alphapkg", "#112233")
            + String.join(
                "\n",
                "nav:",
                "  links: [api_docs, guide]",
                "  api_docs:",
                "    label: API docs",
                "    url: \"{{doc_site.url}}\"",
                "  guide:",
                "    label: Quick start",
                "    url: " + guideUrl,
                ""));
    content.write("intro.md", page("Introduction", "Intro", 1, "", 1));
    content.write("guides/quick-start.md", page("Quick start", "Quick start", 2, "Guides", 2));
    content.write("guides/opend.md", page("OpenD setup", "OpenD setup", 3, "Guides", 2));
    content.write(
        "api/subscribe.md", page("Subscribe", "Subscribe", 4, "API reference / Quotes", 4));
    content.write(
        "api/snapshot.md", page("Get market snapshot", "Snapshot", 5, "API reference / Quotes", 2));
    content.write("api/unlock.md", page("Unlock trade", "Unlock", 6, "API reference / Trading", 2));
    content.write(
        "api/place-order.md", page("Place order", "Order", 7, "API reference / Trading", 2));
    for (int i = 0; i < FAQ_PAGES; i++) {
      String name = String.format("Topic %02d", i);
      content.write("faq/topic" + i + ".md", page(name, name, 10 + i, "FAQ", 1));
    }
    content.write("contact.md", page("Contact", "Contact", 100, "", 1));
    return content;
  }

  /** The same content with the guide link leading to the quick start page. */
  public static TestContent write(Path dir) {
    return write(dir, "guides/quick-start.html");
  }

  private static String page(String title, String category, int order, String group, int count) {
    StringBuilder body = new StringBuilder();
    if (!group.isEmpty()) {
      body.append("group: ").append(group).append('\n');
    }
    body.append("---\n\nAbout ").append(title).append(".\n");
    for (int q = 1; q <= count; q++) {
      body.append("\n## ")
          .append(title)
          .append(" question ")
          .append(q)
          .append(" {#q")
          .append(q)
          .append("}\n\n");
      // Long answers, so the outline has sections to scroll through.
      for (int line = 0; line < 12; line++) {
        body.append("A: the answer to question ").append(q).append(", line ").append(line);
        body.append(".\n\n");
      }
    }
    return "---\ntitle: " + title + "\ncategory: " + category + "\norder: " + order + "\n" + body;
  }
}
