package kb.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kb.ShippedSites;
import kb.TestContent;
import kb.brand.Brand;
import kb.build.BuildOptions;
import kb.build.SiteBuild;
import kb.build.SiteOutput;
import kb.build.Sources;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.Diagnostic;
import kb.site.SiteFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed (the export of the page the shipped {@code content/faq/opend.md} was converted from by
 * hand), imported into a copy of the shipped brand files and built: every question shows each
 * brand's reader the text the shipped site shows, whitespace aside, except for the wording the
 * project changed by hand and the facts the brand files do not hold, each listed here.
 */
class SeedRoundTripTest {

  /** A copy of the seed {@code ../shared/seeds/000_3a1def906d73ca02.txt}, as the issue gave it. */
  private static final Path SEED =
      TestContent.repoRoot()
          .resolve("generator/src/test/resources/fixtures/importer/seed-opend.txt");

  static final List<String> IDS =
      List.of(
          "3127", "8726", "2083", "583", "9516", "2453", "3889", "8879", "5285", "801", "2244",
          "9285", "605", "1308", "3043", "2215", "7685", "4390", "9361", "7762", "758");

  /**
   * What the shipped page says otherwise than the seed, as (imported text, shipped text) pairs that
   * turn the imported question's text into the shipped one, by brand and question id.
   */
  private static final Map<String, List<String[]>> KNOWN = new LinkedHashMap<>();

  static {
    for (String brand : List.of("futu", "moomoo")) {
      // Wording the project corrected in the shipped page.
      known(brand, "3127", "carryout relevant", "carry out the relevant");
      known(brand, "2083", "a OpenD", "an OpenD");
      known(
          brand,
          "583",
          "ʻinput_phone_verify_code -code=123456`",
          "input_phone_verify_code -code=123456");
      known(brand, "583", "'-code=123456'", "-code=123456");
      known(brand, "5285", "“market kicking”", "\"market kicking\"");
      known(
          brand,
          "9285",
          "want visiulization OpenD for a long time to hang up",
          "want the Visualization OpenD to hang up for a long time");
      known(brand, "7685", "should corresponds", "should correspond");
      known(brand, "9361", "again If", "again. If");
      known(brand, "9361", "through Official Website", "through the Official Website");
      known(brand, "7762", "ubuntu22？", "ubuntu22?");
      known(brand, "7762", "commane line on Ubuntu22.04", "command line on Ubuntu 22.04");
    }
    // Facts the brand files do not hold, which the shipped page changed: the seed's Futu page
    // names the device file's folder com.futunn.OpenD, the brand file com.futunn.FutuOpenD ...
    known("futu", "2453", "\\com.futunn.OpenD\\", "\\com.futunn.FutuOpenD\\");
    // ... the seed's Futu answer names OpenD.xml, the brand file FutuOpenD.xml ...
    known("futu", "605", "OpenD.xml .", "FutuOpenD.xml.");
    // ... and the seed's shared answer says "moomoo background" on the Futu page too (a leak).
    known("futu", "9285", "moomoo background", "Futu background");
  }

  private static void known(String brand, String id, String imported, String shipped) {
    KNOWN
        .computeIfAbsent(brand + "#" + id, k -> new ArrayList<>())
        .add(new String[] {imported, shipped});
  }

  @TempDir static Path dir;

  private static ImportReport report;
  private static Map<String, Document> imported;
  private static List<Diagnostic> buildProblems;

  @BeforeAll
  static void importAndBuild() throws IOException {
    Path content = dir.resolve("content");
    TestContent.shippedBrandsWithoutHeaderLinks(content);
    Path templates = TestContent.repoRoot().resolve("templates");
    PageImport.Result result =
        new PageImport()
            .run(
                new PageImport.Options(
                    content, templates, null, "faq/opend.md", false, List.of(SEED)));
    report = result.report();
    // Do what the report's list of images asks, with stand-ins for the downloads.
    for (ImportReport.Image image : report.images()) {
      Path file = content.resolve(image.target());
      Files.createDirectories(file.getParent());
      Files.copy(TestContent.repoRoot().resolve("content/images/quote-right-kick.png"), file);
    }
    // The leaks stop the build before it publishes; the pages it rendered show what it would.
    Map<String, SiteOutput.InMemory> outputs = new LinkedHashMap<>();
    Sources sources = Sources.read(new BuildOptions(content, templates, dir.resolve("out"), "all"));
    buildProblems =
        assertThrows(
                BuildFailedException.class,
                () ->
                    new SiteBuild()
                        .build(
                            sources,
                            (Brand brand) ->
                                outputs.computeIfAbsent(brand.id(), SiteOutput.InMemory::new)))
            .diagnostics();
    imported = new LinkedHashMap<>();
    for (Map.Entry<String, SiteOutput.InMemory> out : outputs.entrySet()) {
      for (SiteFile file : out.getValue().site().files()) {
        if (file.path().equals("faq/opend.html")) {
          imported.put(out.getKey(), Jsoup.parse(new String(file.bytes(), StandardCharsets.UTF_8)));
        }
      }
    }
  }

