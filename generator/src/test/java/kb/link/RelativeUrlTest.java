package kb.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** URLs between files of one site, which must read as relative URLs in any browser. */
class RelativeUrlTest {

  @Test
  void leadsUpAndDownTheFolders() {
    assertEquals("../images/a.png", RelativeUrl.between("faq/opend.html", "images/a.png"));
    assertEquals("quote.html", RelativeUrl.between("faq/opend.html", "faq/quote.html"));
    assertEquals("faq/my%20page.html", RelativeUrl.between("index.html", "faq/my page.html"));
  }

  @Test
  void aFileNameWithAColonStartsWithDotSlashSoNoBrowserReadsAScheme() {
    assertEquals("./b:c.html", RelativeUrl.between("faq/a.html", "faq/b:c.html"));
    assertEquals("./faq:x/b.html", RelativeUrl.between("index.html", "faq:x/b.html"));
    assertEquals("../b:c.html", RelativeUrl.between("faq/a.html", "b:c.html"));
    assertEquals("faq/b:c.html", RelativeUrl.between("index.html", "faq/b:c.html"));
  }
}
