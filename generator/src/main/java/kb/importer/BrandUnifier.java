package kb.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One text for two brands' variants of a block, where they differ only in values the brand files
 * know: the variants are compared token by token (words, single signs, each Han character; spaces
 * only where they matter, as in code), and each differing span that is, in both variants, one
 * occurrence of the same variable's value (the first brand's in the first, the second's in the
 * second) becomes {@code {{key}}}. Immutable.
 */
final class BrandUnifier {

  private static final char OPEN = '\uE000';
  private static final char CLOSE = '\uE001';

  /** What differs between two variants that no variable covers. */
  record Difference(String first, String second) {}

  private final List<BrandValues.Value> values;

  BrandUnifier(BrandValues values) {
    this.values = values.all();
  }

  /**
   * The one text, in the first variant's layout, or empty when a difference is no brand value.
   *
   * @param spacesMatter whether spaces are text a reader sees (code) or layout
   */
  Optional<String> unify(String first, String second, boolean spacesMatter) {
    String a = first;
    String b = second;
    for (int round = 0; round < 200; round++) {
      List<Hunk> hunks = Tokens.diff(a, b, spacesMatter);
      if (hunks.isEmpty()) {
        return Optional.of(expand(a));
      }
      int cost = cost(hunks);
      String[] better = substitute(a, b, hunks.get(0), cost, spacesMatter);
      if (better == null) {
        return Optional.empty();
      }
      a = better[0];
      b = better[1];
    }
    return Optional.empty();
  }

