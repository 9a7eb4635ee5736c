package kb.search;

import java.util.List;

/**
 * What a brand's search stage gives the site: the browser's script files. The Lucene index itself
 * stays in the folder it was written into (for {@code kb search}). Immutable.
 *
 * @param browserFiles the site's {@code search/} scripts
 */
public record SearchIndex(List<SearchDataFile> browserFiles) {

  public SearchIndex {
    browserFiles = List.copyOf(browserFiles);
  }
}
