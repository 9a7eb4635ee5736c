package kb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import kb.search.SearchAnalysis.QueryWord;
import org.junit.jupiter.api.Test;

/** Chinese analysis: Han runs as bigrams, folded widths and scripts; other languages unchanged. */
class ChineseAnalysisTest {

  private final SearchAnalysis chinese = SearchAnalysis.forLanguage("zh-CN");

  @Test
  void theLanguageTagPicksChineseForZhAndItsSubtagsOnly() {
    for (String tag : List.of("zh", "zh-CN", "zh-HK", "ZH-tw", "zh-Hant-TW")) {
      assertTrue(SearchAnalysis.forLanguage(tag).chinese(), tag);
      assertEquals(tag, SearchAnalysis.forLanguage(tag).language());
    }
    for (String tag : List.of("en", "en-US", "ja", "zhx", "de-zh")) {
      assertFalse(SearchAnalysis.forLanguage(tag).chinese(), tag);
    }
    assertEquals("en", new SearchAnalysis().language());
  }

  @Test
  void aRunOfHanCharactersBecomesItsOverlappingBigrams() {
    assertEquals(
        List.of("在同", "同一", "一设", "设备", "备多", "多次", "次验", "验证", "证设", "设备", "备锁"),
        chinese.surfaceWords("在同一设备多次验证设备锁"));
    assertEquals(List.of("行"), chinese.surfaceWords("行"));
    assertEquals(List.of("行情", "a", "行"), chinese.surfaceWords("行情，a 行。"));
  }

  @Test
  void asciiWordsNextToHanCharactersAreWordsOfTheirOwnAnalysedAsInEnglish() {
    assertEquals(List.of("opend", "行情"), chinese.surfaceWords("OpenD行情"));
    assertEquals(
        List.of("将", "opend.xml", "opend", "xml", "配置"), chinese.surfaceWords("将OpenD.xml配置"));
    assertEquals("connect", chinese.termOf("connections"));
    assertEquals("行情", chinese.termOf("行情"));
  }

  @Test
  void fullWidthLettersDigitsAndSpacesFoldToAscii() {
    assertEquals(
        chinese.surfaceWords("OpenD 11111 auto_hold"),
        chinese.surfaceWords("ＯｐｅｎＤ　１１１１１　ａｕｔｏ＿ｈｏｌｄ"));
  }

  @Test
  void traditionalCharactersFoldToSimplifiedOnEitherSite() {
    SearchAnalysis traditional = SearchAnalysis.forLanguage("zh-HK");
    assertEquals(List.of("设备", "备锁"), traditional.surfaceWords("設備鎖"));
    assertEquals(traditional.surfaceWords("登錄連接"), chinese.surfaceWords("登录连接"));
  }

  @Test
  void aQueryNumbersItsHanRunsAndNamesEachBigramOnce() {
    assertEquals(
        List.of(
            new QueryWord("opend", -1),
            new QueryWord("行情", 0),
            new QueryWord("权限", 1),
            new QueryWord("一一", 2)),
        chinese.queryWords("OpenD 行情，权限 一一一"));
  }

  @Test
  void englishAnalysisKeepsAHanRunWhole() {
    assertEquals(List.of("在同一设备"), new SearchAnalysis().surfaceWords("在同一设备"));
  }
}
