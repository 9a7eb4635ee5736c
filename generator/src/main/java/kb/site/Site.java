package kb.site;

import java.util.Comparator;
import java.util.List;

/**
 * A finished site for one brand, ready to write. Immutable; files sorted by path.
 *
 * @param name the folder it is written to inside the output folder: the brand id, or a path such as
 *     {@code .lucene/futu}
 * @param files every file of the site
 */
public record Site(String name, List<SiteFile> files) {

  public Site {
    files = files.stream().sorted(Comparator.comparing(SiteFile::path)).toList();
  }
}
