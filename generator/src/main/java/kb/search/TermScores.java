package kb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.SmallFloat;

/**
 * Every question a term matches, with the exact float score {@link FaqSearcher#termQuery} (a {@code
 * CombinedFieldQuery}) gives it at boost 1, for all terms of an index in one walk.
 *
 * <p>Running that query per term costs a fresh term lookup in every segment and field for each of a
 * large site's hundreds of thousands of terms; this class makes the same computation with Lucene's
 * own statistics and similarity, but walks each segment's terms in order with one enumerator. The
 * steps copy {@code CombinedFieldQuery.CombinedFieldWeight} and {@code MultiNormsLeafSimScorer} of
 * Lucene 9.12: the term's document frequency is the largest of its fields', its total frequency and
 * the collection's are weighted sums, a document's frequency is the weighted sum of its fields' and
 * its length the weighted sum of their decoded norms. A test holds every score equal to the
 * query's.
 *
 * <p>One instance serves one reader; {@link #of} is thread-safe for terms in any order, but each
 * call should get a run of sorted terms: the enumerators move forward cheaply.
 */
final class TermScores {

  /** Document lengths as Lucene stores them in a norm byte, decoded. */
  private static final float[] LENGTH_TABLE = new float[256];

  static {
    for (int i = 0; i < 256; i++) {
      LENGTH_TABLE[i] = SmallFloat.byte4ToInt((byte) i);
    }
  }

  private static final List<String> FIELDS =
      List.of(SearchIndexWriter.ANSWER, SearchIndexWriter.QUESTION);

  private final IndexSearcher searcher;
  private final float[] weights;
  private final CollectionStatistics collection;
  private final int[] positions;
  private final byte[][] norms;
  private final ScoreCodes codes;

  /**
   * @param positions each document's question position, by document id
   */
  TermScores(IndexSearcher searcher, int[] positions) {
    this.searcher = searcher;
    this.weights = new float[FIELDS.size()];
    for (int f = 0; f < FIELDS.size(); f++) {
      weights[f] =
          FIELDS.get(f).equals(SearchIndexWriter.QUESTION)
              ? FaqSearcher.QUESTION_WEIGHT
              : FaqSearcher.ANSWER_WEIGHT;
    }
    this.positions = positions;
    try {
      this.collection = collectionStatistics();
      this.norms = combinedNorms(searcher.getIndexReader());
      this.codes = new ScoreCodes(collection);
    } catch (IOException e) {
      throw new UncheckedIOException("reading the search index", e);
    }
  }

  /**
   * A term's matches: question positions, scores and their {@link ScoreCodes codes}, in no
   * particular order, and the document frequency Lucene scores the term with (its fields' largest,
   * not always how many questions it matches).
   */
  record Matches(int[] docs, float[] scores, int[] codes, int scoredDf) {}

  /** How the browser rebuilds this index's scores. */
  ScoreCodes codes() {
    return codes;
  }

  /** The matches of each of {@code terms}, in the same order; best given sorted. */
  List<Matches> of(List<String> terms) {
    try {
      Walk walk = new Walk();
      return terms.stream().map(t -> walk.matches(new BytesRef(t))).toList();
    } catch (UncheckedIOException e) {
      throw new UncheckedIOException("scoring terms", e.getCause());
    }
  }

  /** The enumerators of one run of terms: one per segment and field. */
  private final class Walk {

    private final List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    private final TermsEnum[][] enums = new TermsEnum[leaves.size()][FIELDS.size()];
    private final boolean[][] found = new boolean[leaves.size()][FIELDS.size()];
    // Per segment: an enumerator can be reused only for the segment that made it.
    private final PostingsEnum[][] reuse = new PostingsEnum[leaves.size()][FIELDS.size()];
    // The document frequency of the term last sought.
    private int df;

