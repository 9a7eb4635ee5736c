package kb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.CompletionException;
import kb.diagnostic.ExitCode;
import org.junit.jupiter.api.Test;

class ReporterTest {

  /** What the CLI printed and returned for a command that threw. */
  private record Outcome(int code, String err) {}

  private static Outcome failing(RuntimeException thrown) {
    StringWriter err = new StringWriter();
    int code =
        Reporter.run(
            new PrintWriter(err),
            false,
            () -> {
              throw thrown;
            });
    return new Outcome(code, err.toString());
  }

  @Test
  void runningOutOfMemoryOnABuildThreadSaysSoAndHowToGiveMoreHeap() {
    Outcome outcome = failing(new CompletionException(new OutOfMemoryError("Java heap space")));
    assertEquals(ExitCode.INTERNAL_ERROR.code(), outcome.code());
    String text = outcome.err();
    assertTrue(text.startsWith("kb: out of memory (Java heap of "), text);
    assertTrue(text.contains("nothing was published"), text);
    assertTrue(text.contains("KB_JAVA_OPTS=-Xmx4g"), text);
    assertFalse(text.contains("internal error"), text);
  }

  @Test
  void aBugIsStillAnInternalErrorWithAHintToGetItsTrace() {
    Outcome outcome = failing(new IllegalStateException("boom"));
    assertEquals(ExitCode.INTERNAL_ERROR.code(), outcome.code());
    assertTrue(
        outcome.err().startsWith("kb: internal error: java.lang.IllegalStateException: boom"));
  }
}
