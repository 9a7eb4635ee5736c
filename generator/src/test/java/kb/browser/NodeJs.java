package kb.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Node.js, which runs the site's scripts outside a browser: found on the {@code PATH} or through
 * {@code KB_NODE}, like Chromium. Without it the tests that need it are skipped with the reason,
 * unless {@code CI=true}, where they fail instead.
 */
public final class NodeJs {

  static final BrowserProgram NODE = new BrowserProgram("node", "KB_NODE");

  private NodeJs() {}

  /** What a run of node printed (standard output and error, in order) and how it exited. */
  public record Run(int exitCode, String output) {}

  /**
   * Runs node with {@code arguments} and waits for it to end; skips (or, on CI, fails) without
   * node. The wait is a guard against a hang, never a target.
   */
  public static Run run(List<String> arguments) {
    List<String> command = new ArrayList<>();
    command.add(require(NODE, System.getenv()).toString());
    command.addAll(arguments);
    Path log = null;
    try {
      // Into a file, not a pipe: a node that hangs cannot hold the test past the guard.
      log = Files.createTempFile("kb-node-", ".log");
      Process node =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      node.getOutputStream().close(); // nothing to read: node sees the end of its input
      boolean ended = node.waitFor(5, TimeUnit.MINUTES);
      if (!ended) {
        node.destroyForcibly().waitFor();
      }
      String output = Files.readString(log, StandardCharsets.UTF_8);
      return ended ? new Run(node.exitValue(), output) : fail("node hung: " + command + output);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return fail("interrupted while node ran: " + command);
    } finally {
      deleteIfThere(log);
    }
  }

  private static void deleteIfThere(Path file) {
    try {
      if (file != null) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      // a temporary file left behind is harmless
    }
  }

  /** The program's file in {@code env}; skips (or, on CI, fails) when it is not installed. */
  static Path require(BrowserProgram program, Map<String, String> env) {
    Optional<Path> found;
    try {
      found = program.find(env);
    } catch (IllegalArgumentException e) {
      return fail("node tests: " + e.getMessage());
    }
    if (found.isEmpty() && "true".equals(env.get("CI"))) {
      fail("CI=true but " + program.howToProvide() + " is missing: install nodejs (.ci/run does)");
    }
    Assumptions.assumeTrue(
        found.isPresent(),
        "node tests skipped: no " + program.howToProvide() + " (apt-get install nodejs)");
    return found.get();
  }
}
