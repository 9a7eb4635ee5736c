package kb.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a typed query means; the browser ({@code kb-rank.js}) implements the same rules, and the
 * parity tests hold both to it.
 *
 * <p>The query is split into surface words like the content ({@link SearchAnalysis}). Each word is
 * expanded to index terms, each with a boost:
 *
 * <ul>
 *   <li>a word of the vocabulary: its own term, boost 1;
 *   <li>the last word, while still being typed (no space after it, 2 or more characters): up to 16
 *       other words that start with it, most frequent first, boost 1/2;
 *   <li>a word of 3 or more characters that is not in the vocabulary (and, if it is the last word,
 *       has no prefix match): up to 16 words with the same first character within 1 edit (words of
 *       3 to 5 characters) or 2 edits (longer words), counting a swap of neighbours as one edit,
 *       nearest and most frequent first; boost 1/4 at 1 edit, 1/8 at 2.
 * </ul>
 *
 * A question scores, for each query word, the best of that word's expansions, and these add up.
 * Boosts are powers of two so that a boosted Lucene score is exactly the exported score times the
 * boost.
 *
 * <p>With Chinese analysis, a run of Han characters is one bigram word per pair of neighbours
 * (exact matches only), and a question matches the run only if it matches all of them; a lone Han
 * character, typed or not, matches the words it starts (the bigrams it begins, up to 16, boost 1/2)
 * besides itself.
 */
public final class QueryExpander {

  static final float EXACT = 1f;
  static final float PREFIX = 0.5f;
  static final float ONE_EDIT = 0.25f;
  static final float TWO_EDITS = 0.125f;
  static final int MAX_EXPANSIONS = 16;
  static final int MIN_PREFIX = 2;
  static final int MIN_FUZZY = 3;

  /**
   * One term a query word may match.
   *
   * @param word the vocabulary word
   * @param term its index term
   * @param boost how much a match counts
   */
  public record Expansion(String word, String term, float boost) {}

  /**
   * One word of the query and what it may match; no expansions when it matches nothing.
   *
   * @param word the query word
   * @param expansions what it matches, strongest first
   * @param run the Han run it belongs to ({@link SearchAnalysis.QueryWord#run()}), or -1
   */
  public record WordQuery(String word, List<Expansion> expansions, int run) {

    /** A word of no Han run. */
    public WordQuery(String word, List<Expansion> expansions) {
      this(word, expansions, -1);
    }
  }

  private final SearchAnalysis analysis;
  private final Vocabulary vocabulary;

  public QueryExpander(SearchAnalysis analysis, Vocabulary vocabulary) {
    this.analysis = analysis;
    this.vocabulary = vocabulary;
  }

  public List<WordQuery> expand(String query) {
    List<SearchAnalysis.QueryWord> words = analysis.queryWords(query);
    int prefix = prefixIndex(query, words.size());
    List<WordQuery> expanded = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i).word();
      List<Expansion> expansions =
          words.get(i).run() < 0
              ? expansions(word, i == prefix)
              : hanExpansions(word, word.codePointCount(0, word.length()) == 1);
      expanded.add(new WordQuery(word, expansions, words.get(i).run()));
    }
    return List.copyOf(expanded);
  }

  /** A Han bigram matches itself only; a lone character also the words it starts. */
  private List<Expansion> hanExpansions(String word, boolean lone) {
    List<Expansion> out = new ArrayList<>();
    Vocabulary.Entry exact = vocabulary.get(word);
    if (exact != null && exact.term() != null) {
      out.add(new Expansion(word, exact.term(), EXACT));
    }
    if (lone) {
      vocabulary.withPrefix(word).stream()
          .filter(e -> e.term() != null && !e.word().equals(word))
          .sorted(byFrequency())
          .limit(MAX_EXPANSIONS)
          .forEach(e -> out.add(new Expansion(e.word(), e.term(), PREFIX)));
    }
    return out;
  }

  /**
   * The index of the word being typed: the first surface word of the last raw word, if the query
   * does not end with a separator; else -1.
   */
  private int prefixIndex(String query, int wordCount) {
    if (!analysis.endsInWord(query)) {
      return -1;
    }
    int lastWords = analysis.queryWords(analysis.lastRawWord(query)).size();
    return lastWords == 0 ? -1 : wordCount - lastWords;
  }

  private List<Expansion> expansions(String word, boolean isPrefix) {
    List<Expansion> out = new ArrayList<>();
    Vocabulary.Entry exact = vocabulary.get(word);
    if (exact != null && exact.term() != null) {
      out.add(new Expansion(word, exact.term(), EXACT));
    }
    boolean prefixMatched = false;
    if (isPrefix && word.codePointCount(0, word.length()) >= MIN_PREFIX) {
      List<Vocabulary.Entry> longer =
          vocabulary.withPrefix(word).stream()
              .filter(e -> e.term() != null && !e.word().equals(word))
              .sorted(byFrequency())
              .limit(MAX_EXPANSIONS)
              .toList();
      longer.forEach(e -> out.add(new Expansion(e.word(), e.term(), PREFIX)));
      prefixMatched = !longer.isEmpty();
    }
    if (exact == null && !prefixMatched && word.codePointCount(0, word.length()) >= MIN_FUZZY) {
      out.addAll(fuzzy(word));
    }
    return out;
  }

  private List<Expansion> fuzzy(String word) {
    int[] typed = word.codePoints().toArray();
    int maxEdits = typed.length <= 5 ? 1 : 2;
    record Near(Vocabulary.Entry entry, int edits) {}
    List<Near> near = new ArrayList<>();
    String first = Character.toString(typed[0]);
    for (Vocabulary.Entry entry : vocabulary.withPrefix(first)) {
      if (entry.term() == null) {
        continue;
      }
      int[] candidate = entry.word().codePoints().toArray();
      if (Math.abs(candidate.length - typed.length) > maxEdits) {
        continue;
      }
      int edits = EditDistance.between(typed, candidate, maxEdits);
      if (edits <= maxEdits) {
        near.add(new Near(entry, edits));
      }
    }
    Comparator<Near> order =
        Comparator.comparingInt(Near::edits).thenComparing(Near::entry, byFrequency());
    return near.stream()
        .sorted(order)
        .limit(MAX_EXPANSIONS)
        .map(
            n ->
                new Expansion(
                    n.entry().word(), n.entry().term(), n.edits() == 1 ? ONE_EDIT : TWO_EDITS))
        .toList();
  }

  private Comparator<Vocabulary.Entry> byFrequency() {
    return Comparator.comparingInt((Vocabulary.Entry e) -> -vocabulary.df(e))
        .thenComparing(Vocabulary.Entry::word, Vocabulary::compareCodePoints);
  }
}
