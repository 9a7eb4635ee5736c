package kb.check;

import java.util.ArrayList;
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
  private record Term(String text, boolean wholeWord) {}

  private final List<Term> terms;
  private final List<String> allowed;

  LeakTerms(Brand brand) {
    Map<String, Term> byText = new LinkedHashMap<>();
    for (String term : brand.forbiddenTerms()) {
      String folded = FoldedText.of(term);
      if (!folded.isBlank()) {
        byText.putIfAbsent(folded, new Term(folded, false));
      }
    }
    for (String word : brand.forbiddenWords()) {
      String folded = FoldedText.of(word);
      if (!folded.isBlank()) {
        byText.putIfAbsent(folded, new Term(folded, true));
      }
    }
    this.terms = List.copyOf(byText.values());
    this.allowed =
        brand.allowedMentions().stream()
            .map(FoldedText::of)
            .filter(p -> !p.isBlank())
            .distinct()
            .toList();
  }

  boolean isEmpty() {
    return terms.isEmpty();
  }

  /**
   * The terms that occur in folded text outside allowed mentions, in the brand's order; a term seen
   * inside an allowed mention is handed to {@code allowedSeen}.
   */
  List<String> hits(String folded, Consumer<String> allowedSeen) {
    List<String> found = new ArrayList<>();
    for (Term term : terms) {
      String text = term.text();
      for (int at = folded.indexOf(text); at >= 0; at = folded.indexOf(text, at + 1)) {
        if (!matchesAt(term, folded, at)) {
          continue;
        }
        if (!isAllowed(folded, at, text.length())) {
          found.add(text);
          break;
        }
        allowedSeen.accept(text);
      }
    }
    return found;
  }

  /** Where term {@code text} (as {@link #hits} names it) first occurs outside allowed mentions. */
  int find(String folded, String text) {
    Term term = terms.stream().filter(t -> t.text().equals(text)).findFirst().orElseThrow();
    for (int at = folded.indexOf(text); at >= 0; at = folded.indexOf(text, at + 1)) {
      if (matchesAt(term, folded, at) && !isAllowed(folded, at, text.length())) {
        return at;
      }
    }
    return -1;
  }

  private static boolean matchesAt(Term term, String folded, int at) {
    if (!term.wholeWord()) {
      return true;
    }
    String text = term.text();
    int end = at + text.length();
    boolean startsWord = isWordChar(text.codePointAt(0));
    boolean endsWord = isWordChar(text.codePointBefore(text.length()));
    return !(startsWord && at > 0 && isWordChar(folded.codePointBefore(at)))
        && !(endsWord && end < folded.length() && isWordChar(folded.codePointAt(end)));
  }

  /**
   * Letters and digits: what a word is made of. Not the accents that text decomposed for matching
   * holds apart, so "Futú" is still the word "Futu".
   */
  private static boolean isWordChar(int c) {
    return Character.isLetterOrDigit(c);
  }

  private boolean isAllowed(String folded, int start, int length) {
    for (String phrase : allowed) {
      int from = Math.max(0, start + length - phrase.length());
      for (int at = folded.indexOf(phrase, from);
          at >= 0 && at <= start;
          at = folded.indexOf(phrase, at + 1)) {
        if (at + phrase.length() >= start + length) {
          return true;
        }
      }
    }
    return false;
  }
}
