package kb.brand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kb.TestContent;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.Diagnostic;
import kb.diagnostic.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Brand files: what is read from them, and the errors for bad ones. */
class BrandCatalogTest {

  @TempDir Path dir;

  @Test
  void readsBrandsSortedWithFlattenedVariables() {
    TestContent content = TestContent.twoBrands(dir);
    BrandCatalog catalog = BrandCatalog.load(content.root().resolve("brands"));
    assertEquals(java.util.List.of("alpha", "beta"), catalog.ids());
    Brand beta = catalog.select("beta").get(0);
    assertEquals("betapkg", beta.variables().get("python.package"));
    assertEquals("https://docs.beta.example/beta-doc/", beta.docSite().url());
    assertEquals(java.util.List.of("beta.example"), beta.officialDomains());
  }

  @Test
  void brandFileLinkedFromOutsideTheContentFolderIsAnErrorNamingTheLink() throws IOException {
    TestContent content = TestContent.twoBrands(dir);
    Path elsewhere =
        Files.writeString(dir.resolve("gamma.yml"), TestContent.brand("gamma", "G", "g", "#000"));
    Path link = Files.createSymbolicLink(content.root().resolve("brands/gamma.yml"), elsewhere);
    BuildFailedException e =
        assertThrows(
            BuildFailedException.class, () -> BrandCatalog.load(content.root().resolve("brands")));
    Diagnostic d = e.diagnostics().get(0);
    assertEquals(link, d.where().file());
    assertEquals("links outside the content folder, to " + elsewhere.toRealPath(), d.message());
    assertEquals(ExitCode.INPUT_ERROR, e.exitCode());
  }

  @Test
  void brandFileLinkedInsideTheContentFolderIsRead() throws IOException {
    TestContent content = TestContent.twoBrands(dir);
    content.write("shared/gamma.yml", TestContent.brand("gamma", "G", "g", "#000"));
    Files.createSymbolicLink(
        content.root().resolve("brands/gamma.yml"), content.root().resolve("shared/gamma.yml"));
    BrandCatalog catalog = BrandCatalog.load(content.root().resolve("brands"));
    assertEquals(java.util.List.of("alpha", "beta", "gamma"), catalog.ids());
  }

  @Test
  void eachBrandForbidsWhatNamesTheOthersButNeverItsOwnNames() {
    TestContent content = TestContent.twoBrands(dir);
    content.write(
        "brands/gamma.yml",
        TestContent.brand("gamma", "Gamma", "gammapkg", "#778899").replace("GammaApp", "Alpha"));
    BrandCatalog catalog = BrandCatalog.load(content.root().resolve("brands"));
    assertEquals(
        java.util.List.of("Beta", "BetaApp", "beta.example", "Gamma", "gamma.example"),
        catalog.select("alpha").get(0).forbiddenWords());
    assertEquals(
        java.util.List.of("AlphaApp", "alpha.example", "Beta", "BetaApp", "beta.example"),
        catalog.select("gamma").get(0).forbiddenWords());
  }

  @Test
  void missingRequiredKeyNamesTheFileAndKey() {
    TestContent content = TestContent.twoBrands(dir);
    content.write("brands/beta.yml", "id: beta\nname: Beta\n");
    BuildFailedException e =
        assertThrows(
            BuildFailedException.class, () -> BrandCatalog.load(content.root().resolve("brands")));
    Diagnostic first = e.diagnostics().get(0);
    assertTrue(first.where().toString().endsWith("brands/beta.yml:1"), first.format());
    assertEquals("missing required key 'site.title'", first.message());
    assertEquals(ExitCode.INPUT_ERROR, e.exitCode());
  }

  @Test
  void aKeyGivenTwiceIsAnErrorNamingBothLinesForEachKey() {
    TestContent content = TestContent.twoBrands(dir);
    content.write(
        "brands/beta.yml",
        TestContent.brand("beta", "Beta", "betapkg", "#445566")
            + "name: Other\nsite:\n  url: https://beta.example/\ndoc_site.url: https://x.example/\n");
    BuildFailedException e =
        assertThrows(
            BuildFailedException.class, () -> BrandCatalog.load(content.root().resolve("brands")));
    assertEquals(
        java.util.List.of(
            "duplicate key 'name': already given at line 2",
            "duplicate key 'site': already given at line 4",
            "duplicate key 'doc_site.url': already given at line 9"),
        e.diagnostics().stream().map(Diagnostic::message).toList());
    assertEquals(16, e.diagnostics().get(0).where().line());
    assertEquals(ExitCode.INPUT_ERROR, e.exitCode());
  }

  @Test
  void malformedYamlNamesTheLine() {
    TestContent content = TestContent.twoBrands(dir);
    content.write("brands/beta.yml", "id: beta\nname: [unclosed\ntheme:\n  x: 1\n");
    BuildFailedException e =
        assertThrows(
            BuildFailedException.class, () -> BrandCatalog.load(content.root().resolve("brands")));
    Diagnostic d = e.diagnostics().get(0);
    assertTrue(d.message().startsWith("malformed YAML"), d.format());
    assertTrue(d.where().line() >= 2, d.format());
  }

  @Test
  void idMustMatchTheFileName() {
    TestContent content = TestContent.twoBrands(dir);
    content.write(
        "brands/beta.yml",
        TestContent.brand("gamma", "Gamma", "g", "#123456").replace("id:", "id:"));
    BuildFailedException e =
        assertThrows(
            BuildFailedException.class, () -> BrandCatalog.load(content.root().resolve("brands")));
    assertEquals("id must be 'beta', the file's name", e.diagnostics().get(0).message());
  }

