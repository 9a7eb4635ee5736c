package kb.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kb.brand.Brand;
import kb.brand.BrandResolver;
import kb.brand.BrandedPage;
import kb.content.ContentSet;
import kb.content.SourcePage;
import kb.diagnostic.Diagnostics;
import kb.diagnostic.SourceSpan;
import kb.markdown.QuestionSections;

/**
 * How much of one brand's site in one language is translated: of the questions its source pages
 * have for the brand (brand blocks resolved), those whose translation is missing (the page is not
 * translated, or lacks the question's id), those translated from an older source ({@code from=}
 * names another hash than the source question's now: stale), and those that do not say what they
 * were translated from (no {@code from=}: unverified). Gaps in coverage are not problems: a partly
 * translated site builds and passes {@code kb check}. Immutable.
 *
 * @param brand the brand id
 * @param language the translation's language
 * @param questions the questions of the brand's source pages
 * @param translated how many of them the translation has, stale and unverified ones included
 * @param stale how many of those were translated from another version of their source
 * @param unverified how many of those name no source version
 * @param gaps each missing and stale question, one line each, page by page in question order
 */
public record TranslationCoverage(
    String brand,
    String language,
    int questions,
    int translated,
    int stale,
    int unverified,
    List<Gap> gaps) {

  public TranslationCoverage {
    gaps = List.copyOf(gaps);
  }

  /**
   * A question to translate again or for the first time.
   *
   * @param where the source question's heading when it is missing, else the stale translation's
   * @param message what is missing or stale
   */
  public record Gap(SourceSpan where, String message) {

    /** {@code file:line: message}. */
    public String format() {
      return SourceSpan.at(where.file(), where.line()) + ": " + message;
    }
  }

  /** {@code futu/zh-CN: 63 of 63 questions translated, 0 stale, 2 unverified}. */
  public String summary() {
    return "%s/%s: %d of %d questions translated, %d stale, %d unverified"
        .formatted(brand, language, translated, questions, stale, unverified);
  }

  /**
   * The coverage of each language of {@code brand}'s site other than the content's source language,
   * in the brand's order; none when the content names no languages.
   *
   * @param knownBrands every brand id of the content, for resolving brand blocks
   */
  public static List<TranslationCoverage> of(
      ContentSet content, Brand brand, List<String> knownBrands) {
    List<TranslationCoverage> coverage = new ArrayList<>();
    if (!content.languages().declared()) {
      return coverage;
    }
    BrandResolver resolver = new BrandResolver(knownBrands);
    for (String language : brand.languages()) {
      if (!language.equals(content.languages().source())) {
        coverage.add(of(content, brand.id(), language, brand.inLanguage(language), resolver));
      }
    }
    return List.copyOf(coverage);
  }

  private static TranslationCoverage of(
      ContentSet content, String brandId, String language, Brand brand, BrandResolver resolver) {
    int questions = 0;
    int translated = 0;
    int stale = 0;
    int unverified = 0;
    List<Gap> gaps = new ArrayList<>();
    for (SourcePage page : content.pages()) {
      Map<String, String> hashes = new HashMap<>();
      QuestionSections.of(page.body()).forEach(q -> hashes.putIfAbsent(q.id(), q.hash()));
      Optional<BrandedPage> translation =
          content.translations().stream()
              .filter(t -> t.language().equals(language) && t.sourcePath().equals(page.path()))
              .findFirst()
              .map(t -> resolver.resolve(t.page(), brand, new Diagnostics()));
      Map<String, QuestionSections.Section> translatedIds = new HashMap<>();
      translation.ifPresent(
          t ->
              QuestionSections.of(t.markdown()).forEach(q -> translatedIds.putIfAbsent(q.id(), q)));
      BrandedPage source = resolver.resolve(page, brand, new Diagnostics());
      for (QuestionSections.Section question : QuestionSections.of(source.markdown())) {
        questions++;
        QuestionSections.Section done = translatedIds.get(question.id());
        if (done == null) {
          gaps.add(
              new Gap(
                  source.lines().line(question.line()),
                  "{#" + question.id() + "} has no " + language + " translation"));
          continue;
        }
        translated++;
        String now = hashes.getOrDefault(question.id(), question.hash());
        if (done.from().isEmpty()) {
          unverified++;
        } else if (!done.from().equals(now)) {
          stale++;
          gaps.add(
              new Gap(
                  translation.orElseThrow().lines().line(done.line()),
                  "stale translation of {#"
                      + question.id()
                      + "}: its source changed (now from="
                      + now
                      + ")"));
        }
      }
    }
    return new TranslationCoverage(
        brandId, language, questions, translated, stale, unverified, gaps);
  }
}