    Walk() {
      try {
        for (int l = 0; l < leaves.size(); l++) {
          for (int f = 0; f < FIELDS.size(); f++) {
            Terms terms = leaves.get(l).reader().terms(FIELDS.get(f));
            enums[l][f] = terms == null ? null : terms.iterator();
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    Matches matches(BytesRef term) {
      try {
        Similarity.SimScorer scorer = scorer(term);
        if (scorer == null) {
          return new Matches(new int[0], new float[0], new int[0], 0);
        }
        Collector out = new Collector(df, codes.weight(df));
        for (int l = 0; l < leaves.size(); l++) {
          collect(l, scorer, out);
        }
        return out.matches();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Seeks the term in every segment and field; its similarity scorer, or null if unused. */
    private Similarity.SimScorer scorer(BytesRef term) throws IOException {
      long[] docFreq = new long[FIELDS.size()];
      long[] totalFreq = new long[FIELDS.size()];
      for (int l = 0; l < leaves.size(); l++) {
        for (int f = 0; f < FIELDS.size(); f++) {
          TermsEnum each = enums[l][f];
          found[l][f] = each != null && each.seekExact(term);
          if (found[l][f]) {
            docFreq[f] += each.docFreq();
            totalFreq[f] += each.totalTermFreq();
          }
        }
      }
      long df = 0;
      long ttf = 0;
      for (int f = 0; f < FIELDS.size(); f++) {
        if (docFreq[f] > 0) {
          df = Math.max(docFreq[f], df);
          // As Lucene adds them: a double product into a long sum.
          ttf += (double) weights[f] * totalFreq[f];
        }
      }
      if (df == 0) {
        return null;
      }
      this.df = Math.toIntExact(df);
      TermStatistics stats = new TermStatistics(new BytesRef("pseudo_term"), df, Math.max(1, ttf));
      return searcher.getSimilarity().scorer(1f, collection, stats);
    }

    /** Merges the term's postings of both fields in one segment, doc by doc. */
    private void collect(int l, Similarity.SimScorer scorer, Collector out) throws IOException {
      PostingsEnum[] postings = new PostingsEnum[FIELDS.size()];
      int[] current = new int[FIELDS.size()];
      for (int f = 0; f < FIELDS.size(); f++) {
        if (found[l][f]) {
          reuse[l][f] = enums[l][f].postings(reuse[l][f], PostingsEnum.FREQS);
          postings[f] = reuse[l][f];
          current[f] = postings[f].nextDoc();
        } else {
          current[f] = DocIdSetIterator.NO_MORE_DOCS;
        }
      }
      int docBase = leaves.get(l).docBase;
      while (true) {
        int doc = Math.min(current[0], current[1]);
        if (doc == DocIdSetIterator.NO_MORE_DOCS) {
          return;
        }
        float freq = 0;
        for (int f = 0; f < FIELDS.size(); f++) {
          if (current[f] == doc) {
            freq += weights[f] * postings[f].freq();
            current[f] = postings[f].nextDoc();
          }
        }
        int global = docBase + doc;
        byte norm = norms[l][doc];
        float score = scorer.score(freq, norm);
        out.add(positions[global], score, codes.code(out.weight, freq, norm, score));
      }
    }
  }

  /** The matches of one term as they are found. */
  private static final class Collector {
    private final int df;
    private final float weight;
    private int[] docs = new int[16];
    private float[] scores = new float[16];
    private int[] codes = new int[16];
    private int size;

    Collector(int df, float weight) {
      this.df = df;
      this.weight = weight;
    }

    void add(int doc, float score, int code) {
      if (size == docs.length) {
        docs = Arrays.copyOf(docs, size * 2);
        scores = Arrays.copyOf(scores, size * 2);
        codes = Arrays.copyOf(codes, size * 2);
      }
      docs[size] = doc;
      codes[size] = code;
      scores[size++] = score;
    }

    Matches matches() {
      return new Matches(
          Arrays.copyOf(docs, size), Arrays.copyOf(scores, size), Arrays.copyOf(codes, size), df);
    }
  }

  /** The collection statistics {@code CombinedFieldQuery} scores with: its pseudo field's. */
  private CollectionStatistics collectionStatistics() throws IOException {
    long maxDoc = 0;
    long docCount = 0;
    long sumTotalTermFreq = 0;
    long sumDocFreq = 0;
    for (int f = 0; f < FIELDS.size(); f++) {
      CollectionStatistics stats = searcher.collectionStatistics(FIELDS.get(f));
      if (stats != null) {
        maxDoc = Math.max(stats.maxDoc(), maxDoc);
        docCount = Math.max(stats.docCount(), docCount);
        sumDocFreq = Math.max(stats.sumDocFreq(), sumDocFreq);
        sumTotalTermFreq += (double) weights[f] * stats.sumTotalTermFreq();
      }
    }
    if (docCount == 0) {
      // An index without questions: no term is ever scored.
      return null;
    }
    return new CollectionStatistics("pseudo_field", maxDoc, docCount, sumTotalTermFreq, sumDocFreq);
  }

  /**
   * Each document's combined length as a norm byte, per segment: the weighted sum of its fields'
   * decoded lengths, re-encoded, as {@code MultiNormsLeafSimScorer} computes it.
   */
  private byte[][] combinedNorms(IndexReader reader) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    byte[][] combined = new byte[leaves.size()][];
    for (int l = 0; l < leaves.size(); l++) {
      LeafReader leaf = leaves.get(l).reader();
      float[] length = new float[leaf.maxDoc()];
      for (int f = 0; f < FIELDS.size(); f++) {
        NumericDocValues norms = leaf.getNormValues(FIELDS.get(f));
        if (norms == null) {
          continue;
        }
        for (int doc = norms.nextDoc();
            doc != DocIdSetIterator.NO_MORE_DOCS;
            doc = norms.nextDoc()) {
          length[doc] += weights[f] * LENGTH_TABLE[Byte.toUnsignedInt((byte) norms.longValue())];
        }
      }
      combined[l] = new byte[leaf.maxDoc()];
      for (int doc = 0; doc < length.length; doc++) {
        combined[l][doc] = SmallFloat.intToByte4(Math.round(length[doc]));
      }
    }
    return combined;
  }
}
