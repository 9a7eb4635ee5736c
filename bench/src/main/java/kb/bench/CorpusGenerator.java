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
 * <p>Usage: {@code CorpusGenerator PAGES OUT_DIR [SEED]}
 */
public final class CorpusGenerator {

  static final int QUERIES = 120;

  private CorpusGenerator() {}

  public static void main(String[] args) throws IOException {
    int pages = Integer.parseInt(args[0]);
    Path out = Path.of(args[1]);
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
    Lexicon lexicon = Lexicon.create(seed, 30_000);
    CorpusPlan plan = CorpusPlan.create(seed, pages);
    PageWriter writer = new PageWriter(lexicon, plan);
    HugoDialect hugo = new HugoDialect(BrandVariables.HUGO_BRAND);
    Path kbFaq = Files.createDirectories(out.resolve("content/faq"));
    Path brands = Files.createDirectories(out.resolve("content/brands"));
    Path hugoFaq = Files.createDirectories(out.resolve("hugo/content/faq"));
    for (String brand : List.of("futu", "moomoo")) {
      write(brands.resolve(brand + ".yml"), BrandVariables.yaml(brand));
    }
    long bytes =
        IntStream.range(0, pages)
            .parallel()
            .mapToLong(
                i -> {
                  GeneratedPage page = writer.write(plan.pages().get(i));
                  String markdown = page.kbMarkdown();
                  write(kbFaq.resolve(page.slug() + ".md"), markdown);
                  write(hugoFaq.resolve(page.slug() + ".md"), hugo.page(page));
                  return markdown.getBytes(StandardCharsets.UTF_8).length;
                })
            .sum();
    write(out.resolve("queries.txt"), String.join("\n", queries(lexicon, seed)) + "\n");
    int questions = plan.pages().stream().mapToInt(p -> p.ids().size()).sum();
    System.out.printf(
        "corpus: %d pages, %d questions, %.1f KB Markdown per page, in %s%n",
        pages, questions, bytes / 1024.0 / pages, out);
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

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(file.toString(), e);
    }
  }
}
