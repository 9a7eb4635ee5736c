package kb.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import kb.brand.Brand;

/**
 * What a brand's site must not show, folded as {@link FoldedText} folds the text it is looked for
 * in: the brand file's {@code lint.forbidden_terms}, found anywhere ({@code futunn} in {@code
 * www.futunn.com}), and what names the other brands, found as whole words only (so {@code Futu}
 * never matches in "futures"); either passes inside one of the brand's {@code
 * lint.allowed_mentions}. Immutable.
 */
final class LeakTerms {

  /** A folded term; a whole word one matches only where no letter or digit adjoins it. */
  private record Term(String text, char[] chars, boolean wholeWord) {}

  private static final int[] NONE = {};

  private final List<Term> terms;
  private final List<char[]> allowed;

  /** The indexes of the terms starting with each ASCII character; see {@link #startingWith}. */
  private final int[][] byAsciiStart = new int[128][];

  private final Map<Character, int[]> byOtherStart = new HashMap<>();

  LeakTerms(Brand brand) {
    Map<String, Term> byText = new LinkedHashMap<>();
    for (String term : brand.forbiddenTerms()) {
      add(byText, term, false);
    }
    for (String word : brand.forbiddenWords()) {
      add(byText, word, true);
    }
    this.terms = List.copyOf(byText.values());
    this.allowed =
        brand.allowedMentions().stream()
            .map(p -> FoldedText.of(p).text())
            .filter(p -> !p.isBlank())
            .distinct()
            .map(String::toCharArray)
            .toList();
    for (int i = 0; i < terms.size(); i++) {
      char first = terms.get(i).chars()[0];
      int[] known = startingWith(first);
      int[] more = java.util.Arrays.copyOf(known, known.length + 1);
      more[known.length] = i;
      if (first < 128) {
        byAsciiStart[first] = more;
      } else {
        byOtherStart.put(first, more);
      }
    }
  }

  private static void add(Map<String, Term> byText, String term, boolean wholeWord) {
    String folded = FoldedText.of(term).text();
    if (!folded.isBlank()) {
      byText.putIfAbsent(folded, new Term(folded, folded.toCharArray(), wholeWord));
    }
  }

  private int[] startingWith(char c) {
    int[] found = c < 128 ? byAsciiStart[c] : byOtherStart.get(c);
    return found == null ? NONE : found;
  }

  boolean isEmpty() {
    return terms.isEmpty();
  }

  /**
   * The terms that occur in folded text outside allowed mentions, in the brand's order; a term seen
   * inside an allowed mention is handed to {@code allowedSeen}.
   */
  List<String> hits(FoldedText folded, Consumer<String> allowedSeen) {
    char[] text = folded.chars();
    int length = folded.length();
    boolean[] found = new boolean[terms.size()];
    int left = terms.size();
    // One pass, trying at each character only the terms that start with it: a site's text is
    // read once, not once per term.
    for (int at = 0; at < length && left > 0; at++) {
      char c = text[at];
      int[] candidates = c < 128 ? byAsciiStart[c] : byOtherStart.get(c);
      if (candidates == null) {
        continue;
      }
      for (int t : candidates) {
        Term term = terms.get(t);
        if (found[t] || !matchesAt(term, text, length, at)) {
          continue;
        }
        if (isAllowed(text, length, at, term.chars().length)) {
          allowedSeen.accept(term.text());
        } else {
          found[t] = true;
          left--;
        }
      }
    }
    List<String> hits = new ArrayList<>();
    for (int t = 0; t < found.length; t++) {
      if (found[t]) {
        hits.add(terms.get(t).text());
      }
    }
    return hits;
  }

  /**
   * Where term {@code text} (as {@link #hits} names it) first occurs outside allowed mentions, or
   * -1.
   */
  int find(FoldedText folded, String text) {
    Term term = terms.stream().filter(t -> t.text().equals(text)).findFirst().orElseThrow();
    for (int at = 0; at < folded.length(); at++) {
      if (matchesAt(term, folded.chars(), folded.length(), at)
          && !isAllowed(folded.chars(), folded.length(), at, term.chars().length)) {
        return at;
      }
    }
    return -1;
  }

  /** Whether {@code term} occurs in {@code text} at {@code at}, as a word if it must be one. */
  private static boolean matchesAt(Term term, char[] text, int length, int at) {
    char[] chars = term.chars();
    int end = at + chars.length;
    if (end > length) {
      return false;
    }
    for (int i = 0; i < chars.length; i++) {
      if (text[at + i] != chars[i]) {
        return false;
      }
    }
    if (!term.wholeWord()) {
      return true;
    }
    boolean startsWord = isWordChar(Character.codePointAt(chars, 0));
    boolean endsWord = isWordChar(Character.codePointBefore(chars, chars.length));
    return !(startsWord && at > 0 && isWordChar(Character.codePointBefore(text, at)))
        && !(endsWord && end < length && isWordChar(Character.codePointAt(text, end, length)));
  }

  /**
   * Letters and digits: what a word is made of. Not the accents that text decomposed for matching
   * holds apart, so "Futú" is still the word "Futu".
   */
  private static boolean isWordChar(int c) {
    return Character.isLetterOrDigit(c);
  }

  /** Whether the occurrence at {@code start} lies inside an allowed mention. */
  private boolean isAllowed(char[] text, int length, int start, int termLength) {
    for (char[] phrase : allowed) {
      int first = Math.max(0, start + termLength - phrase.length);
      for (int at = first; at <= start && at + phrase.length <= length; at++) {
        if (regionEquals(text, at, phrase)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean regionEquals(char[] text, int at, char[] phrase) {
    for (int i = 0; i < phrase.length; i++) {
      if (text[at + i] != phrase[i]) {
        return false;
      }
    }
    return true;
  }
}
