package kb.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Absolute URLs under a brand's site URL, and the site URL's path. */
class PublicUrlTest {

  @Test
  void pagesAreJoinedToTheSiteUrlWithOrWithoutItsTrailingSlash() {
    assertEquals(
        "https://x.example/kb/faq/a.html", PublicUrl.of("https://x.example/kb/", "faq/a.html"));
    assertEquals(
        "https://x.example/kb/faq/a.html", PublicUrl.of("https://x.example/kb", "faq/a.html"));
  }

  @Test
  void indexPagesArePublishedAsTheirFolder() {
    assertEquals("https://x.example/kb/", PublicUrl.of("https://x.example/kb/", "index.html"));
    assertEquals(
        "https://x.example/kb/faq/", PublicUrl.of("https://x.example/kb/", "faq/index.html"));
  }

  @Test
  void segmentsAreEncodedAndAnEmptySiteUrlGivesNothing() {
    assertEquals("https://x.example/a%20b.html", PublicUrl.of("https://x.example", "a b.html"));
    assertEquals("", PublicUrl.of("", "faq/a.html"));
  }

  @Test
  void pathIsTheSiteUrlsFolder() {
    assertEquals("/kb/", PublicUrl.path("https://x.example/kb"));
    assertEquals("/", PublicUrl.path("https://x.example"));
    assertEquals("", PublicUrl.path(""));
  }
}
