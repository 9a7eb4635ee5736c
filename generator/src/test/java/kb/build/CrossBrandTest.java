package kb.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import kb.TestContent;
import kb.brand.Brand;
import kb.brand.BrandCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing one brand's build writes (pages, assets, images, search data, sitemap, Lucene index)
 * names a host or doc-site path of another brand, so no page links to the other brand's sites.
 */
class CrossBrandTest {

  @TempDir static Path out;

  private static List<Brand> brands;

  @BeforeAll
  static void build() {
    Path repo = TestContent.repoRoot();
    BuiltSites.build(repo, out);
    brands = BrandCatalog.load(repo.resolve("content/brands")).all();
  }

  /** What gives a brand away in a URL: its hosts, its domains and its doc-site path. */
  private static Set<String> markers(Brand brand) {
    Set<String> markers = new TreeSet<>(brand.officialDomains());
    markers.add(URI.create(brand.docSite().url()).getHost());
    markers.add(brand.docSite().basePath());
    if (!brand.siteUrl().isEmpty()) {
      markers.add(URI.create(brand.siteUrl()).getHost());
    }
    return markers;
  }

  private static List<Path> files(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }

  @Test
  void theShippedBrandsAreToldApartByDomainAndDocPath() {
    Set<String> futu = markers(brands.get(0));
    assertTrue(futu.contains("futunn.com") && futu.contains("/futu-api-doc/"), futu.toString());
    Set<String> moomoo = markers(brands.get(1));
    assertTrue(
        moomoo.contains("moomoo.com") && moomoo.contains("/moomoo-api-doc/"), moomoo.toString());
  }

  @Test
  void noFileOfOneBrandNamesAnotherBrandsHostOrDocPath() throws IOException {
    List<String> leaks = new ArrayList<>();
    int checked = 0;
    for (Brand brand : brands) {
      List<Path> written = new ArrayList<>(files(out.resolve(brand.id())));
      written.addAll(files(SiteBuild.luceneIndex(out, brand.id())));
      for (Path file : written) {
        // ISO-8859-1 maps every byte to a char, so binary files (PNG, Lucene) are searched too.
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        for (Brand other : brands) {
          if (other == brand) {
            continue;
          }
          for (String marker : markers(other)) {
            if (text.contains(marker)) {
              leaks.add(brand.id() + ": " + out.relativize(file) + " contains " + marker);
            }
          }
        }
        checked++;
      }
    }
    assertEquals(List.of(), leaks);
    assertTrue(checked > 80, "files checked: " + checked);
  }

  @Test
  void eachBrandLinksItsOwnSitesOnly() throws IOException {
    for (Brand brand : brands) {
      String page = Files.readString(out.resolve(brand.id()).resolve("faq/opend.html"));
      for (String marker : markers(brand)) {
        if (!marker.startsWith("/")) {
          assertTrue(page.contains(marker), brand.id() + " links its own " + marker);
        }
      }
    }
  }
}
