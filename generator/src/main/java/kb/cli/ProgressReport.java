package kb.cli;

import java.io.PrintWriter;
import kb.build.BuildProgress;

/** How a command shows a build's progress: on a terminal line, as log lines, or not at all. */
interface ProgressReport extends BuildProgress {

  /** Shows nothing, for {@code --quiet}. */
  ProgressReport QUIET =
      new ProgressReport() {
        @Override
        public void pagesRendered(String brand, int done, int total) {}

        @Override
        public void line(String text) {}

        @Override
        public void finish() {}
      };

  /** Shows a line of its own: a note, or how much of a brand's build its cache held. */
  void line(String text);

  @Override
  default void note(String message) {
    line("note: " + message);
  }

  @Override
  default void cacheUsed(String brand, int taken, int results) {
    if (taken > 0) { // a first build took nothing: nothing to tell
      line(brand + ": " + taken + " of " + results + " results taken from the cache");
    }
  }

  /** Ends the report once the build is over, whether it worked or not. */
  void finish();

  /** A line rewritten in place when the output is a terminal, log lines otherwise. */
  static ProgressReport of(PrintWriter out, boolean quiet) {
    if (quiet) {
      return QUIET;
    }
    return System.console() != null ? new TerminalProgress(out) : new LogProgress(out);
  }
}
