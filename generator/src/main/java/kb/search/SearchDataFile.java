package kb.search;

/**
 * One script file of a site's browser search data. Immutable.
 *
 * @param path where it goes in the site, for example {@code search/w-70.js}
 * @param script the file's JavaScript: one call to {@code kbSearch.data(name, payload)}
 * @param text the site's text the browser reads from it, for the checks: the script itself, or for
 *     a word shard, whose words are front-coded, its words one a line; empty for the further
 *     postings chunks ({@code search/p-*.js}), which hold question numbers and scores only
 */
public record SearchDataFile(String path, String script, String text) {

  /** A file whose text is its script as written. */
  public SearchDataFile(String path, String script) {
    this(path, script, script);
  }

  /** Whether the file holds text of the site (words, questions, snippets). */
  public boolean holdsText() {
    return !text.isEmpty();
  }
}
