package kb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kb.TestContent;
import kb.build.BuildOptions;
import kb.build.SiteBuild;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The shipped OpenD FAQ in Chinese ({@code fixtures/search/chinese/<language>/content}: the
 * translations, with both brands in {@code site.language} zh-CN or zh-HK), built once per test JVM
 * into a temporary folder per language. Tests read them and must not change them.
 */
final class ChineseSites {

  static final List<String> LANGUAGES = List.of("zh-CN", "zh-HK");
  static final List<String> BRANDS = List.of("futu", "moomoo");

  private static final Map<String, Path> OUT = new HashMap<>();
  private static final Map<String, FaqSearcher> SEARCHERS = new HashMap<>();

  private ChineseSites() {}

  static Path content(String language) {
    return TestContent.repoRoot()
        .resolve("generator/src/test/resources/fixtures/search/chinese")
        .resolve(language)
        .resolve("content");
  }

  /** The output folder of one language: {@code futu/}, {@code moomoo/} and {@code .lucene/}. */
  static synchronized Path out(String language) {
    return OUT.computeIfAbsent(language, ChineseSites::build);
  }

  private static Path build(String language) {
    try {
      Path folder = Files.createTempDirectory("kb-" + language + "-");
      Path repo = TestContent.repoRoot();
      new SiteBuild()
          .run(new BuildOptions(content(language), repo.resolve("templates"), folder, "all"));
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder)));
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The Lucene ranking of a brand's site in a language, opened as {@code kb search} opens it. */
  static synchronized FaqSearcher searcher(String language, String brand) {
    return SEARCHERS.computeIfAbsent(language + "/" + brand, key -> open(language, brand));
  }

  private static FaqSearcher open(String language, String brand) {
    try {
      Directory directory = FSDirectory.open(SiteBuild.luceneIndex(out(language), brand));
      FaqSearcher searcher = FaqSearcher.open(directory);
      Runtime.getRuntime().addShutdownHook(new Thread(searcher::close));
      return searcher;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The URLs of the top {@code n} hits. */
  static List<String> top(String language, String brand, String query, int n) {
    return searcher(language, brand).search(query, n).stream().map(SearchHit::url).toList();
  }

  /** Each question of the FAQ page, as its URL and its heading's own text. */
  static Map<String, String> questions(String language, String brand) {
    try {
      Path file = out(language).resolve(brand).resolve("faq/opend.html");
      Map<String, String> questions = new LinkedHashMap<>();
      for (Element heading : Jsoup.parse(file.toFile(), "UTF-8").select("h2[id]")) {
        questions.put("faq/opend.html#" + heading.id(), heading.ownText());
      }
      return questions;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of a question of a built page, {@code url} naming it: heading and answer. */
  static String questionText(String language, String brand, String url) {
    try {
      String[] page = url.split("#", 2);
      Path file = out(language).resolve(brand).resolve(page[0]);
      Document html = Jsoup.parse(file.toFile(), "UTF-8");
      Element heading = html.getElementById(page[1]);
      StringBuilder text = new StringBuilder(heading.text());
      for (Element next = heading.nextElementSibling();
          next != null && !next.tagName().equals(heading.tagName());
          next = next.nextElementSibling()) {
        text.append('\n').append(next.text());
      }
      return text.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind is harmless
    }
  }
}
