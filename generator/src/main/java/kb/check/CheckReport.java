package kb.check;

import java.util.ArrayList;
import java.util.List;
import kb.diagnostic.Diagnostic;

/**
 * What the checks of one brand's site looked at and found. Immutable.
 *
 * @param brand the brand id
 * @param pages FAQ pages checked
 * @param questions questions checked
 * @param links links, images, stylesheets and scripts checked in the site's HTML
 * @param problems what failed, empty when the site is clean
 */
public record CheckReport(
    String brand, int pages, int questions, int links, List<Diagnostic> problems) {

  public CheckReport {
    problems = List.copyOf(problems);
  }

  /** One report for the sites of one brand in several languages; null if any is null. */
  public static CheckReport sum(String brand, List<CheckReport> reports) {
    if (reports.stream().anyMatch(r -> r == null)) {
      return null;
    }
    List<Diagnostic> problems = new ArrayList<>();
    reports.forEach(r -> problems.addAll(r.problems()));
    return new CheckReport(
        brand,
        reports.stream().mapToInt(CheckReport::pages).sum(),
        reports.stream().mapToInt(CheckReport::questions).sum(),
        reports.stream().mapToInt(CheckReport::links).sum(),
        problems);
  }
}
