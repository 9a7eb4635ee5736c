package kb.search;

import java.util.List;

/**
 * A brand's search index, built in memory: the Lucene index files (for {@code kb search}) and the
 * browser's script files (for the site). Immutable.
 *
 * @param luceneFiles the files of the Lucene index directory
 * @param browserFiles the site's {@code search/} scripts
 */
public record SearchIndex(List<IndexFile> luceneFiles, List<SearchDataFile> browserFiles) {

  public SearchIndex {
    luceneFiles = List.copyOf(luceneFiles);
    browserFiles = List.copyOf(browserFiles);
  }

  /**
   * One file of the Lucene index directory.
   *
   * @param name the file name
   * @param bytes its content (never modified)
   */
  public record IndexFile(String name, byte[] bytes) {}
}
