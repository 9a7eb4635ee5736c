package kb.search;

/**
 * Optimal string alignment distance over code points: insertions, deletions, substitutions and
 * swaps of neighbours each count one edit, as in Lucene's fuzzy query with transpositions.
 */
final class EditDistance {

  private EditDistance() {}

  /** The distance, or {@code max + 1} as soon as it is known to exceed {@code max}. */
  static int between(int[] a, int[] b, int max) {
    int[][] d = new int[a.length + 1][b.length + 1];
    for (int i = 0; i <= a.length; i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length; j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length; i++) {
      int rowMin = Integer.MAX_VALUE;
      for (int j = 1; j <= b.length; j++) {
        int cost = a[i - 1] == b[j - 1] ? 0 : 1;
        int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
          best = Math.min(best, d[i - 2][j - 2] + 1);
        }
        d[i][j] = best;
        rowMin = Math.min(rowMin, best);
      }
      if (rowMin > max) {
        return max + 1;
      }
    }
    return Math.min(d[a.length][b.length], max + 1);
  }
}
