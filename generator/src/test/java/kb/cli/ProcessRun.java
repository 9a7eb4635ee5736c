package kb.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kb.TestContent;

/**
 * A command run to its end from the repository's root (or another folder), as a user runs kb: its
 * exit code and everything it printed.
 */
record ProcessRun(int exitCode, String out, String err) {

  /** Runs {@code command}, keeping its output in files under {@code scratch}. */
  static ProcessRun of(Path scratch, List<String> command)
      throws IOException, InterruptedException {
    return in(TestContent.repoRoot(), scratch, command, Map.of());
  }

  /** Runs {@code command} with {@code env} set over this process's environment. */
  static ProcessRun of(Path scratch, List<String> command, Map<String, String> env)
      throws IOException, InterruptedException {
    return in(TestContent.repoRoot(), scratch, command, env);
  }

  /** Runs {@code command} from the folder {@code workingDir}. */
  static ProcessRun in(Path workingDir, Path scratch, List<String> command)
      throws IOException, InterruptedException {
    return in(workingDir, scratch, command, Map.of());
  }

  /** Runs {@code command} from {@code workingDir} with {@code env} set over this environment. */
  static ProcessRun in(Path workingDir, Path scratch, List<String> command, Map<String, String> env)
      throws IOException, InterruptedException {
    Path out = scratch.resolve("stdout");
    Path err = scratch.resolve("stderr");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(workingDir.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    builder.environment().putAll(env);
    Process process = builder.start();
    int code = process.waitFor();
    return new ProcessRun(
        code,
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