  private static String text(Document page, String id) {
    Element heading = page.getElementById(id);
    assertTrue(heading != null, "question #" + id);
    return heading.parent().text();
  }

  private static String bare(String text) {
    return text.replaceAll("\\s+", "");
  }

  @Test
  void everyQuestionShowsTheShippedTextOrAKnownDifference() throws IOException {
    Map<String, Integer> exact = new LinkedHashMap<>();
    List<String> wrong = new ArrayList<>();
    for (String brand : List.of("futu", "moomoo")) {
      Document shipped =
          Jsoup.parse(ShippedSites.out().resolve(brand + "/faq/opend.html").toFile());
      Document ours = imported.get(brand);
      assertEquals(IDS, ours.select("section.question > h2").eachAttr("id"), brand);
      int same = 0;
      for (String id : IDS) {
        String mine = bare(text(ours, id));
        String theirs = bare(text(shipped, id));
        if (mine.equals(theirs)) {
          same++;
          assertTrue(
              !KNOWN.containsKey(brand + "#" + id), brand + "#" + id + " is no longer known");
          continue;
        }
        for (String[] change : KNOWN.getOrDefault(brand + "#" + id, List.of())) {
          assertTrue(mine.contains(bare(change[0])), brand + "#" + id + " shows " + change[0]);
          mine = mine.replace(bare(change[0]), bare(change[1]));
        }
        if (!mine.equals(theirs)) {
          wrong.add(brand + "#" + id + "\n  imported: " + mine + "\n  shipped:  " + theirs);
        }
      }
      exact.put(brand, same);
    }
    assertEquals(List.of(), wrong);
    assertEquals(Map.of("futu", 11, "moomoo", 13), exact, "questions the same as shipped");
  }

  @Test
  void theReportNamesTheFactsTheBrandFilesDoNotHoldAtTheirLines() {
    List<String> lines = report.entries().stream().map(ImportReport.Entry::format).toList();
    String other = " variant holds ";
    assertEquals(
        List.of(
            SEED
                + ":98: the moomoo"
                + other
                + "'https://www.futunn.com/download/OpenAPI?lang=en-US'",
            SEED + ":116: the brands' variants differ in 'futunn' / 'moomoo'",
            SEED + ":266: the futu" + other + "'OpenD.xml', moomoo's opend.config_file",
            SEED + ":405: the futu" + other + "'OpenD.xml', moomoo's opend.config_file",
            SEED + ":420: the futu" + other + "'OpenD.xml', moomoo's opend.config_file"),
        lines.stream()
            .map(
                l ->
                    l.replaceFirst(
                        "(.*?(variant holds '[^']*'(, moomoo's [a-z._]+)?|'moomoo')).*", "$1"))
            .toList(),
        String.join("\n", lines));
  }

  @Test
  void theLeakLintReportsTheSeedsThreeLeaksOfSharedText() {
    List<String> leaks =
        report.checks().stream()
            .filter(d -> d.message().contains("belongs to another brand"))
            .map(d -> d.where().line() + " " + d.message())
            .toList();
    assertEquals(5, leaks.size(), String.join("\n", leaks));
    // Q5's shared link to futunn.com on the moomoo page, Q12's "moomoo" and Q19's moomoo.com on
    // the Futu page.
    assertTrue(
        leaks.stream().anyMatch(l -> l.contains("'futunn.com'") && l.contains("brand moomoo")));
    assertTrue(leaks.stream().anyMatch(l -> l.contains("seed-opend.txt:239")));
    assertTrue(
        leaks.stream().anyMatch(l -> l.contains("'moomoo.com'") && l.contains("brand futu")));
    assertEquals(
        leaks.size(),
        buildProblems.stream()
            .filter(d -> d.message().contains("belongs to another brand"))
            .count(),
        "the build finds the same leaks");
  }
}
