package kb.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
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

/** {@code kb search}: the reference ranking, from the Lucene index {@code kb build} wrote. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Searches a brand's questions with Lucene, with the site search's rules:",
      "the last word also matches as a prefix, unknown words match within 1-2 typos."
    })
final class SearchCommand implements Callable<Integer> {

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Option(names = "--brand", required = true, paramLabel = "ID", description = "Brand id.")
  private String brand;

  @Option(
      names = "--lang",
      paramLabel = "L",
      description = "The site language to search (a tag such as zh-CN). Default: the brand's.")
  private String lang;

  @Option(
      names = "--limit",
      defaultValue = "10",
      paramLabel = "N",
      description = "Results to show. Default: ${DEFAULT-VALUE}.")
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
          print(search());
          return ExitCode.OK;
        });
  }

  private List<SearchHit> search() {
    Path index = SiteBuild.luceneIndex(out, brand);
    if (!Files.isDirectory(index)) {
      throw new BuildFailedException(
          Diagnostic.input(SourceSpan.of(index), "no search index for brand " + brand)
              .withHint("run kb build first (with --out " + out + ")"));
    }
    try (Directory directory = FSDirectory.open(index);
        FaqSearcher searcher = FaqSearcher.open(directory)) {
      String language = searcher.analysis().language();
      if (lang != null && !lang.equalsIgnoreCase(language)) {
        throw new BuildFailedException(
            Diagnostic.input(
                    SourceSpan.of(index),
                    "brand " + brand + " has no site in " + lang + ": its site is in " + language)
                .withHint("search with --lang " + language + ", or leave --lang out"));
      }
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
