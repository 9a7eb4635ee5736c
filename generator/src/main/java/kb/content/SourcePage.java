package kb.content;

import java.nio.file.Path;

/**
 * One Markdown page as written, before any brand is applied. Immutable.
 *
 * @param file the file, as the user's content folder path names it
 * @param path the path inside the content folder, with {@code /} separators
 * @param frontMatter the page's front matter
 * @param body the Markdown after the front matter, with {@code \n} line ends
 * @param bodyFirstLine the file's line number of the body's first line
 */
public record SourcePage(
    Path file, String path, FrontMatter frontMatter, String body, int bodyFirstLine) {

  /** Where the page is written in a site: the same path, {@code .md} becoming {@code .html}. */
  public String outputPath() {
    return path.substring(0, path.length() - ".md".length()) + ".html";
  }
}
