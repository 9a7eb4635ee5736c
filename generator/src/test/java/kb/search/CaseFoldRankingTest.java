package kb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Words whose letters a browser lower-cases unlike Java (a dotted capital I, a final sigma, a long
 * s) rank the same in the browser's engine (kb-rank.js, in Node) as in Lucene, whichever way they
 * are written or typed.
 */
class CaseFoldRankingTest {

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
  void browserEngineRanksFoldedLettersAsLuceneDoes() {
    List<String> queries =
        List.of("İstanbul", "İSTANBUL", "istanbul", "ΟΔΟΣ", "οδος", "Οδοσ", "ΣΊΣΥΦΟΣ", "ſtreet");
    for (String query : queries) {
      assertFalse(SITE.top10(query).isEmpty(), query);
    }
    assertEquals(
        List.of(), NodeRanking.mismatches(NodeRanking.rank(SITE.site(), queries), SITE::top10));
  }

  @Test
  void aFinalSigmaAndAnyOtherSigmaFindTheSameQuestions() {
    List<String> both = List.of("faq/letters.html#2", "faq/letters.html#3");
    assertEquals(both, SITE.top10("ΟΔΟΣ").stream().sorted().toList());
    List<String> node = NodeRanking.rank(SITE.site(), List.of("οδος")).get("οδος").urls();
    assertEquals(both, node.stream().sorted().toList());
  }
}
