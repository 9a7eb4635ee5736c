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
      names = "--lang",
      paramLabel = "L",
      description = "The site language to search (a tag such as zh-CN). Default: the brand's.")
  private String lang;

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
    Path root = SiteBuild.luceneIndex(out, brand);
    if (!Files.isDirectory(root)) {
      throw new BuildFailedException(
          Diagnostic.input(SourceSpan.of(root), "no search index for brand " + brand)
              .withHint("run kb build first (with --out " + out + ")"));
    }
    // The root language's index is the brand's folder; each other language's, a folder of its tag.
    Path index = lang != null && Files.isDirectory(root.resolve(lang)) ? root.resolve(lang) : root;
    try (Directory directory = FSDirectory.open(index);
        FaqSearcher searcher = FaqSearcher.open(directory)) {
      String language = searcher.analysis().language();
      if (lang != null && !lang.equalsIgnoreCase(language)) {
        throw new BuildFailedException(
            Diagnostic.input(
                    SourceSpan.of(root),
                    "brand "
                        + brand
                        + " has no site in "
                        + lang
                        + ": its sites are in "
                        + languages(root, language))
                .withHint("search with --lang " + language + ", or leave --lang out"));
      }
      String folder = index.equals(root) ? "" : lang + "/";
      return searcher.search(query, Math.max(1, limit)).stream()
          .map(hit -> folder.isEmpty() ? hit : hit.inFolder(folder))
          .toList();
    } catch (IOException e) {
      throw new BuildFailedException(
          Diagnostic.input(SourceSpan.of(index), "cannot read search index: " + e.getMessage()));
    }
  }

  /** The root index's language, then the tags of the other languages' indexes. */
  private static String languages(Path root, String rootLanguage) {
    List<String> all = new ArrayList<>(List.of(rootLanguage));
    try (Stream<Path> folders = Files.list(root)) {
      folders
          .filter(Files::isDirectory)
          .map(folder -> folder.getFileName().toString())
          .sorted()
          .forEach(all::add);
    } catch (IOException e) {
      // the root language alone is still right
    }
    return String.join(", ", all);
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
          "%2d  %8.4f  %s%s  %s%n",
          i + 1,
          hit.score(),
          hit.number() > 0 ? "Q" + hit.number() + ": " : "",
          hit.question(),
          hit.url());
    }
    stdout.flush();
  }
}
