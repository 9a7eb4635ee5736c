package kb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the checks read of each search data file: a word shard's words spelled out (its script has
 * them front-coded), a question file as written, nothing of the further postings chunks, which hold
 * question numbers and scores only.
 */
class SearchDataTextTest {

  private static List<SearchDataFile> files() {
    List<QuestionDoc> docs = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      // "portal" in every question: more than 10, so it has a further postings chunk.
      docs.add(
          new QuestionDoc(
              i, "a.html#" + i, i + 1, "Portal " + i, "A", "portal login port " + "x".repeat(i)));
    }
    return new SearchIndexWriter(SearchAnalysis.forLanguage("en"))
        .write(docs, () -> {})
        .browserFiles();
  }

  @Test
  void wordShardsSpellTheirWordsOutQuestionFilesAreReadAsWrittenPostingsHoldNoText() {
    List<SearchDataFile> files = files();
    SearchDataFile shard =
        files.stream().filter(f -> f.path().equals("search/w-70.js")).findFirst().orElseThrow();
    assertTrue(shard.text().lines().toList().containsAll(List.of("port", "portal")), shard.text());
    assertFalse(shard.script().contains("\"portal\""), "front-coded in the script");
    SearchDataFile questions =
        files.stream().filter(f -> f.path().equals("search/d-0.js")).findFirst().orElseThrow();
    assertEquals(questions.script(), questions.text());
    List<SearchDataFile> later =
        files.stream().filter(f -> f.path().startsWith("search/p-")).toList();
    assertFalse(later.isEmpty(), "a further postings chunk");
    later.forEach(f -> assertFalse(f.holdsText(), f.path()));
  }
}
