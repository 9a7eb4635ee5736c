package kb.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kb.TestContent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * FAQ pages number their questions; guide and reference pages show plain sections, and their
 * outline lists ### subsections under their sections.
 */
class PageKindsTest {

  @TempDir Path dir;

  @Test
  void onlyFaqPagesNumberTheirSectionsAndTheOutlineHoldsSubsections() throws IOException {
    TestContent content = TestContent.twoBrands(dir);
    content.write("faq/a.md", TestContent.page("FAQ", "FAQ", 1, "## Why? {#1}\n\nBecause.\n"));
    content.write(
        "guide/b.md",
        TestContent.page(
                "Guide",
                "Guide",
                2,
                "## Install {#install}\n\n### Linux\n\nTar.\n\n## Use {#use}\n\n"
                    + "=== \"Python\"\n\n    run()\n")
            .replaceFirst("\n---\n", "\nkind: guide\n---\n"));
    Path out = dir.resolve("out");
    new SiteBuild().run(content.options(out, "alpha"));

    Document faq = Jsoup.parse(Files.readString(out.resolve("alpha/faq/a.html")));
    assertEquals("Q1: Why?", faq.selectFirst("main h2").text().replace("#", "").strip());
    assertTrue(faq.selectFirst("article").hasClass("faq-page"));
    assertTrue(faq.selectFirst("article").hasClass("doc-page"));

    Document guide = Jsoup.parse(Files.readString(out.resolve("alpha/guide/b.html")));
    assertEquals(List.of(), guide.select("main .qnum").eachText());
    assertEquals("Install", guide.selectFirst("main h2").text().replace("#", "").strip());
    assertTrue(guide.selectFirst("article").hasClass("guide-page"));
    assertEquals("install-1", guide.selectFirst("main h3").id());
    assertEquals(List.of(), guide.select(".sidebar .qnum").eachText());
    assertEquals(
        List.of("#install", "#install-1", "#use"), guide.select("nav.outline a").eachAttr("href"));
    assertEquals("Linux", guide.selectFirst("nav.outline .outline-level-3").text());
  }
}
