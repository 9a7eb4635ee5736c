package kb.content;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a page is, from its front matter's {@code kind}: an FAQ page numbers its {@code ##} sections
 * as questions ("Q3:"); guide and reference pages show them as plain sections. Every kind is cut
 * into {@code ##} and {@code ###} sections for search alike.
 */
public enum PageKind {
  FAQ,
  GUIDE,
  REFERENCE;

  /** The kind a page without {@code kind} is. */
  public static final PageKind DEFAULT = FAQ;

  /** The word front matter writes, {@code faq}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether its {@code ##} sections are numbered questions. */
  public boolean numbered() {
    return this == FAQ;
  }

  /** The kind {@code word} names, exactly as {@link #word()} writes it. */
  public static Optional<PageKind> of(String word) {
    return Arrays.stream(values()).filter(kind -> kind.word().equals(word)).findFirst();
  }

  /** Every word, for hints: {@code faq, guide, reference}. */
  public static String words() {
    return Arrays.stream(values()).map(PageKind::word).collect(Collectors.joining(", "));
  }
}
