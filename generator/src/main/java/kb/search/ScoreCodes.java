package kb.search;

import java.util.List;
import java.util.stream.IntStream;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.util.SmallFloat;

/**
 * BM25 scores written as what they are computed from, so the browser rebuilds Lucene's exact float
 * from two base64 characters instead of reading six.
 *
 * <p>At boost 1, Lucene 9.12's {@code BM25Scorer} scores a question {@code w - w / (1 + freq *
 * cache[norm])}, in float: {@code w} is the term's idf (one per document frequency), {@code freq}
 * the question's weighted term frequency and {@code norm} its combined length byte, {@code cache}
 * 256 floats made from the collection's average length. A posting's code is {@code norm << 4 |
 * freq} when {@code freq} is a whole number from 1 to 15 and the rebuilt float equals Lucene's;
 * code 0 otherwise, and its score is then written whole. {@code kb-rank.js} ({@code readScores})
 * computes the same floats with {@code Math.fround} after each step, which rounds exactly as Java's
 * float arithmetic does. Immutable.
 */
final class ScoreCodes {

  static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

  /** The code that says "the score follows, whole": six more characters of its float bits. */
  static final int WHOLE = 0;

  private static final int MAX_FREQ = 15;

  private final long docCount;
  private final float averageLength;
  private final float[] cache = new float[256];

  /** The codes of an index whose BM25F pseudo field has {@code collection}'s statistics. */
  ScoreCodes(CollectionStatistics collection) {
    this.docCount = collection == null ? 0 : collection.docCount();
    this.averageLength =
        collection == null
            ? 1f
            : (float) (collection.sumTotalTermFreq() / (double) collection.docCount());
    BM25Similarity bm25 = new BM25Similarity();
    float k1 = bm25.getK1();
    float b = bm25.getB();
    for (int i = 0; i < 256; i++) {
      float length = SmallFloat.byte4ToInt((byte) i);
      cache[i] = 1f / (k1 * ((1 - b) + b * length / averageLength));
    }
  }

  /** The average length the browser makes its cache from, as Lucene's float. */
  float averageLength() {
    return averageLength;
  }

  /** The idf of a term matching {@code df} questions: its BM25 weight at boost 1. */
  float weight(int df) {
    return (float) Math.log(1 + (docCount - df + 0.5D) / (df + 0.5D));
  }

  /**
   * The code of a posting Lucene scored {@code score}, or {@link #WHOLE}; {@code weight} is the
   * term's {@link #weight}, computed once a term.
   */
  int code(float weight, float freq, byte norm, float score) {
    if (freq < 1 || freq > MAX_FREQ || freq != (int) freq) {
      return WHOLE;
    }
    int code = Byte.toUnsignedInt(norm) << 4 | (int) freq;
    return Float.floatToIntBits(scoreOf(weight, code)) == Float.floatToIntBits(score)
        ? code
        : WHOLE;
  }

  /** The score a code stands for in a term of {@code weight}, as the browser computes it. */
  float scoreOf(float weight, int code) {
    return weight - weight / (1f + (code & MAX_FREQ) * cache[code >>> 4]);
  }

  /** Appends a posting: its code in two characters, then for {@link #WHOLE} its float. */
  static void append(int code, float score, StringBuilder out) {
    out.append(BASE64.charAt(code >>> 6)).append(BASE64.charAt(code & 63));
    if (code == WHOLE) {
      appendFloat(score, out);
    }
  }

  /** Appends a float's 32 bits in six base64 characters, the highest first. */
  static void appendFloat(float value, StringBuilder out) {
    long bits = Integer.toUnsignedLong(Float.floatToIntBits(value));
    for (int shift = 30; shift >= 0; shift -= 6) {
      out.append(BASE64.charAt((int) (bits >>> shift) & 63));
    }
  }

  /**
   * What a word shard needs to rebuild its terms' scores: {@code l}, the average length; {@code i},
   * the weight of each distinct document frequency its terms are scored with, smallest first;
   * {@code q}, pairs of a term (its place in the shard) and that frequency, for the terms where it
   * is not {@code f}, how many questions the term matches.
   */
  void writeShardFields(List<ImpactPostings> postings, JsonWriter json) {
    StringBuilder average = new StringBuilder();
    appendFloat(averageLength, average);
    json.name("l").value(average.toString());
    StringBuilder weights = new StringBuilder();
    postings.stream()
        .mapToInt(ImpactPostings::scoredDf)
        .distinct()
        .sorted()
        .forEach(df -> appendFloat(weight(df), weights));
    json.name("i").value(weights.toString());
    int[] differing =
        IntStream.range(0, postings.size())
            .filter(t -> postings.get(t).scoredDf() != postings.get(t).df())
            .flatMap(t -> IntStream.of(t, postings.get(t).scoredDf()))
            .toArray();
    if (differing.length > 0) {
      json.name("q").numbers(differing);
    }
  }
}
