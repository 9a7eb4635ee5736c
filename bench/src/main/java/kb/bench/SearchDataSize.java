package kb.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Appends the size of a search data folder to the results file: files, bytes, gzipped bytes.
 *
 * <p>Usage: {@code SearchDataSize N TOOL FOLDER RESULTS}
 */
public final class SearchDataSize {

  private SearchDataSize() {}

  public static void main(String[] args) throws IOException {
    FileSizes.Total total = new FileSizes().ofFolder(Path.of(args[2]));
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
