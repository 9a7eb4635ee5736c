package kb.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Locale;

/**
 * One tab of a code tab group: {@code === "Label"} and the Markdown indented under it. Consecutive
 * tab blocks are one group ({@link TabsRenderer}).
 */
final class TabBlock extends Block {

  /** The most characters a label may have: a tab names a language, and a phone shows a row. */
  static final int MAX_LABEL = 40;

  private BasedSequence openingMarker = BasedSequence.NULL;
  private BasedSequence labelChars = BasedSequence.NULL;

  @Override
  public BasedSequence[] getSegments() {
    return new BasedSequence[] {openingMarker, labelChars};
  }

  void setOpeningMarker(BasedSequence openingMarker) {
    this.openingMarker = openingMarker;
  }

  void setLabelChars(BasedSequence labelChars) {
    this.labelChars = labelChars;
  }

  /** The label as written between the quotes, without surrounding spaces. */
  String label() {
    return labelChars.toString().strip();
  }

  /**
   * The label as a key that names the same language in every group, on every page: lower case,
   * {@code #} as {@code sharp} and {@code +} as {@code p} ({@code C#} is {@code csharp}, {@code
   * C++} is {@code cpp}), every other run of characters that are neither letters nor digits as one
   * {@code -}. {@code tab} when nothing is left.
   */
  String key() {
    String lower = label().toLowerCase(Locale.ROOT).replace("#", "sharp").replace("+", "p");
    StringBuilder key = new StringBuilder();
    lower
        .codePoints()
        .forEach(
            c -> {
              if (Character.isLetterOrDigit(c)) {
                key.appendCodePoint(c);
              } else if (key.length() > 0 && key.charAt(key.length() - 1) != '-') {
                key.append('-');
              }
            });
    if (key.length() > 0 && key.charAt(key.length() - 1) == '-') {
      key.setLength(key.length() - 1);
    }
    return key.length() == 0 ? "tab" : key.toString();
  }
}
