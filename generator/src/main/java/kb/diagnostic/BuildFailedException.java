package kb.diagnostic;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The one exception a build stage throws for a problem in the user's input. It carries every
 * problem found, each with its file and line; the CLI prints them without a stack trace.
 */
public final class BuildFailedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<Diagnostic> diagnostics;

  public BuildFailedException(List<Diagnostic> diagnostics) {
    super(diagnostics.stream().map(Diagnostic::format).collect(Collectors.joining("\n")));
    if (diagnostics.isEmpty()) {
      throw new IllegalArgumentException("a failed build names at least one problem");
    }
    this.diagnostics = List.copyOf(diagnostics);
  }

  public BuildFailedException(Diagnostic diagnostic) {
    this(List.of(diagnostic));
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /**
   * {@link ExitCode#INPUT_ERROR} when any input could not be read, else {@link ExitCode#FAILED}.
   */
  public ExitCode exitCode() {
    boolean unreadable = diagnostics.stream().anyMatch(d -> d.kind() == Diagnostic.Kind.INPUT);
    return unreadable ? ExitCode.INPUT_ERROR : ExitCode.FAILED;
  }
}
