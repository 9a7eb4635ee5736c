package kb.markdown;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The questions of a page's Markdown found line by line, without parsing it: each {@code ## }
 * heading outside fenced code that ends with an id mark ({@link HeadingIds#MARK}), and its section,
 * the heading's line through the line before the next {@code ## } heading. What translation
 * coverage compares: a translated question's {@code {#id from=1a2b3c4d}} names the {@link #hash} of
 * the source question's section it was translated from.
 */
public final class QuestionSections {

  /** A second-level ATX heading, as flexmark reads one: up to three spaces before it. */
  private static final Pattern HEADING = Pattern.compile(" {0,3}##(?:[ \\t].*)?");

  /** A code fence's opening or closing line: its character and how many of it. */
  private static final Pattern FENCE = Pattern.compile("\\s*(`{3,}|~{3,}).*");

  /** The length of a {@link #hash}, in hex digits. */
  public static final int HASH_LENGTH = 8;

  private QuestionSections() {}

  /**
   * One question's section.
   *
   * @param id the question's id
   * @param from the hash its heading names after {@code from=}, in lower case; empty without one
   * @param aliases the old ids its heading names after {@code aliases=}, in order
   * @param line the heading's 0-based line in the text
   * @param text the section, from the heading's line, its trailing whitespace stripped
   */
  public record Section(String id, String from, List<String> aliases, int line, String text) {

    public Section {
      aliases = List.copyOf(aliases);
    }

    /** The {@link #hash} of this section's text. */
    public String hash() {
      return QuestionSections.hash(text);
    }
  }

  /**
   * The questions of {@code markdown} in order; a {@code ## } heading without an id mark ends the
   * section before it but starts none.
   */
  public static List<Section> of(String markdown) {
    String[] lines = markdown.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    List<Section> sections = new ArrayList<>();
    String fence = null;
    String id = null;
    String from = "";
    List<String> aliases = List.of();
    int start = -1;
    for (int i = 0; i <= lines.length; i++) {
      String line = i < lines.length ? lines[i] : null;
      if (line != null) {
        Matcher f = FENCE.matcher(line);
        if (fence == null && f.matches()) {
          fence = f.group(1);
          continue;
        }
        if (fence != null) {
          if (f.matches()
              && f.group(1).charAt(0) == fence.charAt(0)
              && f.group(1).length() >= fence.length()
              && line.strip().length() == f.group(1).length()) {
            fence = null;
          }
          continue;
        }
      }
      if (line != null && !HEADING.matcher(line).matches()) {
        continue;
      }
      if (id != null) {
        String text = String.join("\n", List.of(lines).subList(start, i)).stripTrailing();
        sections.add(new Section(id, from, aliases, start, text));
        id = null;
      }
      Matcher mark = line == null ? null : HeadingIds.MARK.matcher(line);
      if (mark != null && mark.find()) {
        id = mark.group(1);
        from = HeadingIds.from(mark);
        aliases = HeadingIds.aliases(mark);
        start = i;
      }
    }
    return List.copyOf(sections);
  }

  /**
   * The anchors an id mark at the end of {@code line} names, the id first, then its aliases; none
   * when the line does not end with one. Any line, heading or not.
   */
  public static List<String> anchorsMarked(String line) {
    Matcher mark = HeadingIds.MARK.matcher(line);
    if (!mark.find()) {
      return List.of();
    }
    List<String> anchors = new ArrayList<>();
    anchors.add(mark.group(1));
    anchors.addAll(HeadingIds.aliases(mark));
    return anchors;
  }

  /**
   * The first {@value #HASH_LENGTH} hex digits of the SHA-256 of a section's text, line ends made
   * {@code \n} and trailing whitespace stripped.
   */
  public static String hash(String section) {
    String text = section.replace("\r\n", "\n").replace('\r', '\n').stripTrailing();
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, HASH_LENGTH);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
