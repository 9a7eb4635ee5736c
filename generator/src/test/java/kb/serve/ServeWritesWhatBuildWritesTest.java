package kb.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import kb.TestContent;
import kb.TestFolders;
import kb.build.BuildOptions;
import kb.build.SiteBuild;
import kb.build.TreeHashes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kb serve runs the pipeline kb build runs: both write the same sites. */
class ServeWritesWhatBuildWritesTest {

  @TempDir Path dir;

  /**
   * The sites' files, without the Lucene index or the marker kb build leaves in what it publishes.
   */
  private static Map<String, String> sites(Path out) throws IOException {
    Map<String, String> files = new TreeMap<>(TreeHashes.of(out));
    files.keySet().removeIf(path -> path.startsWith(SiteBuild.LUCENE_FOLDER));
    files.keySet().removeIf(path -> path.endsWith("/.kb-site"));
    return files;
  }

  private void assertBuildWritesWhatServeWrites(Path content) throws IOException {
    Path templates = TestContent.repoRoot().resolve("templates");
    new SiteBuild().run(new BuildOptions(content, templates, dir.resolve("built"), "all"));
    new PreviewBuild(new BuildOptions(content, templates, dir.resolve("served"), "all")).rebuild();
    assertEquals(sites(dir.resolve("served")), sites(dir.resolve("built")));
  }

  @Test
  void shippedContentIsBuiltAsServeBuildsIt() throws IOException {
    assertBuildWritesWhatServeWrites(TestFolders.copyOfShipped(dir).resolve("content"));
  }

  @Test
  void aLinkToAHeadingInsideAQuoteResolves() throws IOException {
    TestContent content = TestContent.twoBrands(dir);
    content.write(
        "faq/a.md", TestContent.page("A", "A", 1, "## A? {#1}\n\n> ### Quoted {#q}\n>\n> Text.\n"));
    content.write("faq/b.md", TestContent.page("B", "B", 2, "## B? {#2}\n\nSee [q](a.md#q).\n"));
    assertBuildWritesWhatServeWrites(content.root());
    String b = Files.readString(dir.resolve("built/alpha/faq/b.html"));
    assertTrue(b.contains("href=\"a.html#q\""), b);
  }
}
