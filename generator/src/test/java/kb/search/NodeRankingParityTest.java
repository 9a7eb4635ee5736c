package kb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kb.ShippedSites;
import org.junit.jupiter.api.Test;

/**
 * The browser's ranking engine, {@code kb-rank.js}, run in Node over each shipped site's own search
 * data, gives the top 10 that Lucene gives ({@code kb search}) for every query of the set, and for
 * the same queries finished, upper-cased, half typed and mistyped.
 */
class NodeRankingParityTest {

  /** The set's queries and variants of each, as readers type them. */
  private static List<String> queries() {
    Set<String> queries = new LinkedHashSet<>();
    for (SearchQuerySet.Case c : SearchQuerySet.CASES) {
      String query = c.query().strip();
      queries.add(c.query());
      queries.add(query + " ");
      queries.add(query.toUpperCase(Locale.ROOT));
      queries.add(query.substring(0, Math.max(1, query.length() * 2 / 3))); // still typing
      queries.add(swapped(query) + " ");
    }
    return List.copyOf(queries);
  }

  /** A typo: two neighbouring letters in the middle of the query's longest word swapped. */
  private static String swapped(String query) {
    String longest = "";
    for (String word : query.split(" ")) {
      longest = word.length() > longest.length() ? word : longest;
    }
    int at = longest.length() / 2;
    if (longest.length() < 4) {
      return query;
    }
    String typo =
        longest.substring(0, at - 1)
            + longest.charAt(at)
            + longest.charAt(at - 1)
            + longest.substring(at + 1);
    return query.replace(longest, typo);
  }

  @Test
  void nodeTop10EqualsLuceneTop10ForEveryQueryAndVariantOnBothShippedSites() {
    List<String> queries = queries();
    assertTrue(queries.size() > 100, "queries: " + queries.size());
    for (String brand : ShippedSites.BRANDS) {
      FaqSearcher lucene = ShippedSites.searcher(brand);
      List<String> mismatches =
          NodeRanking.scoreMismatches(
              NodeRanking.rank(ShippedSites.out().resolve(brand), queries),
              query -> lucene.search(query, 10));
      assertEquals(List.of(), mismatches, brand);
    }
  }

  @Test
  void theSetsQueriesFindTheirQuestionsInNode() {
    for (String brand : ShippedSites.BRANDS) {
      List<String> queries = SearchQuerySet.CASES.stream().map(SearchQuerySet.Case::query).toList();
      var ranked = NodeRanking.rank(ShippedSites.out().resolve(brand), queries);
      for (SearchQuerySet.Case c : SearchQuerySet.CASES) {
        List<String> urls = ranked.get(c.query()).urls();
        String first = c.first(brand).isEmpty() ? "" : "faq/opend.html#" + c.first(brand);
        // The FAQ's first question: guide and reference sections may rank above it.
        String firstFaq = urls.stream().filter(u -> u.startsWith("faq/")).findFirst().orElse("");
        assertEquals(first, firstFaq, brand + ": " + c.query());
      }
    }
  }
}
