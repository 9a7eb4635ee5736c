package kb.importer;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Where the export's links lead in kb: a link to the page itself ({@code ./qa_opend.md#3127})
 * becomes {@code #3127}, one to another page imported with it a relative {@code .md} link, one to
 * any other page of the help center ({@code ./opend_opend-cmd.md#8799}, {@code
 * ../ftapi/common.html#8800}) a doc-site link, which kb maps to each brand's doc site. Immutable.
 */
final class PageLinks {

  private final String ownName;
  private final Map<String, String> imported;
  private final String pagePath;
  private final String docPath;
  private final String docBase;
  private final String docLanguage;
  private final List<String> docBases;

  /**
   * @param ownName the page's name in the export's links, or empty
   * @param imported kb page paths ({@code faq/opend.md}) of the pages imported together, by export
   *     name
   * @param pagePath the page's path in the content folder
   * @param docPath where the page lives on the doc sites ({@code en/qa/opend.html}), or empty
   * @param docBases every brand's doc-site base path; the first is written
   * @param docLanguage the doc sites' folder of the export's language ({@code en}), or empty
   */
  PageLinks(
      String ownName,
      Map<String, String> imported,
      String pagePath,
      String docPath,
      List<String> docBases,
      String docLanguage) {
    this.ownName = ownName;
    this.imported = Map.copyOf(imported);
    this.pagePath = pagePath;
    this.docPath = docPath;
    this.docBases = List.copyOf(docBases);
    this.docBase = docBases.isEmpty() ? "/" : docBases.get(0);
    this.docLanguage = docLanguage;
  }

  /**
   * @param url a link target as exported
   * @param where the export file and line, for the report
   */
  String map(String url, Path file, int line, ImportReport report) {
    String target = url.strip();
    if (target.isEmpty()
        || target.startsWith("#")
        || target.startsWith("//")
        || hasScheme(target)
        || docBases.stream().anyMatch(target::startsWith)) {
      return target;
    }
    int hash = target.indexOf('#');
    String path = hash < 0 ? target : target.substring(0, hash);
    String fragment = hash < 0 ? "" : target.substring(hash);
    String name = ExportReader.Heading.pageName(path);
    if (path.endsWith(".md")) {
      if (name.equals(ownName)) {
        return fragment.isEmpty() ? "#" : fragment;
      }
      String page = imported.get(name);
      if (page != null) {
        return relative(page) + fragment;
      }
      return docBase + language() + name.replaceFirst("_", "/") + ".html" + fragment;
    }
    if (path.endsWith(".html")) {
      if (docPath.isEmpty()) {
        report.add(
            file,
            line,
            "a relative link to '" + target + "', and the export does not say where its page is",
            "took it as relative to the doc site's language folder: check it");
        return docBase + language() + strippedDots(path) + fragment;
      }
      String resolved = URI.create(docPath).resolve(path).normalize().toString();
      return docBase + resolved.replaceFirst("^/", "") + fragment;
    }
    report.add(
        file, line, "a link to '" + target + "', which kb cannot place", "kept it as it was");
    return target;
  }

  private String language() {
    return docLanguage.isEmpty() ? "" : docLanguage + "/";
  }

  private static String strippedDots(String path) {
    String rest = path;
    while (rest.startsWith("../") || rest.startsWith("./")) {
      rest = rest.substring(rest.indexOf('/') + 1);
    }
    return rest;
  }

  /** {@code page} relative to this page's folder. */
  private String relative(String page) {
    Path from = Path.of(pagePath).getParent();
    Path to = Path.of(page);
    return (from == null ? to : from.relativize(to)).toString().replace('\\', '/');
  }

  private static boolean hasScheme(String url) {
    int colon = url.indexOf(':');
    return colon > 0 && url.substring(0, colon).matches("[A-Za-z][A-Za-z0-9+.-]*");
  }
}
