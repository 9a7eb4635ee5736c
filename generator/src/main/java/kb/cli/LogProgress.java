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
  public synchronized void line(String text) {
    out.println(text);
    out.flush();
  }

  @Override
  public void finish() {}
}
