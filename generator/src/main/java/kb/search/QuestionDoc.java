package kb.search;

/**
 * One question as the search index holds it: one Lucene document, one browser result. Immutable.
 *
 * @param id the document's position in the index, from 0, in page and question order
 * @param url the question's URL relative to the site root, for example {@code faq/opend.html#3127}
 * @param number the question's number on its page
 * @param question the question text
 * @param pageTitle the title of the question's page
 * @param answer the answer as plain text
 */
public record QuestionDoc(
    int id, String url, int number, String question, String pageTitle, String answer) {}
