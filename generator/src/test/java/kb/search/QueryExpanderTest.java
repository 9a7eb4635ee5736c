package kb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import kb.search.QueryExpander.Expansion;
import kb.search.QueryExpander.WordQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Query semantics: exact words, the last word as a prefix, typos within one or two edits. */
class QueryExpanderTest {

  private final SearchAnalysis analysis = new SearchAnalysis();
  private FaqSearcher searcher;

  @BeforeEach
  void index() {
    List<QuestionDoc> docs =
        List.of(
            new QuestionDoc(0, "a.html#1", 1, "Telnet port", "A", "Configure the telnet port."),
            new QuestionDoc(1, "a.html#2", 2, "Portal login", "A", "Ports and portals."),
            new QuestionDoc(2, "a.html#3", 3, "Verification", "A", "Verify the code."),
            new QuestionDoc(3, "a.html#4", 4, "Blob", "A", "data:" + "x".repeat(40_000)));
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    new SearchIndexWriter(analysis).write(docs, directory);
    searcher = FaqSearcher.open(directory, analysis);
  }

  @AfterEach
  void close() {
    searcher.close();
  }

  private List<WordQuery> expand(String query) {
    return searcher.expander().expand(query);
  }

  private static List<String> words(WordQuery query) {
    return query.expansions().stream().map(e -> e.word() + "@" + e.boost()).toList();
  }

  @Test
  void lastWordBeingTypedAlsoMatchesAsAPrefixAtHalfBoost() {
    List<WordQuery> query = expand("telnet port");
    assertEquals(List.of("telnet@1.0"), words(query.get(0)));
    // Most questions first: "ports" (term "port", 2 questions) before "portal" and "portals".
    assertEquals(
        List.of("port@1.0", "ports@0.5", "portal@0.5", "portals@0.5"), words(query.get(1)));
  }

  @Test
  void aSpaceAfterTheLastWordEndsThePrefix() {
    assertEquals(List.of("port@1.0"), words(expand("telnet port ").get(1)));
  }

  @Test
  void aOneLetterWordIsNotAPrefix() {
    assertEquals(List.of(), words(expand("p").get(0)));
  }

  @Test
  void unknownWordsMatchWordsWithinOneOrTwoEdits() {
    assertEquals(List.of("telnet@0.25"), words(expand("telnte ").get(0)));
    assertEquals(List.of("port@0.25"), words(expand("prot ").get(0)));
    assertEquals(List.of("verification@0.125"), words(expand("verifcaton ").get(0)));
    assertEquals(List.of(), words(expand("xerification ").get(0)), "first letter must match");
  }

  @Test
  void knownWordsAreNotFuzzed() {
    List<Expansion> ports = expand("ports ").get(0).expansions();
    assertEquals(1, ports.size());
    assertEquals("port", ports.get(0).term());
  }

  @Test
  void typedPrefixWithoutWordsFallsBackToTypos() {
    assertTrue(words(expand("telnwt").get(0)).contains("telnet@0.25"));
  }

  @Test
  void aWordLongerThanLuceneAcceptsIsLeftOutNotFatal() {
    assertEquals(
        List.of(),
        expand("data ").get(0).expansions().stream()
            .map(e -> e.word())
            .filter(w -> w.length() > 255)
            .toList());
    assertEquals(4, searcher.search("blob", 10).get(0).number());
  }

  @Test
  void stopWordsMatchNothing() {
    assertEquals(List.of(), expand("the ").get(0).expansions());
  }
}
