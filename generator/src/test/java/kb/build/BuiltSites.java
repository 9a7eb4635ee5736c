package kb.build;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Built sites, read back with Jsoup. */
final class BuiltSites {

  private final Path out;

  /**
   * @param out an output folder of {@code kb build}, with one folder per brand
   */
  BuiltSites(Path out) {
    this.out = out;
  }

  /** Builds every brand of a repository-shaped folder (content/, templates/) into {@code out}. */
  static BuiltSites build(Path repo, Path out) {
    return build(repo.resolve("content"), repo.resolve("templates"), out);
  }

  /** Builds every brand of a content folder with a templates folder into {@code out}. */
  static BuiltSites build(Path content, Path templates, Path out) {
    new SiteBuild().run(new BuildOptions(content, templates, out, "all"));
    return new BuiltSites(out);
  }

  Document page(String brand, String path) throws IOException {
    Path file = out.resolve(brand).resolve(path);
    return Jsoup.parse(file.toFile(), "UTF-8");
  }

  String text(String brand, String path) throws IOException {
    return Files.readString(out.resolve(brand).resolve(path));
  }

  boolean exists(String brand, String path) {
    return Files.isRegularFile(out.resolve(brand).resolve(path).normalize());
  }

  /**
   * Checks every href and src of every page of a brand: internal ones lead to a file of the same
   * site and, with a fragment, to an element with that id; external ones go to an allowed domain.
   *
   * @return how many links were checked
   */
  int checkLinks(String brand, List<String> allowedDomains) throws IOException {
    Path site = out.resolve(brand);
    int checked = 0;
    for (Path file : htmlFiles(site)) {
      Document doc = Jsoup.parse(file.toFile(), "UTF-8");
      for (Element link : doc.select("a[href], img[src], link[href], script[src]")) {
        String url = link.hasAttr("href") ? link.attr("href") : link.attr("src");
        check(site, file, url, allowedDomains);
        checked++;
      }
    }
    return checked;
  }

  private void check(Path site, Path page, String url, List<String> allowed) throws IOException {
    URI uri = URI.create(url);
    String where = site.relativize(page) + " -> " + url;
    if (uri.getScheme() != null) {
      String host = uri.getHost();
      assertTrue(
          allowed.stream().anyMatch(d -> host.equals(d) || host.endsWith("." + d)),
          "external link to an allowed domain: " + where);
      return;
    }
    Path target =
        uri.getPath().isEmpty() ? page : page.getParent().resolve(uri.getPath()).normalize();
    if (!target.startsWith(site) || !Files.isRegularFile(target)) {
      fail("internal link to a file of the site: " + where);
    }
    if (uri.getFragment() != null && !uri.getFragment().isEmpty()) {
      Document doc = Jsoup.parse(target.toFile(), "UTF-8");
      assertTrue(doc.getElementById(uri.getFragment()) != null, "anchor exists: " + where);
    }
  }

  private static List<Path> htmlFiles(Path site) {
    try (Stream<Path> walk = Files.walk(site)) {
      return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
