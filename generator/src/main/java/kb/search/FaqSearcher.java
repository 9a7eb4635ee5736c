package kb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import kb.search.QueryExpander.Expansion;
import kb.search.QueryExpander.WordQuery;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.sandbox.search.CombinedFieldQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

/**
 * The reference ranking: a query expanded by {@link QueryExpander}, scored by Lucene.
 *
 * <p>Each expansion is a {@link CombinedFieldQuery} (BM25F over question, weight 2, and answer)
 * boosted by the expansion's boost; each query word is a {@link DisjunctionMaxQuery} of its
 * expansions (its best match counts); the words are SHOULD clauses of a {@link BooleanQuery} (their
 * scores add up), but the words of a Han run are MUST clauses of one such clause, which a question
 * matches only if it matches them all. Ties go to the earlier question. Not thread-safe for
 * closing; searching is thread-safe.
 */
public final class FaqSearcher implements AutoCloseable {

  static final float QUESTION_WEIGHT = 2f;
  static final float ANSWER_WEIGHT = 1f;

  /** Best score first; of equal scores, the earlier question. */
  private static final Sort BY_SCORE =
      new Sort(
          SortField.FIELD_SCORE, new SortField(SearchIndexWriter.POSITION, SortField.Type.INT));

  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final SearchAnalysis analysis;
  private final Vocabulary vocabulary;
  private final QueryExpander expander;
  private final int[] positions;

  private FaqSearcher(DirectoryReader reader, SearchAnalysis analysis) throws IOException {
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.searcher.setSimilarity(new BM25Similarity());
    this.analysis = analysis;
    this.vocabulary = Vocabulary.read(searcher, analysis);
    this.expander = new QueryExpander(analysis, vocabulary);
    this.positions = positions(reader);
  }

  /** Each document's question position, by document id (documents were added in any order). */
  private static int[] positions(IndexReader reader) throws IOException {
    int[] positions = new int[reader.maxDoc()];
    for (LeafReaderContext leaf : reader.leaves()) {
      NumericDocValues values = leaf.reader().getNumericDocValues(SearchIndexWriter.POSITION);
      for (int doc = values.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = values.nextDoc()) {
        positions[leaf.docBase + doc] = Math.toIntExact(values.longValue());
      }
    }
    return positions;
  }

  /** Scores every term of the index at once, as {@link #termQuery} would one by one. */
  TermScores termScores() {
    return new TermScores(searcher, positions);
  }

  /** The position of the question a document holds. */
  int position(int doc) {
    return positions[doc];
  }

  /**
   * Opens an index with the analysis of the language it was written for (English for an index that
   * names none).
   */
  public static FaqSearcher open(Directory directory) {
    try {
      DirectoryReader reader = DirectoryReader.open(directory);
      String language =
          reader.getIndexCommit().getUserData().getOrDefault(SearchIndexWriter.LANGUAGE, "en");
      return new FaqSearcher(reader, SearchAnalysis.forLanguage(language));
    } catch (IOException e) {
      throw new UncheckedIOException("opening the search index", e);
    }
  }

  /** Opens an index, analysing queries with {@code analysis}. */
  public static FaqSearcher open(Directory directory, SearchAnalysis analysis) {
    try {
      return new FaqSearcher(DirectoryReader.open(directory), analysis);
    } catch (IOException e) {
      throw new UncheckedIOException("opening the search index", e);
    }
  }

  /** The Lucene query for one index term at boost 1: BM25F over question and answer. */
  static Query termQuery(String term) {
    return new CombinedFieldQuery.Builder()
        .addField(SearchIndexWriter.QUESTION, QUESTION_WEIGHT)
        .addField(SearchIndexWriter.ANSWER, ANSWER_WEIGHT)
        .addTerm(new BytesRef(term))
        .build();
  }

  /** The Lucene query for an expanded query; matches nothing when no word matches. */
  static Query query(List<WordQuery> words) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (int i = 0; i < words.size(); ) {
      WordQuery word = words.get(i);
      if (word.run() < 0) {
        if (!word.expansions().isEmpty()) {
          all.add(wordQuery(word), BooleanClause.Occur.SHOULD);
        }
        i++;
        continue;
      }
      int end = i;
      while (end < words.size() && words.get(end).run() == word.run()) {
        end++;
      }
      List<WordQuery> run = words.subList(i, end);
      i = end;
      // A Han run matches a question only where every one of its bigrams does.
      if (run.stream().noneMatch(w -> w.expansions().isEmpty())) {
        BooleanQuery.Builder each = new BooleanQuery.Builder();
        run.forEach(w -> each.add(wordQuery(w), BooleanClause.Occur.MUST));
        all.add(each.build(), BooleanClause.Occur.SHOULD);
      }
    }
    return all.build();
  }

  /** One word: the best of its expansions. */
  private static Query wordQuery(WordQuery word) {
    List<Query> alternatives = new ArrayList<>();
    for (Expansion expansion : word.expansions()) {
      alternatives.add(new BoostQuery(termQuery(expansion.term()), expansion.boost()));
    }
    return new DisjunctionMaxQuery(alternatives, 0f);
  }

  public List<SearchHit> search(String query, int limit) {
    try {
      TopDocs top =
          searcher.search(query(expander.expand(query)), Math.max(1, limit), BY_SCORE, true);
      List<SearchHit> hits = new ArrayList<>();
      for (ScoreDoc scoreDoc : top.scoreDocs) {
        Document doc = searcher.storedFields().document(scoreDoc.doc);
        hits.add(
            new SearchHit(
                position(scoreDoc.doc),
                scoreDoc.score,
                doc.get(SearchIndexWriter.URL),
                doc.getField(SearchIndexWriter.NUMBER).numericValue().intValue(),
                doc.get(SearchIndexWriter.QUESTION),
                doc.get(SearchIndexWriter.PAGE_TITLE)));
      }
      return hits;
    } catch (IOException e) {
      throw new UncheckedIOException("searching", e);
    }
  }

  /** The analysis queries are analysed with; its language is the site's. */
  public SearchAnalysis analysis() {
    return analysis;
  }

  public QueryExpander expander() {
    return expander;
  }

  public Vocabulary vocabulary() {
    return vocabulary;
  }

  IndexSearcher searcher() {
    return searcher;
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
