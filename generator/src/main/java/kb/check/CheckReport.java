package kb.check;

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
}
