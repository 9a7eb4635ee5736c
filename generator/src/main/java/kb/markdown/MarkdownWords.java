package kb.markdown;

import java.util.Map;

/**
 * The words kb's Markdown renders itself, in the language of the pages, from the site's message
 * files.
 *
 * @param calloutTitles the title of a callout without one, by kind ({@code tip}, {@code note},
 *     {@code warning}, {@code danger})
 * @param tabListLabel the name of each code tab list, for screen readers
 */
public record MarkdownWords(Map<String, String> calloutTitles, String tabListLabel) {

  /** The words in English. */
  public static final MarkdownWords ENGLISH =
      new MarkdownWords(
          CalloutRenderer.TITLES.getDefaultValue(), TabsRenderer.TAB_LIST_LABEL.getDefaultValue());

  public MarkdownWords {
    calloutTitles = Map.copyOf(calloutTitles);
  }
}
