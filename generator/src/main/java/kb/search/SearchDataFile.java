package kb.search;

/**
 * One script file of a site's browser search data. Immutable.
 *
 * @param path where it goes in the site, for example {@code search/w-70.js}
 * @param script the file's JavaScript: one call to {@code kbSearch.data(name, payload)}
 */
public record SearchDataFile(String path, String script) {}
