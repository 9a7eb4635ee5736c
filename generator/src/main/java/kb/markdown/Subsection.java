package kb.markdown;

/**
 * A {@code ###} section inside a {@code ##} section, a search document of its own. Immutable.
 *
 * @param anchor its id: written {@code ### Title {#id}}, else its section's id and its place,
 *     {@code 3127-2}
 * @param title the heading as plain text
 * @param text what it holds up to the next {@code ###} or {@code ##}, as plain text
 */
public record Subsection(String anchor, String title, String text) {}
