package kb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import kb.NavigationContent;
import kb.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A header link of a brand file that leads to no page of the site, or could run code, fails the
 * build at the brand file's line, and nothing is written.
 */
class HeaderLinksCommandTest {

  @TempDir Path dir;

  private Cli build() {
    return Cli.run(
        "build",
        "--content",
        dir.resolve("content").toString(),
        "--templates",
        TestContent.repoRoot().resolve("templates").toString(),
        "--out",
        dir.resolve("out").toString());
  }

  private String brandFile() {
    return dir.resolve("content/brands/alpha.yml").toString();
  }

  @Test
  void aLinkToAPageTheSiteLacksFailsAtItsLine() {
    NavigationContent.write(dir, "guides/missing.html#q1");
    Cli cli = build();
    assertEquals(1, cli.exitCode(), cli.err());
    assertTrue(
        cli.err()
            .startsWith(
                brandFile()
                    + ":"
                    + NavigationContent.GUIDE_URL_LINE
                    + ":10: header link 'guide' leads to 'guides/missing.html#q1', not a page of"
                    + " the alpha site (en)"),
        cli.err());
    assertFalse(Files.exists(dir.resolve("out/alpha/index.html")));
  }

  @Test
  void aJavascriptLinkFailsAtItsLine() {
    NavigationContent.write(dir, "\"javascript:alert(1)\"");
    Cli cli = build();
    assertEquals(2, cli.exitCode(), cli.err());
    assertTrue(
        cli.err()
            .startsWith(
                brandFile() + ":" + NavigationContent.GUIDE_URL_LINE + ":10: nav.guide.url"),
        cli.err());
    assertTrue(cli.err().contains("javascript"), cli.err());
  }

  @Test
  void aPathFromTheServersRootFailsAtItsLine() {
    NavigationContent.write(dir, "/guides/quick-start.html");
    Cli cli = build();
    assertEquals(2, cli.exitCode(), cli.err());
    assertTrue(
        cli.err()
            .startsWith(
                brandFile()
                    + ":"
                    + NavigationContent.GUIDE_URL_LINE
                    + ":10: nav.guide.url '/guides/quick-start.html' must be an http(s):// URL or a"
                    + " path of the site"),
        cli.err());
  }

  @Test
  void aLinkWithoutItsLabelOrAnUnknownNavKeyFailsAtItsLine() {
    NavigationContent.write(dir)
        .write(
            "brands/alpha.yml",
            TestContent.brand("alpha", "Alpha", "alphapkg", "#112233")
                + "nav:\n  links: [docs]\n  docs:\n    url: \"{{doc_site.nope}}\"\n  extra:\n    label: X\n");
    Cli cli = build();
    assertEquals(2, cli.exitCode(), cli.err());
    assertTrue(
        cli.err().contains(brandFile() + ":17:10: header link 'docs' needs nav.docs.label"),
        cli.err());
    assertTrue(
        cli.err().contains(brandFile() + ":19:10: nav.docs.url names 'doc_site.nope', not a value"),
        cli.err());
    assertTrue(
        cli.err().contains(brandFile() + ":21:12: unknown header link key 'nav.extra.label'"),
        cli.err());
  }
}
