package kb.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** The one-walk term scores equal, bit for bit, what Lucene's CombinedFieldQuery scores. */
class TermScoresTest {

  private static final SearchAnalysis ANALYSIS = new SearchAnalysis();

  /** 1,200 questions of random words from a small pool: terms match up to hundreds each. */
  private static List<QuestionDoc> randomQuestions() {
    Random random = new Random(20261125);
    List<QuestionDoc> docs = new ArrayList<>();
    for (int i = 0; i < 1200; i++) {
      docs.add(
          new QuestionDoc(
              i,
              "p.html#" + i,
              i + 1,
              text(random, 1 + random.nextInt(12)),
              "Page",
              // Some answers are empty: their questions have only the question field's length.
              i % 17 == 0 ? "" : text(random, random.nextInt(400))));
    }
    return docs;
  }

  @Test
  void everyTermScoresEveryQuestionExactlyAsTheTermQueryDoesAcrossSegments() throws IOException {
    List<QuestionDoc> docs = randomQuestions();
    try (Directory directory = threeSegments(docs);
        FaqSearcher searcher = FaqSearcher.open(directory, ANALYSIS)) {
      assertEquals(3, searcher.searcher().getIndexReader().leaves().size());
      List<String> terms = terms(searcher.searcher());
      assertTrue(terms.size() > 100, "terms: " + terms.size());
      List<TermScores.Matches> walked = searcher.termScores().of(terms);
      for (int t = 0; t < terms.size(); t++) {
        String term = terms.get(t);
        ImpactPostings expected = queried(searcher, term);
        TermScores.Matches matches = walked.get(t);
        ImpactPostings actual = ImpactPostings.of(matches.docs(), matches.scores());
        assertArrayEquals(expected.docs(), actual.docs(), term);
        assertArrayEquals(expected.scores(), actual.scores(), 0f, term);
      }
    }
  }

  @Test
  void scoreCodesRebuildLucenesFloatsForNearlyEveryPostingInImpactOrder() throws IOException {
    try (Directory directory = threeSegments(randomQuestions());
        FaqSearcher searcher = FaqSearcher.open(directory, ANALYSIS)) {
      TermScores scores = searcher.termScores();
      int postings = 0;
      int coded = 0;
      int termsScoredByAnotherDf = 0;
      for (TermScores.Matches matches : scores.of(terms(searcher.searcher()))) {
        ImpactPostings term = ImpactPostings.of(matches);
        termsScoredByAnotherDf += term.scoredDf() == term.df() ? 0 : 1;
        for (int i = 0; i < term.df(); i++) {
          postings++;
          if (term.codes()[i] != ScoreCodes.WHOLE) {
            coded++;
            float rebuilt =
                scores.codes().scoreOf(scores.codes().weight(term.scoredDf()), term.codes()[i]);
            assertEquals(
                Float.floatToIntBits(term.scores()[i]), Float.floatToIntBits(rebuilt), "" + i);
          }
        }
      }
      // Answers of up to 400 words from a pool of 40: some frequencies pass 15, most do not.
      assertTrue(coded > postings * 0.9 && coded < postings, coded + " of " + postings);
      assertTrue(termsScoredByAnotherDf > 0, "a term in one question's question, another's answer");
    }
  }

  @Test
  void aTermTheIndexDoesNotHoldMatchesNothing() throws IOException {
    List<QuestionDoc> docs = List.of(new QuestionDoc(0, "p.html#a", 1, "How?", "Page", "Thus."));
    try (Directory directory = threeSegments(docs);
        FaqSearcher searcher = FaqSearcher.open(directory, ANALYSIS)) {
      TermScores.Matches none = searcher.termScores().of(List.of("zzz")).get(0);
      assertEquals(0, none.docs().length);
    }
  }

  /** The questions written in three commits, so in three segments, in an order of their own. */
  private static Directory threeSegments(List<QuestionDoc> docs) throws IOException {
    Directory directory = new ByteBuffersDirectory();
    IndexWriterConfig config =
        new IndexWriterConfig(ANALYSIS.index())
            .setSimilarity(new BM25Similarity())
            .setMergePolicy(NoMergePolicy.INSTANCE);
    List<QuestionDoc> shuffled = new ArrayList<>(docs);
    java.util.Collections.shuffle(shuffled, new Random(7));
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      for (int part = 0; part < 3; part++) {
        int from = shuffled.size() * part / 3;
        int to = shuffled.size() * (part + 1) / 3;
        for (QuestionDoc doc : shuffled.subList(from, to)) {
          writer.addDocument(SearchIndexWriter.document(doc));
        }
        writer.commit();
      }
    }
    return directory;
  }

  /** The reference: the term's CombinedFieldQuery, walked with its own scorer. */
  private static ImpactPostings queried(FaqSearcher searcher, String term) throws IOException {
    IndexSearcher index = searcher.searcher();
    Weight weight =
        index.createWeight(index.rewrite(FaqSearcher.termQuery(term)), ScoreMode.COMPLETE, 1f);
    int[] docs = new int[0];
    float[] scores = new float[0];
    for (LeafReaderContext leaf : index.getIndexReader().leaves()) {
      Scorer scorer = weight.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      DocIdSetIterator it = scorer.iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        docs = Arrays.copyOf(docs, docs.length + 1);
        scores = Arrays.copyOf(scores, scores.length + 1);
        docs[docs.length - 1] = searcher.position(leaf.docBase + doc);
        scores[scores.length - 1] = scorer.score();
      }
    }
    return ImpactPostings.of(docs, scores);
  }

  private static List<String> terms(IndexSearcher searcher) throws IOException {
    TreeSet<String> all = new TreeSet<>();
    for (String field : List.of(SearchIndexWriter.QUESTION, SearchIndexWriter.ANSWER)) {
      Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), field);
      TermsEnum each = terms.iterator();
      for (BytesRef term = each.next(); term != null; term = each.next()) {
        all.add(term.utf8ToString());
      }
    }
    List<String> sorted = new ArrayList<>(all);
    sorted.sort(Vocabulary::compareCodePoints);
    return sorted;
  }

  private static String text(Random random, int words) {
    String[] pool = {
      "opend", "quote", "futu", "moomoo", "account", "login", "port", "11111", "OpenD.xml", "api",
      "connect", "connection", "connected", "market", "data", "right", "rights", "the", "a", "of",
      "auto_hold_quote_right", "trade", "trading", "unlock", "password", "device", "verify"
    };
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words; i++) {
      text.append(i == 0 ? "" : " ").append(pool[random.nextInt(pool.length)]);
      if (random.nextInt(9) == 0) {
        text.append(" w").append(random.nextInt(500));
      }
    }
    return text.toString();
  }
}
