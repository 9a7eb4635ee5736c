package kb.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Writes the benchmark corpus: {@code <out>/content/} for kb (two brand files, N pages), {@code
 * <out>/hugo/content/faq/} with the same pages in plain Markdown for one brand, and {@code
 * <out>/queries.txt}, one-word queries drawn from the corpus's words. Same seed and N, same bytes.
 *
 * <p>With {@code --zh}, the corpus is multilingual: the same N English pages, each with a
 * Simplified Chinese translation ({@code pNNNNN.zh-CN.md}, its own text drawn from the {@link
 * ChineseLexicon}, the same question ids) and that translation in Traditional characters ({@code
 * pNNNNN.zh-HK.md}), a {@code content/languages.yml}, brand files with all three languages; the
 * Hugo copy names its translations {@code pNNNNN.zh-cn.md} and {@code pNNNNN.zh-hk.md} (Hugo's
 * language keys), and {@code <out>/queries-zh.txt} holds two-character queries.
 *
 * <p>Usage: {@code CorpusGenerator [--zh] PAGES OUT_DIR [SEED]}
 */
public final class CorpusGenerator {

  static final int QUERIES = 120;

  private CorpusGenerator() {}

  public static void main(String[] args) throws IOException {
    List<String> arguments = new ArrayList<>(List.of(args));
    boolean chinese = arguments.remove("--zh");
    int pages = Integer.parseInt(arguments.get(0));
    Path out = Path.of(arguments.get(1));
    long seed = arguments.size() > 2 ? Long.parseLong(arguments.get(2)) : 42L;
    Lexicon lexicon = Lexicon.create(seed, 30_000);
    CorpusPlan plan = CorpusPlan.create(seed, pages);
    PageWriter writer = new PageWriter(lexicon, plan);
    HugoDialect hugo = new HugoDialect(BrandVariables.HUGO_BRAND);
    Lexicon chineseWords = chinese ? ChineseLexicon.create(seed, 30_000) : null;
    ChinesePageWriter chineseWriter =
        chinese ? new ChinesePageWriter(chineseWords, lexicon, plan) : null;
    HugoDialect hugoCn = new HugoDialect(BrandVariables.HUGO_BRAND, "zh-CN");
    HugoDialect hugoHk = new HugoDialect(BrandVariables.HUGO_BRAND, "zh-HK");
    Path kbFaq = Files.createDirectories(out.resolve("content/faq"));
    Path brands = Files.createDirectories(out.resolve("content/brands"));
    Path hugoFaq = Files.createDirectories(out.resolve("hugo/content/faq"));
    for (String brand : List.of("futu", "moomoo")) {
      write(brands.resolve(brand + ".yml"), BrandVariables.yaml(brand, chinese));
    }
    if (chinese) {
      write(
          out.resolve("content/languages.yml"),
          "# Generated for the benchmark: pNNNNN.md is English, pNNNNN.zh-CN.md and"
              + " pNNNNN.zh-HK.md its translations.\nsource: en\ntranslations: [zh-CN, zh-HK]\n");
    }
    long[] bytes =
        IntStream.range(0, pages)
            .parallel()
            .mapToObj(
                i -> {
                  CorpusPlan.PagePlan planned = plan.pages().get(i);
                  GeneratedPage page = writer.write(planned);
                  String markdown = page.kbMarkdown();
                  write(kbFaq.resolve(page.slug() + ".md"), markdown);
                  write(hugoFaq.resolve(page.slug() + ".md"), hugo.page(page));
                  if (!chinese) {
                    return new long[] {utf8(markdown), 0};
                  }
                  GeneratedPage cn = chineseWriter.write(planned);
                  GeneratedPage hk = TraditionalChinese.of(cn);
                  String cnMarkdown = cn.kbMarkdown();
                  write(kbFaq.resolve(page.slug() + ".zh-CN.md"), cnMarkdown);
                  write(kbFaq.resolve(page.slug() + ".zh-HK.md"), hk.kbMarkdown());
                  write(hugoFaq.resolve(page.slug() + ".zh-cn.md"), hugoCn.page(cn));
                  write(hugoFaq.resolve(page.slug() + ".zh-hk.md"), hugoHk.page(hk));
                  return new long[] {utf8(markdown), utf8(cnMarkdown)};
                })
            .reduce(new long[2], (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
    write(out.resolve("queries.txt"), String.join("\n", queries(lexicon, seed)) + "\n");
    int questions = plan.pages().stream().mapToInt(p -> p.ids().size()).sum();
    if (chinese) {
      write(
          out.resolve("queries-zh.txt"),
          String.join("\n", chineseQueries(chineseWords, seed)) + "\n");
      System.out.printf(
          "corpus: %d pages in each of en, zh-CN and zh-HK, %.1f KB Markdown per page in en and"
              + " %.1f KB in zh-CN, in %s; %d questions%n",
          pages, bytes[0] / 1024.0 / pages, bytes[1] / 1024.0 / pages, out, questions);
    } else {
      System.out.printf(
          "corpus: %d pages, %d questions, %.1f KB Markdown per page, in %s%n",
          pages, questions, bytes[0] / 1024.0 / pages, out);
    }
  }

  private static long utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  /**
   * One-word queries a reader might type: half among the 300 most frequent content words, half
   * among the next 3,000, no word twice, in a seeded order.
   */
  static List<String> queries(Lexicon lexicon, long seed) {
    SplittableRandom random = new SplittableRandom(seed ^ 0x5EED);
    TreeSet<String> seen = new TreeSet<>();
    List<String> queries = new ArrayList<>();
    while (queries.size() < QUERIES) {
      boolean common = queries.size() % 2 == 0;
      int rank = common ? random.nextInt(300) : 300 + random.nextInt(3_000);
      String word = lexicon.atRank(Math.min(rank, lexicon.size() - 1));
      if (seen.add(word)) {
        queries.add(word);
      }
    }
    return queries;
  }

  /**
   * Two-character queries a reader might type in Chinese: half among the 300 most frequent words,
   * half among the next 3,000, words of two characters only, none twice, in a seeded order.
   */
  static List<String> chineseQueries(Lexicon words, long seed) {
    SplittableRandom random = new SplittableRandom(seed ^ 0x2B_5EED);
    TreeSet<String> seen = new TreeSet<>();
    List<String> queries = new ArrayList<>();
    while (queries.size() < QUERIES) {
      boolean common = queries.size() % 2 == 0;
      int rank = common ? random.nextInt(300) : 300 + random.nextInt(3_000);
      String word = words.atRank(Math.min(rank, words.size() - 1));
      if (word.length() == 2 && seen.add(word)) {
        queries.add(word);
      }
    }
    return queries;
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(file.toString(), e);
    }
  }
}
