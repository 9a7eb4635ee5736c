package kb.diagnostic;

/** The process exit codes of every kb command, in one place. */
public enum ExitCode {
  /** Everything was built or checked and nothing is wrong. */
  OK(0),
  /** The input was read, but a check failed: a broken link, an unknown variable, a brand leak. */
  FAILED(1),
  /** The command line or the input could not be used: a missing folder, malformed YAML. */
  INPUT_ERROR(2),
  /** A bug in kb itself; {@code --verbose} shows the stack trace to report. */
  INTERNAL_ERROR(3);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}
