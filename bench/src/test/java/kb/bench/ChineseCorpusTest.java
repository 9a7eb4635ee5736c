package kb.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kb.cli.KbCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The multilingual corpus ({@code CorpusGenerator --zh}) is the same for the same seed, holds each
 * page in en, zh-CN and zh-HK with the same question ids, and is valid kb input in every language.
 */
class ChineseCorpusTest {

  private static final int PAGES = 24;
  private static final Pattern ID = Pattern.compile("(?m)^## .+ \\{#(\\d+)}$");
  private static final Pattern HAN_SPACE_HAN = Pattern.compile("\\p{IsHan} \\p{IsHan}");

  @TempDir Path temp;

  @Test
  void sameSeedWritesTheSameBytesAndAnotherSeedDoesNot() throws IOException {
    Map<String, String> first = files(generate("a", "42"));
    assertEquals(first, files(generate("b", "42")));
    Map<String, String> other = files(generate("c", "7"));
    assertEquals(first.keySet(), other.keySet());
    assertNotEquals(first, other);
  }

  @Test
  void theEnglishPagesAreTheEnglishCorpusOfTheSameSeed() throws IOException {
    Path english = temp.resolve("english");
    CorpusGenerator.main(new String[] {Integer.toString(PAGES), english.toString(), "42"});
    Map<String, String> zh = files(generate("zh", "42").resolve("content/faq"));
    for (Map.Entry<String, String> page : files(english.resolve("content/faq")).entrySet()) {
      assertEquals(page.getValue(), zh.get(page.getKey()), page.getKey());
    }
  }

  @Test
  void eachPageHasBothTranslationsWithItsQuestionIdsAndHongKongIsTraditional() throws IOException {
    Map<String, String> pages = files(generate("corpus", "42").resolve("content/faq"));
    assertEquals(3 * PAGES, pages.size());
    int asciiTerms = 0;
    for (int number = 1; number <= PAGES; number++) {
      String slug = String.format("p%05d", number);
      String cn = pages.get(slug + ".zh-CN.md");
      String hk = pages.get(slug + ".zh-HK.md");
      assertEquals(ids(pages.get(slug + ".md")), ids(cn), slug);
      assertEquals(ids(cn), ids(hk), slug);
      assertEquals(TraditionalChinese.of(cn), hk, slug);
      assertNotEquals(cn, hk, slug);
      assertFalse(HAN_SPACE_HAN.matcher(cn).find(), slug + ": a space between Chinese words");
      assertTrue(cn.contains("{{") && cn.contains("A："), slug);
      asciiTerms += cn.contains(" OpenD ") || cn.contains(" API ") ? 1 : 0;
    }
    assertTrue(asciiTerms > PAGES / 2, asciiTerms + " pages name OpenD or the API");
  }

  @Test
  void chineseQueriesAreDistinctTwoCharacterWordsOfTheCorpus() throws IOException {
    Path out = generate("corpus", "42");
    List<String> queries = Files.readAllLines(out.resolve("queries-zh.txt"));
    assertEquals(CorpusGenerator.QUERIES, queries.size());
    assertEquals(queries.size(), new HashSet<>(queries).size(), "a query repeats");
    StringBuilder text = new StringBuilder();
    files(out.resolve("content/faq")).forEach((name, page) -> text.append(page));
    List<String> common = ChineseLexicon.commonWords();
    int commonQueries = 0;
    for (String q : queries) {
      assertTrue(q.matches("\\p{IsHan}{2}"), q);
      commonQueries += common.subList(0, 300).contains(q) ? 1 : 0;
    }
    assertEquals(CorpusGenerator.QUERIES / 2, commonQueries);
    // Even 24 pages hold the common half.
    for (int i = 0; i < queries.size(); i += 2) {
      assertTrue(text.indexOf(queries.get(i)) >= 0, queries.get(i));
    }
  }

  @Test
  void lexiconHasCommonWordsOnceThenMadeUpWordsOfCommonCharacters() {
    String characters = ChineseLexicon.commonCharacters();
    assertEquals(3_755, characters.length());
    assertEquals(3_755, characters.chars().distinct().count());
    assertTrue(
        characters.chars().allMatch(c -> Character.UnicodeScript.of(c).name().equals("HAN")));
    List<String> common = ChineseLexicon.commonWords();
    assertTrue(common.size() > 300, common.size() + " common words");
    for (String word : common) {
      assertTrue(word.matches("\\p{IsHan}{2,4}"), word);
    }
    Lexicon lexicon = ChineseLexicon.create(42, 1_000);
    assertEquals(common.size() + 1_000, lexicon.size());
    List<String> rare = new ArrayList<>();
    for (int rank = common.size(); rank < lexicon.size(); rank++) {
      rare.add(lexicon.atRank(rank));
    }
    for (String word : rare) {
      assertTrue(word.length() == 2 || word.length() == 3, word);
      assertTrue(word.chars().allMatch(c -> characters.indexOf(c) >= 0), word);
    }
  }

  @Test
  void hugoCopyHasEachTranslationUnderItsLanguageKeyWithTheLanguagesVariables() throws IOException {
    Map<String, String> hugo = files(generate("corpus", "42").resolve("hugo/content/faq"));
    assertEquals(3 * PAGES, hugo.size());
    for (String language : List.of("zh-cn", "zh-hk")) {
      String page = hugo.get("p00001." + language + ".md");
      assertFalse(page.contains("{{") || page.contains("{%"), language);
      assertFalse(page.contains("moomoo"), language + " shows moomoo's text");
    }
    String all = String.join("", hugo.values());
    assertTrue(all.contains("富途牛牛"), "no zh page names the app in Chinese");
  }

  @Test
  void kbBuildsEveryLanguageOfBothBrandsWithoutAProblem() throws IOException {
    Path out = temp.resolve("small"); // few pages: six sites are built
    CorpusGenerator.main(new String[] {"--zh", "6", out.toString(), "42"});
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    Path repo = Path.of(System.getProperty("kb.repo.root", ".."));
    int exit =
        KbCommand.run(
            new PrintWriter(stdout, true),
            new PrintWriter(stderr, true),
            "build",
            "--quiet",
            "--content",
            out.resolve("content").toString(),
            "--templates",
            repo.resolve("templates").toString(),
            "--out",
            temp.resolve("site").toString());
    assertEquals(0, exit, stderr.toString());
    assertEquals("", stderr.toString());
    for (String brand : List.of("futu", "moomoo")) {
      for (String language : List.of("", "zh-CN/", "zh-HK/")) {
        Path site = temp.resolve("site").resolve(brand).resolve(language);
        String html = Files.readString(site.resolve("faq/p00001.html"));
        assertFalse(html.contains("{{"), brand + " " + language + ": a variable is left");
        assertTrue(Files.isRegularFile(site.resolve("search/d-0.js")), brand + " " + language);
      }
    }
    String cn = Files.readString(temp.resolve("site/futu/zh-CN/faq/p00001.html"));
    assertTrue(cn.contains("lang=\"zh-CN\""), "the zh-CN page is not in zh-CN");
  }

  private Path generate(String name, String seed) throws IOException {
    Path out = temp.resolve(name);
    CorpusGenerator.main(new String[] {"--zh", Integer.toString(PAGES), out.toString(), seed});
    return out;
  }

  private static List<String> ids(String page) {
    List<String> ids = new ArrayList<>();
    Matcher m = ID.matcher(page);
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }

  private static Map<String, String> files(Path folder) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(folder.relativize(file).toString(), Files.readString(file));
      }
    }
    return files;
  }
}
