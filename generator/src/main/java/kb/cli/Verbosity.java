package kb.cli;

import picocli.CommandLine.Option;

/** The {@code --verbose} option every command has. */
final class Verbosity {

  @Option(names = "--verbose", description = "Show stack traces of errors.")
  private boolean verbose;

  boolean verbose() {
    return verbose;
  }
}
