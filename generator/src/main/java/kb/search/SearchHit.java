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
    int doc, float score, String url, int number, String question, String pageTitle) {}
