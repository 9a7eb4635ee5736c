package kb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/** What the index writer leaves for readers besides the questions: the vocabulary. */
class SearchIndexWriterTest {

  private static final SearchAnalysis ANALYSIS = new SearchAnalysis();

  private static final List<String> WORDS =
      List.of(
          "The",
          "OpenD",
          "OpenD.xml",
          "auto_hold_quote_right",
          "127.0.0.1",
          "connections",
          "Connecting",
          "can't",
          "program's",
          "富途",
          "牛牛",
          "Café",
          "½cup",
          "…",
          "a.b.",
          "x_",
          "İstanbul",
          "ß",
          "11111",
          "log-in",
          "--opt",
          "\"quoted\"",
          "(paren)",
          "end.");

  @Test
  void vocabularyHoldsEverySurfaceWordOfTheQuestionsWithItsTerm() throws IOException {
    Random random = new Random(20261126);
    List<QuestionDoc> docs = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      docs.add(new QuestionDoc(i, "p.html#" + i, i + 1, text(random, 6), "Page", text(random, 40)));
    }
    Map<String, String> expected = new TreeMap<>();
    for (QuestionDoc doc : docs) {
      for (String text : List.of(doc.question(), doc.answer())) {
        for (String word : ANALYSIS.surfaceWords(text)) {
          expected.put(word, String.valueOf(ANALYSIS.termOf(word)));
        }
      }
    }
    try (Directory directory = new ByteBuffersDirectory()) {
      new SearchIndexWriter(ANALYSIS).write(docs, directory);
      try (FaqSearcher searcher = FaqSearcher.open(directory, ANALYSIS)) {
        Map<String, String> read = new TreeMap<>();
        for (Vocabulary.Entry entry : searcher.vocabulary().all()) {
          read.put(entry.word(), String.valueOf(entry.term()));
        }
        assertEquals(expected, read);
      }
    }
  }

  private static String text(Random random, int words) {
    StringBuilder text = new StringBuilder();
    for (int w = 0; w < words; w++) {
      text.append(w == 0 ? "" : random.nextInt(8) == 0 ? ", " : " ");
      text.append(WORDS.get(random.nextInt(WORDS.size())));
    }
    return text.toString();
  }
}
