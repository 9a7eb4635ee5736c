package kb.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A word shard's sorted words as one string, each word written as how many leading UTF-16 units it
 * shares with the word before it (one character of {@link #PREFIX_CODES}: {@code !} for none) and
 * the rest of it: {@code ["与", "与后", "与它"]} is {@code "!与#后#它"}. Neighbouring words of a sorted
 * list share most of their letters (in Chinese, every bigram of a shard its first character), and a
 * word is letters, digits, {@code _} and {@code .}, never one of these codes, so no separator is
 * needed. {@code kb-rank.js} reads it back the same way.
 */
final class FrontCoding {

  /** The code of a shared prefix of 0, 1, 2, ... units: ASCII that JSON and HTML leave as is. */
  static final String PREFIX_CODES = "!#$%'()*+,-/:;=?@[]^`{|}~";

  private FrontCoding() {}

  static String encode(List<String> words) {
    StringBuilder out = new StringBuilder();
    String last = "";
    for (String word : words) {
      int shared = sharedPrefix(last, word);
      out.append(PREFIX_CODES.charAt(shared)).append(word, shared, word.length());
      last = word;
    }
    return out.toString();
  }

  static List<String> decode(String coded) {
    List<String> words = new ArrayList<>();
    String last = "";
    for (int i = 0; i < coded.length(); ) {
      int shared = PREFIX_CODES.indexOf(coded.charAt(i));
      int end = i + 1;
      while (end < coded.length() && PREFIX_CODES.indexOf(coded.charAt(end)) < 0) {
        end++;
      }
      last = last.substring(0, shared) + coded.substring(i + 1, end);
      words.add(last);
      i = end;
    }
    return words;
  }

  /** Never more than the codes can say, and never half of a surrogate pair. */
  private static int sharedPrefix(String last, String word) {
    for (int i = 0; i < word.length(); i++) {
      if (PREFIX_CODES.indexOf(word.charAt(i)) >= 0) {
        throw new IllegalArgumentException("a word holds a prefix code: " + word);
      }
    }
    int max = Math.min(PREFIX_CODES.length() - 1, Math.min(last.length(), word.length()));
    int shared = 0;
    while (shared < max && last.charAt(shared) == word.charAt(shared)) {
      shared++;
    }
    if (shared > 0 && Character.isHighSurrogate(word.charAt(shared - 1))) {
      shared--;
    }
    return shared;
  }
}
