package kb.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HugoDialectTest {

  private static final String BODY =
      String.join(
          "\n",
          "## Where is the data? {#101}",
          "",
          "A: In {{data_dir.unix}}, written by {{opend.program}}.",
          "{% brand futu %}",
          "Futu only.",
          "{% endbrand %}",
          "{% brand moomoo %}",
          "Moomoo only.",
          "{% endbrand %}",
          "{% brand futu, moomoo %}",
          "Both.",
          "{% brand moomoo %}",
          "Nested, moomoo only.",
          "{% endbrand %}",
          "{% endbrand %}",
          "!!! tip \"Tips\"",
          "    Restart {{app_name}}.",
          "After the tip; see [that](p00042.md#555).",
          "");

  private static final GeneratedPage PAGE =
      new GeneratedPage("p00001", "Data", "OpenD", 3, "", BODY);

  @Test
  void futuPageKeepsFutuBlocksSubstitutesVariablesAndQuotesTips() {
    assertEquals(
        String.join(
            "\n",
            "---",
            "title: \"Data\"",
            "weight: 3",
            "---",
            "",
            "## Where is the data? {#101}",
            "",
            "A: In ~/.com.futunn.FutuOpenD, written by FutuOpenD.",
            "Futu only.",
            "Both.",
            "> **Tips**",
            ">",
            "> Restart Futubull.",
            "After the tip; see [that](../p00042/#555).",
            "",
            ""),
        new HugoDialect("futu").page(PAGE));
  }

  @Test
  void moomooPageKeepsMoomooBlocksIncludingNestedOnes() {
    String page = new HugoDialect("moomoo").page(PAGE);
    assertEquals(
        String.join(
            "\n",
            "A: In ~/.com.moomoo.OpenD, written by OpenD.",
            "Moomoo only.",
            "Both.",
            "Nested, moomoo only.",
            "> **Tips**"),
        page.substring(page.indexOf("A: "), page.indexOf("\n>\n")));
  }

  @Test
  void chinesePageTakesTheLanguagesVariablesAndTheTipsOwnTitle() {
    GeneratedPage page =
        new GeneratedPage(
            "p00001",
            "数据 相关",
            "数据",
            3,
            "",
            String.join(
                "\n",
                "## 数据在哪里？ {#101}",
                "",
                "A：在{{app_name}}中，由 {{opend.program}} 写入。",
                "!!! tip \"提示\"",
                "    重启{{name}}。",
                ""));
    assertEquals(
        String.join(
            "\n",
            "---",
            "title: \"数据 相关\"",
            "weight: 3",
            "---",
            "",
            "## 数据在哪里？ {#101}",
            "",
            "A：在富途牛牛中，由 FutuOpenD 写入。",
            "> **提示**",
            ">",
            "> 重启富途。",
            "",
            ""),
        new HugoDialect("futu", "zh-CN").page(page));
  }

  @TempDir Path temp;

  /**
   * The multilingual site of bench/hugo/ builds with the installed Hugo: English at the root, each
   * translation under its language key with its lang attribute, which Pagefind reads. Skipped where
   * Hugo is not installed (bench/run.sh installs it).
   */
  @Test
  void multilingualConfigBuildsEachLanguageWithItsLangAttribute()
      throws IOException, InterruptedException {
    assumeTrue(onPath("hugo"), "hugo is not installed");
    Path repo = Path.of(System.getProperty("kb.repo.root", ".."));
    Path site = temp.resolve("hugo");
    copy(repo.resolve("bench/hugo"), site);
    Path faq = Files.createDirectories(site.resolve("content/faq"));
    Files.writeString(faq.resolve("p00001.md"), new HugoDialect("futu").page(PAGE));
    for (String language : List.of("zh-CN", "zh-HK")) {
      GeneratedPage zh = new GeneratedPage("p00001", "数据", "数据", 1, "", "## 数据？ {#101}\n");
      Files.writeString(
          faq.resolve("p00001." + language.toLowerCase() + ".md"),
          new HugoDialect("futu", language).page(zh));
    }
    Path out = temp.resolve("public");
    Process hugo =
        new ProcessBuilder(
                "hugo",
                "--quiet",
                "--source",
                site.toString(),
                "--config",
                site.resolve("multilingual.toml").toString(),
                "--destination",
                out.toString())
            .redirectErrorStream(true)
            .start();
    String log = new String(hugo.getInputStream().readAllBytes());
    assertTrue(hugo.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, hugo.exitValue(), log);
    assertTrue(
        Files.readString(out.resolve("faq/p00001/index.html")).contains("<html lang=\"en\">"));
    for (String language : List.of("zh-CN", "zh-HK")) {
      String html =
          Files.readString(out.resolve(language.toLowerCase() + "/faq/p00001/index.html"));
      assertTrue(html.contains("<html lang=\"" + language + "\">"), html);
      assertTrue(html.contains("<h2 id=\"101\">数据？</h2>"), html);
    }
  }

  private static boolean onPath(String command) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (Files.isExecutable(Path.of(dir, command))) {
        return true;
      }
    }
    return false;
  }

  private static void copy(Path from, Path to) throws IOException {
    try (var walk = Files.walk(from)) {
      for (Path file : walk.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }
}
