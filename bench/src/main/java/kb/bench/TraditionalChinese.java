package kb.bench;

import com.ibm.icu.text.Transliterator;

/**
 * Simplified Chinese text written in Traditional characters, by ICU4J's Simplified-Traditional
 * transliterator: the zh-HK pages of the corpus are their zh-CN pages converted so. ASCII stays as
 * it is. Thread-safe (one transliterator per thread: ICU's are not).
 */
final class TraditionalChinese {

  private static final ThreadLocal<Transliterator> TRANSLITERATOR =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Simplified-Traditional"));

  private TraditionalChinese() {}

  static String of(String simplified) {
    return TRANSLITERATOR.get().transliterate(simplified);
  }

  /** A page with its title, category and body converted. */
  static GeneratedPage of(GeneratedPage page) {
    return new GeneratedPage(
        page.slug(),
        of(page.title()),
        of(page.category()),
        page.order(),
        page.docPath(),
        of(page.body()));
  }
}
