package kb.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kb.brand.Brand;

/**
 * The images of an imported page. Each becomes a file of the content folder's {@code images/},
 * named after its alt text (or its file name without the help center's content hash), so the page
 * is written whole; an image embedded in the export ({@code data:image/png;base64,…}) is written
 * there, a remote or removed one goes on the report's list of images to add. Where the brands'
 * variants show different files under the same name, the first brand's is the shared file and each
 * other brand's goes under {@code brands/<id>/images/}, which replaces it in that brand's site. Not
 * thread-safe: one per page.
 */
final class PageImages {

  private static final Pattern DATA = Pattern.compile("data:image/(png|jpeg|gif|webp);base64,(.*)");
  private static final Pattern HASH = Pattern.compile("\\.[0-9a-f]{6,}(?=\\.[A-Za-z0-9]+$)");
  private static final List<String> EXTENSIONS =
      List.of("png", "jpg", "jpeg", "gif", "svg", "webp");

  /** An image to add: its source and export line for each brand index (-1: every brand). */
  private record Wanted(Map<Integer, String> sources, Map<Integer, Integer> lines) {}

  private final Path contentDir;
  private final String prefix;
  private final Path file;
  private final Map<String, Wanted> wanted = new LinkedHashMap<>();
  private final Map<String, byte[]> embedded = new LinkedHashMap<>();
  private int variant = -1;

  private final List<Brand.DocSite> docSites;

  /**
   * @param contentDir the content folder
   * @param pagePath the page's path in it, for the relative path of {@code images/}
   * @param file the export file, for the report
   * @param docSites the brands' doc sites, where a root path such as {@code
   *     /moomoo-api-doc/assets/img/a.png} is
   */
  PageImages(Path contentDir, String pagePath, Path file, List<Brand.DocSite> docSites) {
    this.docSites = List.copyOf(docSites);
    this.contentDir = contentDir;
    this.prefix = "../".repeat((int) pagePath.chars().filter(c -> c == '/').count());
    this.file = file;
  }

  /** Which brand variant of the answer the next images are in, or -1 for text every brand has. */
  void inVariant(int index) {
    variant = index;
  }

  /** The image's path in the page, relative to it. */
  String map(String alt, String src, int line) {
    String source = src.strip();
    Matcher data = DATA.matcher(source);
    String extension = data.matches() ? data.group(1).replace("jpeg", "jpg") : extension(source);
    String target = "images/" + name(alt, source, line) + "." + extension;
    if (data.matches()) {
      try {
        embedded.putIfAbsent(target, Base64.getMimeDecoder().decode(data.group(2)));
        return prefix + target;
      } catch (IllegalArgumentException e) {
        source = "";
      }
    }
    if (!Files.exists(contentDir.resolve(target))) {
      Wanted entry =
          wanted.computeIfAbsent(
              target, t -> new Wanted(new LinkedHashMap<>(), new LinkedHashMap<>()));
      entry.sources().putIfAbsent(variant, source.startsWith("data:") ? "" : absolute(source));
      entry.lines().putIfAbsent(variant, line);
    }
    return prefix + target;
  }

  /** The files embedded in the export, by path in the content folder, to write with the page. */
  Map<String, byte[]> embedded() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    embedded.forEach(
        (target, bytes) -> {
          Path existing = contentDir.resolve(target);
          try {
            if (!Files.exists(existing)) {
              files.put(target, bytes);
            } else if (!Arrays.equals(Files.readAllBytes(existing), bytes)) {
              files.put(target, null);
            }
          } catch (IOException e) {
            files.put(target, null);
          }
        });
    return files;
  }

  /**
   * Lists the images to add in the report, now that the variants' brands are known.
   *
   * @param brandOf the brand id of each variant index
   * @param firstBrand the brand whose file is the shared one
   */
  void report(ImportReport report, Map<Integer, String> brandOf, String firstBrand) {
    wanted.forEach(
        (target, entry) -> {
          List<String> distinct = entry.sources().values().stream().distinct().toList();
          if (distinct.size() <= 1) {
            int line = entry.lines().values().iterator().next();
            report.image(new ImportReport.Image(target, distinct.get(0), file, line));
            return;
          }
          List<ImportReport.Image> images = new ArrayList<>();
          entry
              .sources()
              .forEach(
                  (index, source) -> {
                    String brand = brandOf.getOrDefault(index, firstBrand);
                    String path =
                        brand.equals(firstBrand) ? target : "brands/" + brand + "/" + target;
                    images.add(
                        new ImportReport.Image(path, source, file, entry.lines().get(index)));
                  });
          images.forEach(report::image);
        });
  }

  /** A root path of a doc site as the URL to download it from. */
  private String absolute(String source) {
    for (Brand.DocSite site : docSites) {
      if (source.startsWith(site.basePath())) {
        return site.url() + source.substring(site.basePath().length());
      }
    }
    return source;
  }

  private static String name(String alt, String source, int line) {
    String slug = slug(alt);
    if (slug.isEmpty() && !source.startsWith("data:")) {
      String base = source.replaceFirst("[?#].*$", "");
      base = base.substring(base.lastIndexOf('/') + 1);
      base = HASH.matcher(base).replaceFirst("");
      int dot = base.lastIndexOf('.');
      slug = slug(dot < 0 ? base : base.substring(0, dot));
    }
    return slug.isEmpty() ? "image-" + line : slug;
  }

  private static String slug(String text) {
    return text.strip().replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("^-+|-+$", "");
  }

  private static String extension(String source) {
    String path = source.replaceFirst("[?#].*$", "");
    int dot = path.lastIndexOf('.');
    String extension = dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
    if (extension.equals("jpeg")) {
      return "jpg";
    }
    return EXTENSIONS.contains(extension) ? extension : "png";
  }
}
