package kb.diagnostic;

import java.util.Collection;
import java.util.Optional;

/**
 * The known name closest to one that was mistyped, for a "did you mean" hint: within a third of the
 * name's length in edits (at least one, at most three), the nearest, then the first in the order
 * given. Stateless.
 */
public final class NearestName {

  private NearestName() {}

  /** The nearest of {@code known} to {@code wanted}, unless none is near enough or it is known. */
  public static Optional<String> among(Collection<String> known, String wanted) {
    if (known.contains(wanted)) {
      return Optional.empty();
    }
    int most = Math.min(3, Math.max(1, wanted.length() / 3));
    String nearest = null;
    int best = most + 1;
    for (String name : known) {
      int distance = distance(name, wanted, best);
      if (distance < best) {
        nearest = name;
        best = distance;
      }
    }
    return Optional.ofNullable(nearest);
  }

  /**
   * Edits from one name to the other: insertions, deletions, substitutions and swaps of neighbours,
   * each one; {@code limit} or more once it is known to reach it.
   */
  static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) >= limit) {
      return limit;
    }
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      int rowMin = Integer.MAX_VALUE;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int edits = Math.min(Math.min(d[i - 1][j], d[i][j - 1]) + 1, d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          edits = Math.min(edits, d[i - 2][j - 2] + 1);
        }
        d[i][j] = edits;
        rowMin = Math.min(rowMin, edits);
      }
      if (rowMin >= limit) {
        return limit;
      }
    }
    return Math.min(d[a.length()][b.length()], limit);
  }
}
