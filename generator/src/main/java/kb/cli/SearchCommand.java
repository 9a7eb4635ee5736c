package kb.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import kb.build.SiteBuild;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.Diagnostic;
import kb.diagnostic.ExitCode;
import kb.diagnostic.SourceSpan;
import kb.search.FaqSearcher;
import kb.search.SearchAnalysis;
import kb.search.SearchHit;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kb search}: the reference ranking, from the Lucene indexes {@code kb build} wrote. With
 * every brand (the default), each brand's ranking is printed under its id.
 */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Searches the questions of every brand, or of one, as the site's search box ranks them.",
      "Reads the Lucene index of the last kb build. The last word also matches as a prefix;"
          + " unknown words match within 1-2 typos."
    })
final class SearchCommand implements Callable<Integer> {

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin private BrandChoice brand;

  @Option(
      names = "--limit",
      defaultValue = "10",
      paramLabel = "N",
      description = "Results to show per brand. Default: ${DEFAULT-VALUE}.")
  private int limit;

  @Option(
      names = "--out",
      defaultValue = "site-output",
      paramLabel = "DIR",
      description = "The output folder of kb build. Default: ${DEFAULT-VALUE}.")
  private Path out;

  @CommandLine.Mixin private Verbosity verbosity;

  @Parameters(paramLabel = "QUERY", description = "What to search for, as typed in the site.")
  private String query;

  @Override
  public Integer call() {
    return Reporter.run(
        spec.commandLine().getErr(),
        verbosity.verbose(),
        () -> {
          if (brand.all()) {
            searchEveryBrand();
          } else {
            print(search(brand.brand()));
          }
          return ExitCode.OK;
        });
  }

  /** Each brand the last build indexed, in order of id, its ranking under its id. */
  private void searchEveryBrand() {
    List<String> brands = indexedBrands();
    PrintWriter stdout = spec.commandLine().getOut();
    for (int i = 0; i < brands.size(); i++) {
      stdout.println((i == 0 ? "" : "\n") + brands.get(i) + ":");
      print(search(brands.get(i)));
    }
  }

  /** The brands with an index in the output folder; hidden folders are a build's own. */
  private List<String> indexedBrands() {
    Path indexes = out.resolve(SiteBuild.LUCENE_FOLDER);
    List<String> brands = new ArrayList<>();
    if (Files.isDirectory(indexes)) {
      try (Stream<Path> folders = Files.list(indexes)) {
        folders
            .filter(Files::isDirectory)
            .map(folder -> folder.getFileName().toString())
            .filter(name -> !name.startsWith("."))
            .sorted()
            .forEach(brands::add);
      } catch (IOException e) {
        throw new BuildFailedException(
            Diagnostic.input(SourceSpan.of(indexes), "cannot read: " + e.getMessage()));
      }
    }
    if (brands.isEmpty()) {
      throw new BuildFailedException(
          Diagnostic.input(SourceSpan.of(indexes), "no search index for any brand")
              .withHint("run kb build first (with --out " + out + ")"));
    }
    return brands;
  }

  private List<SearchHit> search(String brand) {
    Path index = SiteBuild.luceneIndex(out, brand);
    if (!Files.isDirectory(index)) {
      throw new BuildFailedException(
          Diagnostic.input(SourceSpan.of(index), "no search index for brand " + brand)
              .withHint("run kb build first (with --out " + out + ")"));
    }
    try (Directory directory = FSDirectory.open(index);
        FaqSearcher searcher = FaqSearcher.open(directory, new SearchAnalysis())) {
      return searcher.search(query, Math.max(1, limit));
    } catch (IOException e) {
      throw new BuildFailedException(
          Diagnostic.input(SourceSpan.of(index), "cannot read search index: " + e.getMessage()));
    }
  }

  private void print(List<SearchHit> hits) {
    PrintWriter stdout = spec.commandLine().getOut();
    if (hits.isEmpty()) {
      stdout.println("no results");
    }
    for (int i = 0; i < hits.size(); i++) {
      SearchHit hit = hits.get(i);
      stdout.printf(
          Locale.ROOT,
          "%2d  %8.4f  Q%d: %s  %s%n",
          i + 1,
          hit.score(),
          hit.number(),
          hit.question(),
          hit.url());
    }
    stdout.flush();
  }
}
