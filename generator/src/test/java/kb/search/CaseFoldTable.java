package kb.search;

import java.util.ArrayList;
import java.util.List;

/**
 * {@link CaseFold} as the table {@code kb-rank.js} folds by: every code point that folds, in runs
 * {@code gap,delta,count,step} separated by spaces, numbers in base 36. {@code gap} is the distance
 * from the previous run's first code point (from 0 for the first run); a run maps {@code count}
 * code points {@code step} apart, each to itself plus {@code delta}. Trailing fields that are 1 are
 * left out.
 */
final class CaseFoldTable {

  private CaseFoldTable() {}

  /** The table of this JDK's {@link CaseFold}, as kb-rank.js must hold it. */
  static String encode() {
    List<int[]> runs = new ArrayList<>(); // first code point, count, step, delta
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      int delta = CaseFold.of(c) - c;
      if (delta == 0) {
        continue;
      }
      int[] last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
      if (last != null && last[3] == delta && continues(last, c)) {
        last[2] = c - (last[0] + (last[1] - 1) * last[2]);
        last[1]++;
      } else {
        runs.add(new int[] {c, 1, 1, delta});
      }
    }
    StringBuilder out = new StringBuilder();
    int previous = 0;
    for (int[] run : runs) {
      String[] fields = {
        Integer.toString(run[0] - previous, 36),
        Integer.toString(run[3], 36),
        Integer.toString(run[1], 36),
        Integer.toString(run[2], 36)
      };
      int kept = fields.length;
      while (kept > 1 && fields[kept - 1].equals("1")) {
        kept--;
      }
      out.append(out.length() == 0 ? "" : " ")
          .append(String.join(",", List.of(fields).subList(0, kept)));
      previous = run[0];
    }
    return out.toString();
  }

  /** Whether code point {@code c} extends the run: one or two after its first, then its step. */
  private static boolean continues(int[] run, int c) {
    int last = run[0] + (run[1] - 1) * run[2];
    int step = c - last;
    return run[1] == 1 ? step == 1 || step == 2 : step == run[2];
  }
}
