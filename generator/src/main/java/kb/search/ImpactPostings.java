package kb.search;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Base64;

/**
 * One term's postings in impact order, best score first (ties: earlier question first), cut into
 * chunks of 10, 40, 160, ... postings. A browser loads a term's chunks best first and stops as soon
 * as the top results cannot change, so a query loads the best postings of its words, not all.
 * Immutable.
 *
 * @param docs question ids in impact order
 * @param scores the float score Lucene gives each question for the term at boost 1
 */
record ImpactPostings(int[] docs, float[] scores) {

  static final int FIRST_CHUNK = 10;
  static final int GROWTH = 4;

  /** Reorders postings given in question order. */
  static ImpactPostings of(int[] docsInOrder, float[] scoresInOrder) {
    Integer[] order = new Integer[docsInOrder.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        (a, b) -> {
          int byScore = Float.compare(scoresInOrder[b], scoresInOrder[a]);
          return byScore != 0 ? byScore : Integer.compare(docsInOrder[a], docsInOrder[b]);
        });
    int[] docs = new int[order.length];
    float[] scores = new float[order.length];
    for (int i = 0; i < order.length; i++) {
      docs[i] = docsInOrder[order[i]];
      scores[i] = scoresInOrder[order[i]];
    }
    return new ImpactPostings(docs, scores);
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

  /** The chunk's scores as base64 little-endian float32: the browser reads Lucene's floats. */
  String chunkScores(int k) {
    int from = Math.min(start(k), docs.length);
    int to = end(k);
    ByteBuffer bytes = ByteBuffer.allocate((to - from) * 4).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = from; i < to; i++) {
      bytes.putFloat(scores[i]);
    }
    return Base64.getEncoder().encodeToString(bytes.array());
  }
}
