package kb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Transliterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * On the Chinese sites, {@code kb-rank.js} run in Node over each site's own search data gives the
 * top 10 Lucene gives for every query of {@link ChineseQuerySet}, and for the same queries
 * finished, half typed, one character long, in full-width letters and in the other script.
 */
class ChineseNodeRankingParityTest {

  /** Each query and the variants readers type. */
  static List<String> queries(String language) {
    Transliterator otherScript =
        Transliterator.getInstance(
            language.equals("zh-CN") ? "Simplified-Traditional" : "Traditional-Simplified");
    Set<String> queries = new LinkedHashSet<>();
    for (ChineseQuerySet.Case c : ChineseQuerySet.CASES.get(language)) {
      String query = c.query();
      queries.add(query);
      queries.add(query + " ");
      queries.add(query.substring(0, Math.max(1, query.length() - 1))); // still typing
      queries.add(query.substring(0, 1));
      queries.add(otherScript.transliterate(query));
      queries.add(fullWidth(query));
    }
    queries.add("在同一设备多次验证设备锁");
    queries.add("OpenD行情");
    queries.add("行情 行情");
    queries.add("一一一");
    queries.add("opend 行");
    return List.copyOf(queries);
  }

  /** The query with its ASCII letters, digits and spaces in their full-width forms. */
  static String fullWidth(String query) {
    StringBuilder out = new StringBuilder();
    query
        .codePoints()
        .forEach(
            c -> out.appendCodePoint(c == ' ' ? 0x3000 : c > ' ' && c < 0x7F ? c + 0xFEE0 : c));
    return out.toString();
  }

  @Test
  void nodeTop10EqualsLuceneTop10ForEveryChineseQueryAndVariant() {
    for (String language : ChineseSites.LANGUAGES) {
      List<String> queries = queries(language);
      assertTrue(queries.size() > 100, language + " queries: " + queries.size());
      for (String brand : ChineseSites.BRANDS) {
        List<String> mismatches =
            NodeRanking.scoreMismatches(
                NodeRanking.rank(ChineseSites.out(language).resolve(brand), queries),
                query -> ChineseSites.searcher(language, brand).search(query, 10));
        assertEquals(List.of(), mismatches, language + " " + brand);
      }
    }
  }
}
