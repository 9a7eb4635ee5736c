package kb.search;

import java.util.Arrays;

/**
 * One term's postings in impact order, best score first (ties: earlier question first), cut into
 * chunks of 10, 40, 160, ... postings. A browser loads a term's chunks best first and stops as soon
 * as the top results cannot change, so a query loads the best postings of its words, not all.
 * Immutable.
 *
 * @param docs question ids in impact order
 * @param scores the float score Lucene gives each question for the term at boost 1
 * @param codes each score's {@link ScoreCodes code}
 * @param scoredDf the document frequency Lucene scores the term with
 */
record ImpactPostings(int[] docs, float[] scores, int[] codes, int scoredDf) {

  static final int FIRST_CHUNK = 10;
  static final int GROWTH = 4;

  /** A term's matches, found in any order, in impact order. */
  static ImpactPostings of(TermScores.Matches matches) {
    return of(matches.docs(), matches.scores(), matches.codes(), matches.scoredDf());
  }

  /** Postings in impact order whose scores are all written whole, their df their count. */
  static ImpactPostings of(int[] docsAnyOrder, float[] scoresAnyOrder) {
    int[] whole = new int[docsAnyOrder.length];
    Arrays.fill(whole, ScoreCodes.WHOLE);
    return of(docsAnyOrder, scoresAnyOrder, whole, docsAnyOrder.length);
  }

  /**
   * Scores are positive floats, whose bits sort as the floats do, so one primitive sort of
   * (inverted score bits, question) keys gives the order. A second sort of (inverted score bits,
   * code) gives each place a code of its score: codes of equal scores stand for the same float.
   */
  private static ImpactPostings of(
      int[] docsAnyOrder, float[] scoresAnyOrder, int[] codesAnyOrder, int scoredDf) {
    long[] keys = new long[docsAnyOrder.length];
    long[] codeKeys = new long[docsAnyOrder.length];
    for (int i = 0; i < keys.length; i++) {
      // Not NaN, not negative (not even -0.0, whose sign bit would sort it first).
      if (!(scoresAnyOrder[i] >= 0) || Float.floatToRawIntBits(scoresAnyOrder[i]) < 0) {
        throw new IllegalArgumentException("score not positive: " + scoresAnyOrder[i]);
      }
      long inverted = Integer.MAX_VALUE - Float.floatToIntBits(scoresAnyOrder[i]);
      keys[i] = inverted << 32 | Integer.toUnsignedLong(docsAnyOrder[i]);
      codeKeys[i] = inverted << 32 | codesAnyOrder[i];
    }
    Arrays.sort(keys);
    Arrays.sort(codeKeys);
    int[] docs = new int[keys.length];
    float[] scores = new float[keys.length];
    int[] codes = new int[keys.length];
    for (int i = 0; i < keys.length; i++) {
      docs[i] = (int) keys[i];
      scores[i] = Float.intBitsToFloat(Integer.MAX_VALUE - (int) (keys[i] >>> 32));
      codes[i] = (int) codeKeys[i];
    }
    return new ImpactPostings(docs, scores, codes, scoredDf);
  }

  int df() {
    return docs.length;
  }

  int chunkCount() {
    int count = 0;
    for (int start = 0; start < docs.length; start = end(count - 1)) {
      count++;
    }
    return Math.max(count, 1);
  }

  /** Where chunk {@code k} starts: 0, 10, 50, 210, ... */
  static int start(int k) {
    int start = 0;
    int size = FIRST_CHUNK;
    for (int i = 0; i < k; i++) {
      start += size;
      size *= GROWTH;
    }
    return start;
  }

  int end(int k) {
    return Math.min(docs.length, start(k + 1));
  }

  int[] chunkDocs(int k) {
    return Arrays.copyOfRange(docs, Math.min(start(k), docs.length), end(k));
  }

  /**
   * The chunk's scores as {@link ScoreCodes} write them. When postings follow, one more: the best
   * of their scores, the most a question not loaded yet can get from the term. Without it the
   * browser could only bound them by the chunk's last score, which they may equal, and would load
   * the next chunk to rule out a tie.
   */
  String chunkScores(int k) {
    StringBuilder out = new StringBuilder();
    appendChunkScores(k, out);
    return out.toString();
  }

  /**
   * How many scores {@link #chunkScores} writes: the chunk's, and one more when postings follow.
   */
  int chunkScoreCount(int k) {
    return Math.min(docs.length, end(k) + 1) - Math.min(start(k), docs.length);
  }

  /** Appends the scores of {@link #chunkScores}. */
  void appendChunkScores(int k, StringBuilder out) {
    int from = Math.min(start(k), docs.length);
    for (int i = from; i < from + chunkScoreCount(k); i++) {
      ScoreCodes.append(codes[i], scores[i], out);
    }
  }
}
