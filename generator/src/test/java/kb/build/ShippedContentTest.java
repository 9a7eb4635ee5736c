package kb.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import kb.ShippedSites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped OpenD FAQ, built for both brands: each brand's page shows its own variant of every
 * brand-specific answer and never the other brand's.
 */
class ShippedContentTest {

  private static BuiltSites sites;

  @BeforeAll
  static void build() {
    sites = new BuiltSites(ShippedSites.out());
  }

  private static Element question(String brand, String id) throws IOException {
    Document page = sites.page(brand, "faq/opend.html");
    Element heading = page.getElementById(id);
    assertTrue(heading != null, brand + " has question #" + id);
    return heading.parent();
  }

  private static void shows(String brand, String id, String expected, String forbidden)
      throws IOException {
    String text = question(brand, id).text();
    assertTrue(text.contains(expected), brand + " #" + id + " shows " + expected + ": " + text);
    assertFalse(text.contains(forbidden), brand + " #" + id + " hides " + forbidden + ": " + text);
  }

  @Test
  void bothBrandsHaveAll21QuestionsInSeedOrderWithTheSeedIds() throws IOException {
    List<String> seedIds =
        List.of(
            "3127", "8726", "2083", "583", "9516", "2453", "3889", "8879", "5285", "801", "2244",
            "9285", "605", "1308", "3043", "2215", "7685", "4390", "9361", "7762", "758");
    for (String brand : List.of("futu", "moomoo")) {
      Document page = sites.page(brand, "faq/opend.html");
      assertEquals(seedIds, page.select("section.question > h2").eachAttr("id"), brand);
      assertEquals("Q21:", page.getElementById("758").selectFirst(".qnum").text());
      assertEquals("OpenD Related", page.getElementById("4873").text());
    }
  }

  @Test
  void q2ShowsEachBrandsDataDirectory() throws IOException {
    shows("futu", "8726", "%appdata%/com.futunn.FutuOpenD/F3CNN", "moomoo");
    shows("futu", "8726", "~/.com.futunn.FutuOpenD/F3CNN", "com.moomoo");
    shows("moomoo", "8726", "%appdata%/com.moomoo.OpenD/F3CNN", "futunn");
    shows("moomoo", "8726", "~/.com.moomoo.OpenD/F3CNN", "FutuOpenD");
  }

  @Test
  void q6ShowsEachBrandsDeviceDatPath() throws IOException {
    shows("futu", "2453", "\\com.futunn.FutuOpenD\\F3CNN\\Device.dat", "com.moomoo");
    shows("moomoo", "2453", "\\com.moomoo.OpenD\\F3CNN\\Device.dat", "futunn");
  }

  @Test
  void q10AndQ11NameEachBrandsApp() throws IOException {
    for (String id : List.of("801", "2244")) {
      shows("futu", id, "Futubull", "moomoo");
      shows("moomoo", id, "moomoo", "Futubull");
    }
  }

  @Test
  void q17CodeSampleImportsEachBrandsPythonPackage() throws IOException {
    String futu = question("futu", "7685").select("pre code").text();
    String moomoo = question("moomoo", "7685").select("pre code").text();
    assertTrue(futu.startsWith("from futu import *"), futu);
    assertTrue(moomoo.startsWith("from moomoo import *"), moomoo);
    shows("futu", "7685", "OpenD_5.2.1408_Windows", "moomoo_OpenD");
    shows("moomoo", "7685", "moomoo_OpenD_5.2.1408_Windows", "futu");
  }

  @Test
  void q21NamesEachBrandsOpenDProgram() throws IOException {
    assertEquals("nohup ./FutuOpenD &", question("futu", "758").selectFirst("pre code").text());
    assertEquals("nohup ./OpenD &", question("moomoo", "758").selectFirst("pre code").text());
    shows("futu", "758", "configure FutuOpenD.xml", "moomoo");
    shows("moomoo", "758", "configure OpenD.xml", "FutuOpenD");
  }

  @Test
  void sharedAnswersThatNamedOneBrandAreBrandCorrect() throws IOException {
    shows("futu", "9285", "Futu background release", "moomoo");
    shows("futu", "2215", "py-futu-api", "moomoo");
    shows("moomoo", "2215", "py-moomoo-api", "futu");
    assertEquals(
        "https://www.futunn.com/download/OpenAPI?lang=en-US",
        question("futu", "9361").selectFirst(".answer a").attr("href"));
    assertEquals(
        "https://www.moomoo.com/download/OpenAPI",
        question("moomoo", "9516").selectFirst(".answer a").attr("href"));
    assertEquals(
        "https://openapi.futunn.com/futu-api-doc/en/opend/opend-cmd.html#149",
        question("futu", "801").selectFirst(".answer a").attr("href"));
  }

  @Test
  void q13KeepsEachBrandsOwnAnswer() throws IOException {
    shows("futu", "605", "send it to Futu's development engineers", "moomoo");
    shows("moomoo", "605", "Contact OpenAPI developers via QQ/WeChat", "Futu");
    shows("futu", "605", "%appdata%/com.futunn.FutuOpenD/Log", "com.moomoo");
    shows("moomoo", "605", "~/.com.moomoo.OpenD/Log", "futunn");
  }

  @Test
  void imagesAreBrandedAndCopied() throws IOException {
    for (String brand : List.of("futu", "moomoo")) {
      List<String> sources = sites.page(brand, "faq/opend.html").select("main img").eachAttr("src");
      assertEquals(6, sources.size(), brand + ": " + sources);
      for (String src : sources) {
        assertTrue(sites.exists(brand, "faq/" + src), brand + " ships " + src);
      }
    }
    assertTrue(sites.text("futu", "images/en-copied.svg").contains(">OpenD_5.2.1408_Windows<"));
    assertTrue(sites.text("moomoo", "images/en-copied.svg").contains("moomoo_OpenD_5.2.1408"));
  }

  @Test
  void everyLinkResolvesInTheSameBuildOrGoesToTheBrandsOwnDomains() throws IOException {
    List<String> futuDomains = List.of("futunn.com", "docs.appimage.org");
    List<String> moomooDomains = List.of("moomoo.com", "docs.appimage.org");
    int futu = sites.checkLinks("futu", futuDomains);
    int moomoo = sites.checkLinks("moomoo", moomooDomains);
    assertTrue(futu > 60 && moomoo > 60, "links checked: futu " + futu + ", moomoo " + moomoo);
  }

  @Test
  void homePageListsTheCategoryAndEveryQuestion() throws IOException {
    Document home = sites.page("moomoo", "index.html");
    assertEquals("moomoo OpenAPI Help", home.selectFirst("h1").text());
    // The FAQ's 21 questions and the 17 sections of the guide and the two reference pages.
    assertEquals(38, home.select(".category-card li a").size());
    assertEquals(21, home.select(".category-card li a[href^=faq/opend.html#]").size(), "the FAQ's");
    assertEquals("faq/opend.html#3127", home.selectFirst(".category-card li a").attr("href"));
  }
}
