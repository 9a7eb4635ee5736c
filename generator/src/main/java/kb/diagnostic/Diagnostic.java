package kb.diagnostic;

/**
 * One problem found in the input. Immutable.
 *
 * @param kind whether the input could not be read ({@link Kind#INPUT}) or was read and failed a
 *     check ({@link Kind#CONTENT}); decides the exit code
 * @param where the source file and line to fix
 * @param message what is wrong, in one line
 * @param hint how to fix it, or empty
 */
public record Diagnostic(Kind kind, SourceSpan where, String message, String hint) {

  /** Why the build stopped: unreadable input, or content that fails a check. */
  public enum Kind {
    INPUT,
    CONTENT
  }

  public Diagnostic {
    hint = hint == null ? "" : hint;
  }

  public static Diagnostic input(SourceSpan where, String message) {
    return new Diagnostic(Kind.INPUT, where, message, "");
  }

  public static Diagnostic content(SourceSpan where, String message) {
    return new Diagnostic(Kind.CONTENT, where, message, "");
  }

  public Diagnostic withHint(String newHint) {
    return new Diagnostic(kind, where, message, newHint);
  }

  /** {@code file:line:column: message}, then the hint on its own indented line. */
  public String format() {
    String line = where + ": " + message;
    return hint.isEmpty() ? line : line + "\n  hint: " + hint;
  }
}
