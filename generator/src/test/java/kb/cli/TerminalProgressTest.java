package kb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * The terminal progress line: every brand on one line, rewritten in place, left standing at the
 * end.
 */
class TerminalProgressTest {

  @Test
  void allBrandsShareOneLineRewrittenInPlace() {
    StringWriter out = new StringWriter();
    TerminalProgress progress = new TerminalProgress(new PrintWriter(out));
    progress.pagesRendered("futu", 0, 2);
    progress.pagesRendered("futu", 1, 2);
    progress.pagesRendered("futu", 2, 2);
    progress.pagesRendered("moomoo", 0, 2);
    progress.pagesRendered("moomoo", 2, 2);
    progress.finish();
    String erase = "\r\033[K";
    assertEquals(
        erase
            + "futu: 0/2 pages"
            + erase
            + "futu: 1/2 pages"
            + erase
            + "futu: 2/2 pages"
            + erase
            + "futu: 2/2 pages, moomoo: 0/2 pages"
            + erase
            + "futu: 2/2 pages, moomoo: 2/2 pages\n",
        out.toString());
  }

  @Test
  void finishWithoutAnyPageWritesNothing() {
    StringWriter out = new StringWriter();
    new TerminalProgress(new PrintWriter(out)).finish();
    assertEquals("", out.toString());
  }
}
