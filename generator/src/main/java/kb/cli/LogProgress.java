package kb.cli;

import java.io.PrintWriter;

/**
 * Build progress for a log or a pipe: one plain line per brand once its pages are rendered, no
 * control characters. Thread-safe.
 */
final class LogProgress implements ProgressReport {

  private final PrintWriter out;

  LogProgress(PrintWriter out) {
    this.out = out;
  }

  @Override
  public synchronized void pagesRendered(String brand, int done, int total) {
    if (done == total) {
      out.println(brand + ": " + done + "/" + total + " pages rendered");
      out.flush();
    }
  }

  @Override
  public synchronized void note(String message) {
    out.println("note: " + message);
    out.flush();
  }

  @Override
  public synchronized void cacheUsed(String brand, int taken, int results) {
    if (taken == 0) {
      return; // a first build: nothing to tell
    }
    out.println(brand + ": " + taken + " of " + results + " results taken from the cache");
    out.flush();
  }

  @Override
  public void finish() {}
}
