package kb.brand;

/**
 * How a brand's site looks. Immutable.
 *
 * @param logoText the text beside the logo mark in the header
 * @param primaryColor a CSS hex colour, checked when the brand file is read
 */
public record Theme(String logoText, String primaryColor) {}
