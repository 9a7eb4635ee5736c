package kb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Words whose letters a browser lower-cases unlike Java (a dotted capital I, a final sigma, a long
 * s) rank the same in the browser as in Lucene, whichever way they are written or typed.
 */
class CaseFoldBrowserTest {

  @RegisterExtension
  static final AlphaSearchSite SITE =
      new AlphaSearchSite(
          "letters",
          () ->
              "## Offices in İSTANBUL {#1}\n\nThe İstanbul office opens at nine.\n\n"
                  + "## Greek road signs {#2}\n\nA sign reads ΟΔΟΣ above the street.\n\n"
                  + "## Greek words {#3}\n\nThe word οδος means road; σίσυφος is a name.\n\n"
                  + "## Old print {#4}\n\nThe ſtreet and the STRASSE.\n");

  @Test
  void browserRanksFoldedLettersAsLuceneDoes() {
    ChromeDriver driver = SITE.home();
    for (String query :
        List.of("İstanbul", "İSTANBUL", "istanbul", "ΟΔΟΣ", "οδος", "Οδοσ", "ΣΊΣΥΦΟΣ", "ſtreet")) {
      List<String> lucene = SITE.top10(query);
      assertFalse(lucene.isEmpty(), query);
      assertEquals(lucene, KbSearchScript.rankedUrls(driver, query), query);
    }
  }

  @Test
  void aFinalSigmaAndAnyOtherSigmaFindTheSameQuestions() {
    List<String> both = List.of("faq/letters.html#2", "faq/letters.html#3");
    assertEquals(both, SITE.top10("ΟΔΟΣ").stream().sorted().toList());
    assertEquals(both, KbSearchScript.rankedUrls(SITE.home(), "οδος").stream().sorted().toList());
  }
}
