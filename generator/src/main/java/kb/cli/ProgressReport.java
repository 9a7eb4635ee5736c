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
        public void finish() {}
      };

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
