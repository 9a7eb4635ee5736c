package kb.search;

/**
 * One script file of a site's browser search data. Immutable.
 *
 * @param path where it goes in the site, for example {@code search/w-70.js}
 * @param script the file's JavaScript: one call to {@code kbSearch.data(name, payload)}
 */
public record SearchDataFile(String path, String script) {

  /**
   * Whether the file holds text of the site (words, questions, snippets): all but the further
   * postings chunks ({@code search/p-*.js}), which hold question numbers and scores only.
   */
  public boolean holdsText() {
    return !path.startsWith("search/p-");
  }
}
