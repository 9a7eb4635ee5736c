package kb.cli;

import java.io.PrintWriter;
import java.util.function.Supplier;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.Diagnostic;
import kb.diagnostic.ExitCode;

/**
 * Runs a command's work and turns the outcome into an exit code: a user error prints one line per
 * problem and no stack trace; a bug prints one line and, with --verbose, the trace.
 */
final class Reporter {

  private Reporter() {}

  static int run(PrintWriter err, boolean verbose, Supplier<ExitCode> work) {
    try {
      return work.get().code();
    } catch (BuildFailedException e) {
      for (Diagnostic diagnostic : e.diagnostics()) {
        err.println(diagnostic.format());
      }
      int count = e.diagnostics().size();
      err.println("kb: failed with " + count + (count == 1 ? " problem" : " problems"));
      if (verbose) {
        e.printStackTrace(err);
      }
      err.flush();
      return e.exitCode().code();
    } catch (RuntimeException | Error e) {
      if (outOfMemory(e)) {
        // Not a bug: the content outgrew the heap. Staged output was removed on the way out.
        long heapMib = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        err.println(
            "kb: out of memory (Java heap of "
                + heapMib
                + " MiB); nothing was published, the output folder is as it was");
        err.println("kb: give Java more heap, e.g. KB_JAVA_OPTS=-Xmx4g ./kb build");
        err.flush();
        return ExitCode.INTERNAL_ERROR.code();
      }
      err.println("kb: internal error: " + e);
      if (verbose) {
        e.printStackTrace(err);
      } else {
        err.println("kb: run again with --verbose to see where it happened");
      }
      err.flush();
      return ExitCode.INTERNAL_ERROR.code();
    }
  }

  /** Whether an OutOfMemoryError is the failure or its cause (thrown on a build thread). */
  static boolean outOfMemory(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OutOfMemoryError) {
        return true;
      }
    }
    return false;
  }
}