  /**
   * A value of the other brand's that {@code text}, one brand's variant, holds as whole tokens
   * while its own brand's value differs: a file name or path copied from the other brand's page
   * ({@code OpenD.xml} in Futu's answer). Only values with a character no plain word has ({@code .
   * / _ - %} or a digit) count: "OpenD", moomoo's program, is also the product's name.
   *
   * @param brand the variant's brand, by its place in the values
   */
  Optional<BrandValues.Value> otherBrandsValue(String text, int brand) {
    for (BrandValues.Value value : values) {
      String other = value.values().get(1 - brand);
      if (value.key().startsWith("doc_site.")) {
        continue; // a link into any brand's doc site goes to this brand's (kb.link)
      }
      if (other.chars().noneMatch(c -> "./_-%\\".indexOf(c) >= 0 || Character.isDigit(c))) {
        continue;
      }
      if (standsAlone(text, other) && !standsAlone(text, value.values().get(brand))) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether {@code value} occurs in {@code text} as a name of its own: not inside a longer name
   * ({@code moomoo-api} in {@code /moomoo-api-doc/}, {@code OpenD.xml} in {@code FutuOpenD.xml}).
   */
  private static boolean standsAlone(String text, String value) {
    for (int at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
      int end = at + value.length();
      boolean before = at == 0 || !partOfName(text.charAt(at - 1));
      boolean after =
          end == text.length()
              || !partOfName(text.charAt(end))
                  && !(text.charAt(end) == '.'
                      && end + 1 < text.length()
                      && Character.isLetterOrDigit(text.charAt(end + 1)));
      if (before && after) {
        return true;
      }
    }
    return false;
  }

  private static boolean partOfName(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '-';
  }

  /** The first span that differs and no variable covers, for the report. */
  Difference difference(String first, String second, boolean spacesMatter) {
    List<Hunk> hunks = Tokens.diff(first, second, spacesMatter);
    if (hunks.isEmpty()) {
      return new Difference("", "");
    }
    Hunk h = hunks.get(0);
    return new Difference(
        first.substring(h.aStart(), h.aEnd()).strip(),
        second.substring(h.bStart(), h.bEnd()).strip());
  }

  private String[] substitute(String a, String b, Hunk hunk, int cost, boolean spacesMatter) {
    for (int v = 0; v < values.size(); v++) {
      BrandValues.Value value = values.get(v);
      int inA = occurrence(a, value.values().get(0), hunk.aStart(), hunk.aEnd());
      int inB = occurrence(b, value.values().get(1), hunk.bStart(), hunk.bEnd());
      if (inA < 0 || inB < 0) {
        continue;
      }
      String mark = OPEN + Integer.toString(namedNearby(v, a, inA)) + CLOSE;
      String newA = a.substring(0, inA) + mark + a.substring(inA + value.values().get(0).length());
      String newB = b.substring(0, inB) + mark + b.substring(inB + value.values().get(1).length());
      if (cost(Tokens.diff(newA, newB, spacesMatter)) < cost) {
        return new String[] {newA, newB};
      }
    }
    return null;
  }

  /**
   * Of the variables with the same values as {@code v} ({@code sdk.pip_package} and {@code
   * sdk.npm_package} are both {@code futu-api}), the one whose key's words the text around the
   * value names ("pip install futu-api"); {@code v} when none or several do as well.
   */
  private int namedNearby(int v, String text, int at) {
    List<String> same = values.get(v).values();
    String around =
        text.substring(
                Math.max(0, at - 40), Math.min(text.length(), at + same.get(0).length() + 40))
            .toLowerCase(Locale.ROOT);
    int best = v;
    int bestScore = 0;
    for (int w = 0; w < values.size(); w++) {
      if (!values.get(w).values().equals(same)) {
        continue;
      }
      int score = 0;
      for (String word : values.get(w).key().toLowerCase(Locale.ROOT).split("[._]")) {
        if (word.length() >= 3 && around.contains(word)) {
          score++;
        }
      }
      if (score > bestScore) {
        best = w;
        bestScore = score;
      }
    }
    return best;
  }

  /** Where {@code value} occurs in {@code text} over the span, taking whole tokens; -1 if not. */
  private static int occurrence(String text, String value, int start, int end) {
    for (int at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
      int stop = at + value.length();
      boolean overlaps = start == end ? at <= start && stop >= end : at < end && stop > start;
      if (overlaps && Tokens.isBoundary(text, at) && Tokens.isBoundary(text, stop)) {
        return at;
      }
    }
    return -1;
  }

  private static int cost(List<Hunk> hunks) {
    return hunks.stream().mapToInt(h -> h.aTokens() + h.bTokens()).sum();
  }

  private String expand(String text) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == OPEN) {
        int close = text.indexOf(CLOSE, i);
        int index = Integer.parseInt(text.substring(i + 1, close));
        out.append("{{").append(values.get(index).key()).append("}}");
        i = close + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /**
   * A span where two texts differ: character offsets in each, and how many tokens each side has.
   */
  record Hunk(int aStart, int aEnd, int bStart, int bEnd, int aTokens, int bTokens) {}

  /** Tokens of a text and the differences between two texts' tokens. */
  static final class Tokens {

    private Tokens() {}

    /** Whether offset {@code at} of the text is not inside a word. */
    static boolean isBoundary(String text, int at) {
      return at <= 0
          || at >= text.length()
          || !(isWord(text.charAt(at - 1)) && isWord(text.charAt(at)));
    }

    static boolean isWord(char c) {
      if (c == '_') {
        return true;
      }
      if (!Character.isLetterOrDigit(c)) {
        return false;
      }
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      return script != Character.UnicodeScript.HAN
          && script != Character.UnicodeScript.HIRAGANA
          && script != Character.UnicodeScript.KATAKANA
          && script != Character.UnicodeScript.HANGUL;
    }

    /** Each token as {start, end}. */
    static List<int[]> of(String text, boolean spacesMatter) {
      List<int[]> tokens = new ArrayList<>();
      int i = 0;
      while (i < text.length()) {
        char c = text.charAt(i);
        int end = i + 1;
        if (Character.isWhitespace(c)) {
          while (end < text.length() && Character.isWhitespace(text.charAt(end))) {
            end++;
          }
          if (!spacesMatter) {
            i = end;
            continue;
          }
        } else if (c == OPEN) {
          end = text.indexOf(CLOSE, i) + 1;
        } else if (isWord(c)) {
          while (end < text.length() && isWord(text.charAt(end))) {
            end++;
          }
        } else if (Character.isHighSurrogate(c) && end < text.length()) {
          end++;
        }
        tokens.add(new int[] {i, end});
        i = end;
      }
      return tokens;
    }

    /** The spans where the texts' tokens differ, by a longest common subsequence. */
    static List<Hunk> diff(String a, String b, boolean spacesMatter) {
      List<int[]> x = of(a, spacesMatter);
      List<int[]> y = of(b, spacesMatter);
      String[] xs = texts(a, x);
      String[] ys = texts(b, y);
      int n = xs.length;
      int m = ys.length;
      int[][] lcs = new int[n + 1][m + 1];
      for (int i = n - 1; i >= 0; i--) {
        for (int j = m - 1; j >= 0; j--) {
          lcs[i][j] =
              xs[i].equals(ys[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
        }
      }
      List<Hunk> hunks = new ArrayList<>();
      int i = 0;
      int j = 0;
      while (i < n || j < m) {
        if (i < n && j < m && xs[i].equals(ys[j])) {
          i++;
          j++;
          continue;
        }
        int fromI = i;
        int fromJ = j;
        while ((i < n || j < m) && !(i < n && j < m && xs[i].equals(ys[j]))) {
          if (j >= m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) {
            i++;
          } else {
            j++;
          }
        }
        hunks.add(
            new Hunk(
                start(x, fromI, a),
                fromI == i ? start(x, fromI, a) : x.get(i - 1)[1],
                start(y, fromJ, b),
                fromJ == j ? start(y, fromJ, b) : y.get(j - 1)[1],
                i - fromI,
                j - fromJ));
      }
      return hunks;
    }

    private static int start(List<int[]> tokens, int index, String text) {
      return index < tokens.size() ? tokens.get(index)[0] : text.length();
    }

    private static String[] texts(String text, List<int[]> tokens) {
      String[] out = new String[tokens.size()];
      for (int k = 0; k < out.length; k++) {
        out[k] = text.substring(tokens.get(k)[0], tokens.get(k)[1]);
      }
      return out;
    }
  }
}