  @Test
  void colourMustBeHexSoItCannotInjectCss() {
    TestContent content = TestContent.twoBrands(dir);
    content.write(
        "brands/beta.yml", TestContent.brand("beta", "Beta", "b", "red;}body{display:none"));
    BuildFailedException e =
        assertThrows(
            BuildFailedException.class, () -> BrandCatalog.load(content.root().resolve("brands")));
    assertEquals("theme.primary_color must be a hex colour", e.diagnostics().get(0).message());
  }

  @Test
  void siteUrlMustBeAbsoluteAndLanguageATagWithTheirLines() {
    TestContent content = TestContent.twoBrands(dir);
    content.write(
        "brands/beta.yml",
        TestContent.brand("beta", "Beta", "b", "#123456")
            .replace(
                "  title: Beta Help\n", "  title: Beta Help\n  url: /kb/\n  language: \"e n\"\n"));
    BuildFailedException e =
        assertThrows(
            BuildFailedException.class, () -> BrandCatalog.load(content.root().resolve("brands")));
    assertEquals(2, e.diagnostics().size(), e.getMessage());
    Diagnostic url = e.diagnostics().get(0);
    assertEquals("site.url must be an absolute http(s):// URL", url.message());
    assertTrue(url.format().contains("brands/beta.yml:6:"), url.format());
    assertEquals(
        "site.language must be a language tag such as en or zh-Hans",
        e.diagnostics().get(1).message());
  }

  private Diagnostic urlProblem(String key, String value) {
    TestContent content = TestContent.twoBrands(dir);
    String brand = TestContent.brand("beta", "Beta", "b", "#123456");
    content.write(
        "brands/beta.yml",
        key.equals("site.url")
            ? brand.replace("  title: Beta Help\n", "  title: Beta Help\n  url: " + value + "\n")
            : brand.replace("  url: https://docs.beta.example/beta-doc/", "  url: " + value));
    BuildFailedException e =
        assertThrows(
            BuildFailedException.class, () -> BrandCatalog.load(content.root().resolve("brands")));
    assertEquals(ExitCode.INPUT_ERROR, e.exitCode());
    assertEquals(1, e.diagnostics().size(), e.getMessage());
    return e.diagnostics().get(0);
  }

  @Test
  void aQuoteOrSpaceInASiteUrlIsAnInputErrorAtItsLineThatSaysHowToWriteIt() {
    Diagnostic quote = urlProblem("site.url", "'https://help.beta.example/k\"b/'");
    assertTrue(quote.format().contains("brands/beta.yml:6:8: "), quote.format());
    assertEquals("site.url must be an absolute http(s):// URL", quote.message());
    assertEquals("'\"' may not appear in a URL: write it as %22", quote.hint());
    Diagnostic space = urlProblem("site.url", "https://help.beta.example/k b/");
    assertEquals("' ' may not appear in a URL: write it as %20", space.hint());
  }

  @Test
  void aDocSiteUrlIsCheckedAsASiteUrlIs() {
    Diagnostic quote =
        urlProblem("doc_site.url", "'https://docs.beta.example/x\"onmouseover=\"a/'");
    assertTrue(quote.format().contains("brands/beta.yml:9:8: "), quote.format());
    assertEquals("doc_site.url must be an https:// URL", quote.message());
    assertEquals("'\"' may not appear in a URL: write it as %22", quote.hint());
    assertEquals(
        "'%' starts an escape such as %20; write a '%' itself as %25",
        urlProblem("doc_site.url", "https://docs.beta.example/100%/").hint());
    assertEquals(
        "doc_site.url must be an https:// URL",
        urlProblem("doc_site.url", "https:///no-host/").message());
  }

  @Test
  void aBrandUrlThatCouldRunCodeIsRefusedByTheUrlPolicy() {
    Diagnostic script = urlProblem("site.url", "JavaScript:alert(1)//");
    assertEquals(
        "site.url 'JavaScript:alert(1)//' uses the URL scheme 'javascript:', which kb does not"
            + " allow",
        script.message());
    assertEquals("site.url must be an absolute http(s):// URL", script.hint());
    assertEquals(
        "doc_site.url 'java\\u0009script:x' uses the URL scheme 'javascript:', which kb does not"
            + " allow",
        urlProblem("doc_site.url", "\"java\\tscript:x\"").message());
  }

  @Test
  void languageDefaultsToEnglish() {
    TestContent content = TestContent.twoBrands(dir);
    assertEquals("en", BrandCatalog.load(content.root().resolve("brands")).all().get(0).language());
  }

  @Test
  void unknownBrandOnTheCommandLineListsTheKnownOnes() {
    BrandCatalog catalog = BrandCatalog.load(TestContent.twoBrands(dir).root().resolve("brands"));
    BuildFailedException e = assertThrows(BuildFailedException.class, () -> catalog.select("x"));
    assertEquals("known brands: alpha, beta, or all", e.diagnostics().get(0).hint());
  }

  @Test
  void missingBrandFolderIsAnInputError() {
    BuildFailedException e =
        assertThrows(BuildFailedException.class, () -> BrandCatalog.load(dir.resolve("none")));
    assertEquals("brand folder not found", e.diagnostics().get(0).message());
  }
}
