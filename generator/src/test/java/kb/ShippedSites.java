package kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kb.build.BuildOptions;
import kb.build.SiteBuild;
import kb.search.FaqSearcher;
import kb.search.SearchAnalysis;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Both brand sites built from the shipped {@code content/} and {@code templates/}, once per test
 * JVM, into a temporary folder. Tests read it and must not change it.
 */
public final class ShippedSites {

  public static final List<String> BRANDS = List.of("futu", "moomoo");

  private static final Map<String, FaqSearcher> SEARCHERS = new HashMap<>();

  private static Path out;

  private ShippedSites() {}

  /** The output folder: {@code futu/}, {@code moomoo/} and {@code .lucene/}. */
  public static synchronized Path out() {
    if (out == null) {
      try {
        Path folder = Files.createTempDirectory("kb-shipped-");
        Path repo = TestContent.repoRoot();
        new SiteBuild()
            .run(
                new BuildOptions(
                    repo.resolve("content"), repo.resolve("templates"), folder, "all"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder)));
        out = folder;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  /**
   * The Lucene ranking of a brand's shipped site, from the index the build wrote; opened once per
   * test JVM and shared (searching is thread-safe), closed when the JVM exits.
   */
  public static synchronized FaqSearcher searcher(String brand) {
    return SEARCHERS.computeIfAbsent(brand, ShippedSites::open);
  }

  private static FaqSearcher open(String brand) {
    try {
      Directory directory = FSDirectory.open(SiteBuild.luceneIndex(out(), brand));
      FaqSearcher searcher = FaqSearcher.open(directory, new SearchAnalysis());
      Runtime.getRuntime().addShutdownHook(new Thread(searcher::close));
      return searcher;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The {@code file://} URL of a page of a brand's site. */
  public static String fileUrl(String brand, String page) {
    return out().resolve(brand).resolve(page).toUri().toString();
  }

  private static void delete(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind is harmless
    }
  }
}
