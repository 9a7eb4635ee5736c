package kb.cli;

import java.io.PrintWriter;

/**
 * Build progress on a terminal: one line per brand ({@code futu: 12/21 pages}), rewritten in place
 * with a carriage return while its pages render, and left standing when the next brand starts.
 * Thread-safe.
 */
final class TerminalProgress implements ProgressReport {

  /** Back to the start of the line, then erase it. */
  private static final String REWRITE = "\r\033[K";

  private final PrintWriter out;
  private String brand;

  TerminalProgress(PrintWriter out) {
    this.out = out;
  }

  @Override
  public synchronized void pagesRendered(String brand, int done, int total) {
    if (this.brand != null && !this.brand.equals(brand)) {
      out.print('\n');
    }
    this.brand = brand;
    out.print(REWRITE + brand + ": " + done + "/" + total + " pages");
    out.flush();
  }

  @Override
  public synchronized void finish() {
    if (brand != null) {
      out.print('\n');
      out.flush();
      brand = null;
    }
  }
}
