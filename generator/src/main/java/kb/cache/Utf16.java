package kb.cache;

/** Strings that UTF-8 cannot carry whole: a lone surrogate becomes '?' when encoded. */
final class Utf16 {

  private Utf16() {}

  /** Whether {@code text} holds a surrogate that is not half of a pair. */
  static boolean hasLoneSurrogate(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < n
            && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return true;
        }
      }
    }
    return false;
  }
}
