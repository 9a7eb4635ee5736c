package kb.search;

/**
 * One ranked question. Immutable.
 *
 * @param doc the question's position in the index
 * @param score the Lucene score
 * @param url the question's URL relative to the site root
 * @param number the question's number on its page
 * @param question the question text
 * @param pageTitle the title of the question's page
 */
public record SearchHit(
    int doc, float score, String url, int number, String question, String pageTitle) {

  /** The same hit, its URL inside {@code folder} (a language's site inside its brand's). */
  public SearchHit inFolder(String folder) {
    return new SearchHit(doc, score, folder + url, number, question, pageTitle);
  }
}
