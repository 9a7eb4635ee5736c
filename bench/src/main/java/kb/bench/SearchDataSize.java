package kb.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Appends the size of a search data folder to the results file: files, bytes, gzipped bytes.
 *
 * <p>Usage: {@code SearchDataSize N TOOL FOLDER RESULTS [--pagefind-language LANG] [FILE...]}: with
 * {@code --pagefind-language}, only the files of a Pagefind bundle that a search in that language
 * can load ({@link PagefindLanguage}); each further {@code FILE} is counted as well.
 */
public final class SearchDataSize {

  private SearchDataSize() {}

  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args[2]);
    List<Path> files = new ArrayList<>();
    int extra = 4;
    if (args.length > 5 && args[4].equals("--pagefind-language")) {
      files.addAll(PagefindLanguage.files(folder, args[5]));
      extra = 6;
    } else {
      files.addAll(FileSizes.under(folder));
    }
    for (int i = extra; i < args.length; i++) {
      files.add(Path.of(args[i]));
    }
    FileSizes.Total total = new FileSizes().of(files);
    try (PrintWriter out =
        new PrintWriter(
            Files.newBufferedWriter(
                Path.of(args[3]),
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND))) {
      out.printf("%s\tdata_files\t%s\t%d%n", args[0], args[1], total.files());
      out.printf("%s\tdata_bytes\t%s\t%d%n", args[0], args[1], total.bytes());
      out.printf("%s\tdata_gzbytes\t%s\t%d%n", args[0], args[1], total.gzipped());
    }
  }
}
