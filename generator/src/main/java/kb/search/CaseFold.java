package kb.search;

/**
 * The one case folding of kb: the words of the search index, of queries (in Java and in the
 * browser's {@code kb-rank.js}) and the text the leak lint reads all fold their letters with it.
 *
 * <p>Each code point folds on its own to one code point: the lower case of its upper case, by the
 * JDK's simple mappings. So "İ" folds to "i" (not to "i" and a combining dot), "Σ", "σ" and the
 * final "ς" all fold to "σ", "ſ" to "s", and nothing depends on the letters around it. A browser's
 * {@code toLowerCase()} does none of this (it expands "İ", makes a final "Σ" a "ς" and follows the
 * browser's own Unicode version), so {@code kb-rank.js} folds by a table of this mapping instead,
 * which {@code CaseFoldParityTest} holds to it for every code point. Folding keeps a code point's
 * length in UTF-16 units. Thread-safe.
 */
public final class CaseFold {

  private CaseFold() {}

  /** The folded code point. */
  public static int of(int codePoint) {
    if (codePoint < 128) {
      return codePoint >= 'A' && codePoint <= 'Z' ? codePoint + ('a' - 'A') : codePoint;
    }
    return Character.toLowerCase(Character.toUpperCase(codePoint));
  }

  /** The text with each code point folded. */
  public static String of(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int folded = of(c);
      if (folded != c && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null) {
        out.appendCodePoint(folded);
      }
      i += Character.charCount(c);
    }
    return out == null ? text : out.toString();
  }
}
