package kb.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kb.diagnostic.Diagnostic;
import kb.diagnostic.Diagnostics;
import kb.diagnostic.SourceSpan;
import org.junit.jupiter.api.Test;

/** A stage's results are taken again by the next run for equal inputs, and only clean ones. */
class ReuseTest {

  private final List<String> made = new ArrayList<>();

  private String make(String input, Diagnostics problems) {
    made.add(input);
    if (input.startsWith("bad")) {
      problems.add(Diagnostic.content(SourceSpan.at(Path.of("a.md"), 1), "bad input"));
    }
    return new String(input.toUpperCase(java.util.Locale.ROOT));
  }

  @Test
  void theNextRunTakesAgainWhatTheLastMadeOfAnEqualInput() {
    Reuse<String, String> reuse = Reuse.kept();
    String first = reuse.get("a", new Diagnostics(), this::make);
    reuse.endRun();
    String again = reuse.get(new String("a"), new Diagnostics(), this::make);
    assertSame(first, again);
    assertEquals(List.of("a"), made);
  }

  @Test
  void onlyTheLastRunIsOffered() {
    Reuse<String, String> reuse = Reuse.kept();
    reuse.get("a", new Diagnostics(), this::make);
    reuse.endRun();
    reuse.get("b", new Diagnostics(), this::make);
    reuse.endRun();
    reuse.get("a", new Diagnostics(), this::make);
    assertEquals(List.of("a", "b", "a"), made);
  }

  @Test
  void aResultWithProblemsIsMadeAgainAndItsProblemsReportedAgain() {
    Reuse<String, String> reuse = Reuse.kept();
    for (int run = 0; run < 2; run++) {
      Diagnostics problems = new Diagnostics();
      reuse.get("bad", problems, this::make);
      assertEquals(1, problems.list().size());
      reuse.endRun();
    }
    assertEquals(List.of("bad", "bad"), made);
  }

  @Test
  void aOneOffBuildKeepsNothing() {
    Reuse<String, String> reuse = Reuse.none();
    String first = reuse.get("a", new Diagnostics(), this::make);
    reuse.endRun();
    assertNotSame(first, reuse.get("a", new Diagnostics(), this::make));
    assertEquals(List.of("a", "a"), made);
  }

  @Test
  void clearedResultsAreMadeAgain() {
    Reuse<String, String> reuse = Reuse.kept();
    reuse.get("a", new Diagnostics(), this::make);
    reuse.endRun();
    reuse.clear();
    reuse.get("a", new Diagnostics(), this::make);
    assertEquals(List.of("a", "a"), made);
  }
}
