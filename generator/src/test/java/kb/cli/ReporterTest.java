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

  @Test
  void runningOutOfMemoryOnABuildThreadSaysSoAndHowToGiveMoreHeap() {
    StringWriter err = new StringWriter();
    int code =
        Reporter.run(
            new PrintWriter(err),
            false,
            () -> {
              throw new CompletionException(new OutOfMemoryError("Java heap space"));
            });
    assertEquals(ExitCode.INTERNAL_ERROR.code(), code);
    String text = err.toString();
    assertTrue(text.startsWith("kb: out of memory (Java heap of "), text);
    assertTrue(text.contains("nothing was published"), text);
    assertTrue(text.contains("KB_JAVA_OPTS=-Xmx4g"), text);
    assertFalse(text.contains("internal error"), text);
  }

  @Test
  void aBugIsStillAnInternalErrorWithAHintToGetItsTrace() {
    StringWriter err = new StringWriter();
    int code =
        Reporter.run(
            new PrintWriter(err),
            false,
            () -> {
              throw new IllegalStateException("boom");
            });
    assertEquals(ExitCode.INTERNAL_ERROR.code(), code);
    assertTrue(
        err.toString().startsWith("kb: internal error: java.lang.IllegalStateException: boom"));
  }
}
