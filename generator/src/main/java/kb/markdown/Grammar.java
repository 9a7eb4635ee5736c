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
   * This grammar with every rule, nested ones too, tried at every position: the same tokens, if
   * each rule's first characters are right (what the tests compare).
   */
  Grammar triedEverywhere() {
    return new Grammar(
        rules.stream()
            .map(
                r ->
                    new Rule(
                        r.pattern(),
                        r.token(),
                        r.words(),
                        r.inside() == null ? null : r.inside().triedEverywhere(),
                        null))
            .toList());
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
   * @param firstChars the ASCII characters a match can start with, by code, or null when any
   *     character may start one; a character beyond ASCII is always tried
   */
  record Rule(
      Pattern pattern,
      String token,
      Map<String, String> words,
      Grammar inside,
      boolean[] firstChars) {

    Rule {
      words = Map.copyOf(words);
      firstChars = firstChars == null ? null : firstChars.clone();
    }

    static Rule token(String regex, String token) {
      return new Rule(Pattern.compile(regex), token, Map.of(), null, null);
    }

    /** Words: those in {@code words} get their class, any other gets {@code otherwise}. */
    static Rule words(String regex, Map<String, String> words, String otherwise) {
      return new Rule(Pattern.compile(regex), otherwise, words, null, null);
    }

    static Rule nested(String regex, Grammar inside) {
      return new Rule(Pattern.compile(regex), "", Map.of(), inside, null);
    }

    /**
     * This rule, tried only where the character is in {@code charClass} (a character class's body,
     * such as {@code "A-Za-z_"}) or beyond ASCII: most positions of code are spaces and punctuation
     * no token starts with, and trying every rule there was most of highlighting.
     */
    Rule startingWith(String charClass) {
      Pattern first = Pattern.compile("[" + charClass + "]");
      boolean[] chars = new boolean[128];
      for (char c = 0; c < 128; c++) {
        chars[c] = first.matcher(String.valueOf(c)).matches();
      }
      return new Rule(pattern, token, words, inside, chars);
    }

    /** Whether a match can start with {@code c}. */
    boolean canStartWith(char c) {
      return firstChars == null || c >= 128 || firstChars[c];
    }

    String tokenOf(String text) {
      return words.getOrDefault(text, token);
    }
  }
}
