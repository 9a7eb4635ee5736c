package kb.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Postings in chunks of 10, 40, 160, ...: each chunk's questions and scores, and the rest's best.
 */
class ImpactPostingsTest {

  /** {@code n} questions scoring n, n-1, ..., 1: question {@code i} scores {@code n - i}. */
  private static ImpactPostings descending(int n) {
    int[] docs = new int[n];
    float[] scores = new float[n];
    for (int i = 0; i < n; i++) {
      docs[i] = i;
      scores[i] = n - i;
    }
    return ImpactPostings.of(docs, scores);
  }

  /** Scores written whole: each the code 0 in two characters, then its bits in six. */
  private static float[] floats(String written) {
    assertEquals(0, written.length() % 8, written);
    float[] out = new float[written.length() / 8];
    for (int i = 0; i < out.length; i++) {
      assertEquals("AA", written.substring(8 * i, 8 * i + 2));
      long bits = 0;
      for (char c : written.substring(8 * i + 2, 8 * i + 8).toCharArray()) {
        bits = bits * 64 + ScoreCodes.BASE64.indexOf(c);
      }
      out[i] = Float.intBitsToFloat((int) bits);
    }
    return out;
  }

  @Test
  void eachChunkButTheLastEndsWithTheBestScoreOfTheRest() {
    // postings -> per chunk: questions, then floats (one more where postings follow)
    int[][] cases = {
      {10, 10, 10},
      {11, 10, 11, 1, 1},
      {50, 10, 11, 40, 40},
      {51, 10, 11, 40, 41, 1, 1},
      {210, 10, 11, 40, 41, 160, 160},
      {211, 10, 11, 40, 41, 160, 161, 1, 1},
    };
    for (int[] c : cases) {
      ImpactPostings postings = descending(c[0]);
      assertEquals((c.length - 1) / 2, postings.chunkCount(), c[0] + " postings");
      for (int k = 0; k < postings.chunkCount(); k++) {
        int[] docs = postings.chunkDocs(k);
        float[] scores = floats(postings.chunkScores(k));
        assertEquals(c[1 + 2 * k], docs.length, c[0] + " postings, chunk " + k);
        assertEquals(c[2 + 2 * k], scores.length, c[0] + " postings, chunk " + k);
        int start = ImpactPostings.start(k);
        for (int i = 0; i < docs.length; i++) {
          assertEquals(start + i, docs[i], c[0] + " postings, chunk " + k); // best first
        }
        for (int i = 0; i < scores.length; i++) {
          // The chunk's own scores, then the first score of the next chunk.
          assertEquals(c[0] - (start + i), scores[i], c[0] + " postings, chunk " + k);
        }
      }
    }
  }

  @Test
  void tiesGoToTheEarlierQuestion() {
    ImpactPostings postings =
        ImpactPostings.of(new int[] {7, 3, 5, 1}, new float[] {2f, 1f, 2f, 2f});
    assertArrayEquals(new int[] {1, 5, 7, 3}, postings.docs());
  }
}
