package kb.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;

/**
 * Build progress on a terminal: one line for all brands, which build side by side ({@code futu:
 * 12/21 pages, moomoo: 8/21 pages}, brands by id), rewritten in place with a carriage return and
 * left standing when the build ends. Thread-safe.
 */
final class TerminalProgress implements ProgressReport {

  /** Back to the start of the line, then erase it. */
  private static final String REWRITE = "\r\033[K";

  private final PrintWriter out;
  private final Map<String, String> brands = new TreeMap<>();

  TerminalProgress(PrintWriter out) {
    this.out = out;
  }

  @Override
  public synchronized void pagesRendered(String brand, int done, int total) {
    brands.put(brand, brand + ": " + done + "/" + total + " pages");
    out.print(REWRITE + String.join(", ", brands.values()));
    out.flush();
  }

  @Override
  public synchronized void line(String text) {
    // Above the progress line, which is then shown again.
    out.print(REWRITE + text + "\n" + String.join(", ", brands.values()));
    out.flush();
  }

  @Override
  public synchronized void finish() {
    if (!brands.isEmpty()) {
      out.print('\n');
      out.flush();
      brands.clear();
    }
  }
}
