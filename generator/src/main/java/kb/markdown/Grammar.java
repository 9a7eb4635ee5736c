package kb.markdown;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How one language's code is cut into tokens: at each position the first rule that matches there
 * wins, and text no rule matches stays plain. Immutable.
 */
record Grammar(List<Rule> rules) {

  Grammar {
    rules = List.copyOf(rules);
  }

  static Grammar of(Rule... rules) {
    return new Grammar(List.of(rules));
  }

  /**
   * One kind of token.
   *
   * @param pattern what the token looks like; it must match at least one character
   * @param token the CSS class suffix of the token, {@code ""} for plain text
   * @param words for words: the class suffix of particular words (keywords, built-ins), which
   *     replaces {@code token}
   * @param inside when not null, the match is cut again with this grammar instead of being one
   *     token
   */
  record Rule(Pattern pattern, String token, Map<String, String> words, Grammar inside) {

    Rule {
      words = Map.copyOf(words);
    }

    static Rule token(String regex, String token) {
      return new Rule(Pattern.compile(regex), token, Map.of(), null);
    }

    /** Words: those in {@code words} get their class, any other gets {@code otherwise}. */
    static Rule words(String regex, Map<String, String> words, String otherwise) {
      return new Rule(Pattern.compile(regex), otherwise, words, null);
    }

    static Rule nested(String regex, Grammar inside) {
      return new Rule(Pattern.compile(regex), "", Map.of(), inside);
    }

    String tokenOf(String text) {
      return words.getOrDefault(text, token);
    }
  }
}
