package kb.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import kb.TestContent;
import kb.build.BuildOptions;
import kb.build.SiteBuild;

/**
 * The shipped content built once per test JVM for the browser tests, into {@code
 * target/browser-sites/}: each browser test class reads the same sites instead of building its own.
 */
public final class ShippedSites {

  public static final List<String> BRANDS = List.of("futu", "moomoo");

  private static Path folder;

  private ShippedSites() {}

  /** The output folder: one sub-folder per brand. */
  public static synchronized Path folder() {
    if (folder == null) {
      Path repo = TestContent.repoRoot();
      Path out = repo.resolve("generator/target/browser-sites");
      delete(out);
      new SiteBuild()
          .run(new BuildOptions(repo.resolve("content"), repo.resolve("templates"), out, "all"));
      folder = out;
    }
    return folder;
  }

  /** The {@code file://} URL of a page of a brand's site. */
  public static String fileUrl(String brand, String page) {
    return folder().resolve(brand).resolve(page).toUri().toString();
  }

  private static void delete(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
