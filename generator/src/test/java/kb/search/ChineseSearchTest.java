package kb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Transliterator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import kb.ShippedSites;
import org.junit.jupiter.api.Test;

/**
 * The Lucene ranking of the Chinese OpenD FAQ, both brands, Simplified (zh-CN) and Traditional
 * (zh-HK): everyday queries find their questions, any run of characters of a question finds it,
 * either script finds the same questions, and the browser data stays within its budgets.
 */
class ChineseSearchTest {

  @Test
  void everyQueryOfTheSetRanksItsQuestionFirstOnBothBrands() {
    List<String> wrong = new ArrayList<>();
    ChineseQuerySet.CASES.forEach(
        (language, cases) -> {
          assertTrue(cases.size() >= 20, language);
          for (ChineseQuerySet.Case c : cases) {
            for (String brand : ChineseSites.BRANDS) {
              List<String> top = ChineseSites.top(language, brand, c.query(), 1);
              if (!top.equals(List.of("faq/opend.html#" + c.first()))) {
                wrong.add(language + " " + brand + " " + c.query() + ": " + top);
              }
            }
          }
        });
    assertEquals(List.of(), wrong);
  }

  @Test
  void wordsInsideLongerSentencesFindEveryQuestionHoldingThem() {
    FaqSearcher futu = ChineseSites.searcher("zh-CN", "futu");
    assertEquals(List.of("faq/opend.html#9285"), urls(futu.search("连接断开", 10)));
    for (String word : List.of("行情", "登录", "配置", "连接断开", "验证码", "权限")) {
      List<SearchHit> hits = futu.search(word, 50);
      assertTrue(!hits.isEmpty(), word);
      for (SearchHit hit : hits) {
        // Every hit holds the word, in its question or its answer.
        String text = ChineseSites.questionText("zh-CN", "futu", hit.url());
        assertTrue(text.contains(word), word + " in " + text);
      }
    }
  }

  @Test
  void everyRunOfTwoToFourCharactersOfAQuestionFindsThatQuestion() {
    for (String language : ChineseSites.LANGUAGES) {
      FaqSearcher searcher = ChineseSites.searcher(language, "futu");
      List<String> missed = new ArrayList<>();
      Map<String, String> questions = ChineseSites.questions(language, "futu");
      assertEquals(21, questions.size());
      for (Map.Entry<String, String> question : questions.entrySet()) {
        String title = question.getValue();
        for (int length = 2; length <= 4; length++) {
          for (int at = 0; at + length <= title.length(); at++) {
            String run = title.substring(at, at + length);
            if (run.codePoints().allMatch(HanCharacters::isHan)
                && !urls(searcher.search(run, 100)).contains(question.getKey())) {
              missed.add(run);
            }
          }
        }
      }
      assertEquals(List.of(), missed, language);
    }
  }

  @Test
  void mixedChineseAndAsciiQueriesAndFullWidthOnesWork() {
    FaqSearcher searcher = ChineseSites.searcher("zh-CN", "moomoo");
    assertEquals("faq/opend.html#5285", searcher.search("OpenD 行情", 1).get(0).url());
    assertEquals(scored(searcher.search("OpenD 行情", 10)), scored(searcher.search("ＯｐｅｎＤ　行情", 10)));
    assertEquals(scored(searcher.search("OpenD 行情", 10)), scored(searcher.search("OpenD行情", 10)));
  }

  @Test
  void aLoneCharacterOrOneStillBeingTypedMatchesAsAPrefix() {
    FaqSearcher searcher = ChineseSites.searcher("zh-CN", "futu");
    assertTrue(urls(searcher.search("行", 30)).contains("faq/opend.html#5285"));
    assertEquals("faq/opend.html#9285", searcher.search("连接断", 1).get(0).url());
    assertEquals("faq/opend.html#5285", searcher.search("OpenD 行情权", 1).get(0).url());
  }

  @Test
  void eitherScriptFindsTheSameQuestionsOnEitherSite() {
    ChineseQuerySet.CASES.forEach(
        (language, cases) -> {
          Transliterator other =
              Transliterator.getInstance(
                  language.equals("zh-CN") ? "Simplified-Traditional" : "Traditional-Simplified");
          for (ChineseQuerySet.Case c : cases) {
            String converted = other.transliterate(c.query());
            for (String brand : ChineseSites.BRANDS) {
              FaqSearcher searcher = ChineseSites.searcher(language, brand);
              assertEquals(
                  scored(searcher.search(c.query(), 10)),
                  scored(searcher.search(converted, 10)),
                  language + " " + brand + ": " + c.query() + " / " + converted);
            }
          }
        });
    assertEquals("faq/opend.html#2453", ChineseSites.top("zh-CN", "futu", "設備鎖", 1).get(0));
    assertEquals("faq/opend.html#2453", ChineseSites.top("zh-HK", "futu", "设备锁", 1).get(0));
  }

  @Test
  void chineseSearchDataIsAtMost40KilobytesGzippedInNoMoreFilesThanEnglish() throws IOException {
    for (String language : ChineseSites.LANGUAGES) {
      for (String brand : ChineseSites.BRANDS) {
        Path english = ShippedSites.out().resolve(brand).resolve("search");
        // The 21-question FAQ alone, and the shipped content's whole language site.
        assertWithinBudget(ChineseSites.out(language).resolve(brand).resolve("search"), english);
        assertWithinBudget(
            ShippedSites.out().resolve(brand).resolve(language + "/search"), english);
      }
    }
  }

  private static void assertWithinBudget(Path search, Path englishSearch) throws IOException {
    long gzipped = 0;
    for (Path file : files(search)) {
      gzipped += gzipSize(Files.readAllBytes(file));
    }
    int english = files(englishSearch).size();
    int chinese = files(search).size();
    System.out.printf(
        "Chinese search data %s: %d files (English: %d), %d bytes gzipped%n",
        search, chinese, english, gzipped);
    assertTrue(gzipped <= 40 * 1024, search + ": " + gzipped + " bytes");
    assertTrue(chinese <= english, search + ": " + chinese + " files");
  }

  private static List<Path> files(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.sorted().toList();
    }
  }

  private static long gzipSize(byte[] bytes) throws IOException {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(sink)) {
      gzip.write(bytes);
    }
    return sink.size();
  }

  private static List<String> urls(List<SearchHit> hits) {
    return hits.stream().map(SearchHit::url).toList();
  }

  private static List<String> scored(List<SearchHit> hits) {
    return hits.stream().map(h -> h.url() + " " + h.score()).toList();
  }
}
