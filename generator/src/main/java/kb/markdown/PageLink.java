package kb.markdown;

import kb.diagnostic.SourceSpan;

/**
 * A link or image of a rendered page as the author wrote it, waiting for the link stage to say
 * where it points in a brand's site. Immutable.
 *
 * @param kind what the URL is for
 * @param written the URL as written, variables replaced and entities decoded; for an email
 *     autolink, {@code mailto:} and the address
 * @param where where it is written in the source file
 */
public record PageLink(Kind kind, String written, SourceSpan where) {

  /** What a URL of a page is for. */
  public enum Kind {
    /** The target of a link. */
    LINK,
    /** The source of an image. */
    IMAGE,
    /** An email autolink: flexmark writes {@code mailto:} itself, the URL is the address. */
    MAIL
  }
}
