package kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kb.build.BuildOptions;

/** Writes small content folders for tests: two brands, pages written inline. */
public final class TestContent {

  private final Path root;

  private TestContent(Path root) {
    this.root = root;
  }

  /** A content folder with brands "alpha" and "beta", each with a few variables. */
  public static TestContent twoBrands(Path dir) {
    TestContent content = new TestContent(dir.resolve("content"));
    content.write("brands/alpha.yml", brand("alpha", "Alpha", "alphapkg", "#112233"));
    content.write("brands/beta.yml", brand("beta", "Beta", "betapkg", "#445566"));
    return content;
  }

  public static String brand(String id, String name, String pkg, String color) {
    return String.join(
        "\n",
        "id: " + id,
        "name: " + name,
        "app_name: " + name + "App",
        "site:",
        "  title: " + name + " Help",
        "  official_domains: [" + id + ".example]",
        "doc_site:",
        "  base_path: /" + id + "-doc/",
        "  url: https://docs." + id + ".example/" + id + "-doc/",
        "theme:",
        "  primary_color: \"" + color + "\"",
        "python:",
        "  package: " + pkg,
        "links:",
        "  home: https://www." + id + ".example/",
        "");
  }

  /**
   * Copies the shipped brand files and {@code languages.yml} into {@code content}, without their
   * header links ({@code nav:}), which name shipped pages a folder of a test's own pages lacks.
   */
  public static void shippedBrandsWithoutHeaderLinks(Path content) {
    Path shipped = repoRoot().resolve("content");
    try {
      Files.createDirectories(content.resolve("brands"));
      for (String file : List.of("brands/futu.yml", "brands/moomoo.yml", "languages.yml")) {
        String text = Files.readString(shipped.resolve(file));
        // Each "nav:" block, and its languages' ones: the lines indented deeper than its key.
        text = text.replaceAll("(?m)^( *)nav:\\n(?:\\1[ \\t]+[^\\n]*\\n|\\n)*", "");
        Files.writeString(content.resolve(file), text);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A page file with front matter; {@code body} is Markdown. */
  public static String page(String title, String category, int order, String body) {
    return "---\ntitle: "
        + title
        + "\ncategory: "
        + category
        + "\norder: "
        + order
        + "\n---\n"
        + body;
  }

  public TestContent write(String path, String text) {
    return write(path, text.getBytes(StandardCharsets.UTF_8));
  }

  public TestContent write(String path, byte[] bytes) {
    try {
      Path file = root.resolve(path);
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How to build this content into {@code out} with the repository's templates. */
  public BuildOptions options(Path out, String brand) {
    return options(out, brand, BuildOptions.ALL);
  }

  /** As {@link #options(Path, String)}, each brand's site in {@code language} alone. */
  public BuildOptions options(Path out, String brand, String language) {
    return new BuildOptions(root, repoRoot().resolve("templates"), out, brand, language);
  }

  public Path root() {
    return root;
  }

  /** The repository's own folders, for tests of the shipped content. */
  public static Path repoRoot() {
    String configured = System.getProperty("kb.repo.root");
    Path root = configured == null ? Path.of("..") : Path.of(configured);
    return root.toAbsolutePath().normalize();
  }
}
