package kb.markdown;

/**
 * A part of a {@code ##} section that search shows as a result of its own: a {@code ###}
 * subsection, or a code tab's panel. Immutable.
 *
 * @param anchor its id: written {@code ### Title {#id}}, else its section's id and its place,
 *     {@code 3127-2}; a panel's element id, {@code tabs-1-2}
 * @param title the heading as plain text; for a panel, the heading of the section it is in
 * @param text what it holds, as plain text: up to the next {@code ###} or {@code ##} but for the
 *     code tabs in it, which are parts of their own; a panel's content
 * @param tab a panel's label, {@code Python}; empty for a subsection
 */
public record Subsection(String anchor, String title, String text, String tab) {

  /** A {@code ###} subsection. */
  public Subsection(String anchor, String title, String text) {
    this(anchor, title, text, "");
  }
}
