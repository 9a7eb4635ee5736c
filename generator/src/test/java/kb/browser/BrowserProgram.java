package kb.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * A program the browser tests run, found as a user's shell would: the file its variable names
 * ({@code KB_CHROMIUM=/opt/chromium/chrome}), else the first executable of its name on the {@code
 * PATH}.
 */
record BrowserProgram(String name, String variable) {

  static final BrowserProgram CHROMIUM = new BrowserProgram("chromium", "KB_CHROMIUM");
  static final BrowserProgram CHROMEDRIVER = new BrowserProgram("chromedriver", "KB_CHROMEDRIVER");

  /**
   * Where the program is in {@code env}; empty when it is on no folder of the {@code PATH}.
   *
   * @throws IllegalArgumentException when the variable is set but names no executable file: a
   *     mistake to report, never a reason to skip the tests
   */
  Optional<Path> find(Map<String, String> env) {
    String named = env.getOrDefault(variable, "");
    if (!named.isBlank()) {
      Path file = Path.of(named);
      if (!isExecutableFile(file)) {
        throw new IllegalArgumentException(variable + "=" + named + " is not an executable file");
      }
      return Optional.of(file);
    }
    for (String folder : env.getOrDefault("PATH", "").split(File.pathSeparator)) {
      try {
        Path file = Path.of(folder.isEmpty() ? "." : folder, name);
        if (isExecutableFile(file)) {
          return Optional.of(file);
        }
      } catch (InvalidPathException e) {
        // a PATH entry that is no path holds no program
      }
    }
    return Optional.empty();
  }

  /** How to make the program found, for the message shown when it is not. */
  String howToProvide() {
    return name + " (not on the PATH; or set " + variable + " to its file)";
  }

  private static boolean isExecutableFile(Path file) {
    return Files.isRegularFile(file) && Files.isExecutable(file);
  }
}
