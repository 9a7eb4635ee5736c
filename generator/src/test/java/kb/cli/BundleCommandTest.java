package kb.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import kb.TestContent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kb bundle}: builds the brand, zips its site beside it, and reports or fails clearly. */
class BundleCommandTest {

  @TempDir Path dir;

  private TestContent content;

  @BeforeEach
  void writeContent() {
    content = TestContent.twoBrands(dir);
    content.write("faq/a.md", TestContent.page("A", "A", 1, "## Q? {#1}\n\nYes.\n"));
  }

  private Cli bundle(String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "bundle",
                "--content",
                content.root().toString(),
                "--templates",
                TestContent.repoRoot().resolve("templates").toString(),
                "--out",
                dir.resolve("out").toString()));
    args.addAll(List.of(extra));
    return Cli.run(args.toArray(String[]::new));
  }

  private static List<String> entries(Path zip) throws IOException {
    List<String> names = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        names.add(e.getName());
      }
    }
    return names;
  }

  @Test
  void writesTheBrandsZipBesideItsSiteAndSaysWhatItHolds() throws IOException {
    Cli cli = bundle("--brand", "beta");
    assertEquals(0, cli.exitCode(), cli.err());
    Path zip = dir.resolve("out/beta-offline.zip");
    List<String> names = entries(zip);
    assertTrue(names.contains("beta-offline/index.html"), names.toString());
    assertTrue(names.contains("beta-offline/faq/a.html"), names.toString());
    assertTrue(
        names.stream().anyMatch(n -> n.startsWith("beta-offline/search/")), names.toString());
    assertFalse(names.stream().anyMatch(n -> n.contains(".lucene")), names.toString());
    assertTrue(Files.isRegularFile(dir.resolve("out/beta/.kb-site")));
    assertFalse(names.stream().anyMatch(n -> n.contains(".kb-site")), names.toString());
    long files = names.stream().filter(n -> !n.endsWith("/")).count();
    assertTrue(cli.out().contains("bundled beta: " + files + " files, "), cli.out());
    assertTrue(cli.out().contains("-> " + zip + " (unzips to beta-offline/)"), cli.out());
    assertFalse(Files.exists(dir.resolve("out/alpha-offline.zip")));
  }

  @Test
  void bundlingTwiceGivesTheSameBytes() throws IOException {
    bundle("--brand", "alpha");
    byte[] first = Files.readAllBytes(dir.resolve("out/alpha-offline.zip"));
    bundle("--brand", "alpha");
    assertArrayEquals(first, Files.readAllBytes(dir.resolve("out/alpha-offline.zip")));
  }

  @Test
  void contentErrorExitsWithOneAndWritesNoZip() {
    content.write("faq/a.md", TestContent.page("A", "A", 1, "## Q? {#1}\n\n[x](gone.md)\n"));
    Cli cli = bundle("--brand", "alpha");
    assertEquals(1, cli.exitCode());
    assertTrue(cli.err().contains("faq/a.md:8:1: link target 'gone.md' not found"), cli.err());
    assertFalse(Files.exists(dir.resolve("out/alpha-offline.zip")));
  }

  @Test
  void imageLinkedOutsideTheContentExitsWithTwoAndNothingIsWritten() throws IOException {
    Path secret = Files.writeString(dir.resolve("passwd"), "root:x:0:0");
    content.write(
        "faq/a.md", TestContent.page("A", "A", 1, "## Q? {#1}\n\n![p](../images/p.svg)\n"));
    Files.createDirectories(content.root().resolve("images"));
    Files.createSymbolicLink(content.root().resolve("images/p.svg"), secret);
    Cli cli = bundle("--brand", "alpha");
    assertEquals(2, cli.exitCode(), cli.err());
    assertTrue(
        cli.err()
            .startsWith(
                content.root().resolve("images/p.svg")
                    + ": links outside the content folder, to "
                    + secret.toRealPath()
                    + "\n"),
        cli.err());
    assertFalse(Files.exists(dir.resolve("out/alpha-offline.zip")));
    assertFalse(Files.exists(dir.resolve("out/alpha")), "no site either");
  }

  @Test
  void withoutABrandEveryBrandIsBundled() {
    Cli cli = bundle();
    assertEquals(0, cli.exitCode(), cli.err());
    assertTrue(Files.isRegularFile(dir.resolve("out/alpha-offline.zip")));
    assertTrue(Files.isRegularFile(dir.resolve("out/beta-offline.zip")));
    assertTrue(cli.out().contains("bundled alpha: "), cli.out());
    assertTrue(cli.out().contains("bundled beta: "), cli.out());
  }

  @Test
  void quietPrintsNothingButStillWritesTheZip() {
    Cli cli = bundle("--brand", "alpha", "--quiet");
    assertEquals(0, cli.exitCode(), cli.err());
    assertEquals("", cli.out());
    assertTrue(Files.isRegularFile(dir.resolve("out/alpha-offline.zip")));
  }

  @Test
  void everyLanguageIsBundledUnlessLangNamesOne() throws IOException {
    content.write("languages.yml", "source: en\ntranslations: [zh-CN]\n");
    content.write(
        "brands/beta.yml",
        TestContent.brand("beta", "Beta", "beta", "#112233")
            .replace("\nsite:\n", "\nsite:\n  languages: [en, zh-CN]\n"));
    content.write("faq/a.zh-CN.md", TestContent.page("甲", "甲", 1, "## 问？ {#1}\n\n是。\n"));

    Cli all = bundle("--brand", "beta");
    assertEquals(0, all.exitCode(), all.err());
    List<String> names = entries(dir.resolve("out/beta-offline.zip"));
    assertTrue(names.contains("beta-offline/faq/a.html"), names.toString());
    assertTrue(names.contains("beta-offline/zh-CN/faq/a.html"), names.toString());
    assertFalse(names.contains("beta-offline/404.html"), names.toString());
    assertFalse(names.contains("beta-offline/zh-CN/404.html"), names.toString());

    Cli zh = bundle("--brand", "beta", "--lang", "zh-CN");
    assertEquals(0, zh.exitCode(), zh.err());
    Path zip = dir.resolve("out/beta-zh-CN-offline.zip");
    names = entries(zip);
    assertTrue(names.contains("beta-zh-CN-offline/faq/a.html"), names.toString());
    assertFalse(names.stream().anyMatch(n -> n.contains("/zh-CN/")), names.toString());
    assertTrue(zh.out().contains("(unzips to beta-zh-CN-offline/)"), zh.out());

    Cli fr = bundle("--brand", "beta", "--lang", "fr");
    assertEquals(2, fr.exitCode(), fr.err());
    assertTrue(fr.err().contains("brand beta has no site in fr"), fr.err());
  }
}
