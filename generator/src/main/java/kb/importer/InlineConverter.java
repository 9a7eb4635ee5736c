package kb.importer;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Converts the inline parts of exported text to kb Markdown: HTML links ({@code <a href>}, written
 * over several lines by the export), images and emphasis become Markdown, link targets and image
 * paths are mapped by {@link PageLinks} and {@link PageImages}. The HTML is read with jsoup; code
 * spans are left as they are. HTML kb has no form for is dropped, keeping its text, and reported.
 */
final class InlineConverter {

  private static final Set<String> EMPHASIS = Set.of("strong", "b", "em", "i", "code");
  private static final Set<String> DROPPED = Set.of("script", "style", "iframe", "video", "audio");
  private static final Set<String> UNWRAPPED =
      Set.of("span", "font", "div", "p", "sup", "sub", "kbd", "u", "s", "del", "mark", "small");

  private final PageLinks links;
  private final PageImages images;
  private final Path file;
  private final ImportReport report;

  InlineConverter(PageLinks links, PageImages images, Path file, ImportReport report) {
    this.links = links;
    this.images = images;
    this.file = file;
    this.report = report;
  }

  /**
   * @param text the lines of a block, joined by {@code \n}
   * @param firstLine the export line of its first line
   */
  String convert(String text, int firstLine) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      int line = firstLine + (int) text.substring(0, i).chars().filter(ch -> ch == '\n').count();
      int next;
      if (c == '`') {
        next = codeSpan(text, i, out);
      } else if (c == '!' && text.startsWith("![", i)) {
        next = markdownLink(text, i + 1, out, line, true);
      } else if (c == '[') {
        next = markdownLink(text, i, out, line, false);
      } else if (c == '<') {
        next = html(text, i, out, line);
      } else {
        next = -1;
      }
      if (next < 0) {
        out.append(c);
        i++;
      } else {
        i = next;
      }
    }
    return out.toString();
  }

  private static int codeSpan(String text, int at, StringBuilder out) {
    int ticks = 0;
    while (at + ticks < text.length() && text.charAt(at + ticks) == '`') {
      ticks++;
    }
    String run = "`".repeat(ticks);
    int close = text.indexOf(run, at + ticks);
    int end = close < 0 ? at + ticks : close + ticks;
    out.append(text, at, end);
    return end;
  }

  /** {@code [text](url)} or, from the {@code [} of {@code ![alt](src)}, an image. */
  private int markdownLink(String text, int at, StringBuilder out, int line, boolean image) {
    int close = text.indexOf(']', at);
    if (close < 0 || close + 1 >= text.length() || text.charAt(close + 1) != '(') {
      return -1;
    }
    int end = text.indexOf(')', close + 2);
    if (end < 0) {
      return -1;
    }
    String label = text.substring(at + 1, close);
    String target = text.substring(close + 2, end).strip();
    String title = "";
    int space = target.indexOf(' ');
    if (space > 0) {
      title = target.substring(space);
      target = target.substring(0, space);
    }
    if (image) {
      out.append("![")
          .append(label)
          .append("](")
          .append(images.map(label, target, line))
          .append(')');
    } else {
      out.append('[')
          .append(convert(label, line))
          .append("](")
          .append(links.map(target, file, line, report))
          .append(title)
          .append(')');
    }
    return end + 1;
  }

  private int html(String text, int at, StringBuilder out, int line) {
    int nameEnd = at + 1;
    while (nameEnd < text.length() && Character.isLetterOrDigit(text.charAt(nameEnd))) {
      nameEnd++;
    }
    if (nameEnd == at + 1 || nameEnd >= text.length()) {
      return -1;
    }
    char after = text.charAt(nameEnd);
    if (!(after == '>' || after == '/' || Character.isWhitespace(after))) {
      return -1;
    }
    String name = text.substring(at + 1, nameEnd).toLowerCase(Locale.ROOT);
    int tagEnd = text.indexOf('>', nameEnd);
    if (tagEnd < 0) {
      return -1;
    }
    if (name.equals("br")) {
      out.append("\\\n");
      int end = tagEnd + 1;
      return end < text.length() && text.charAt(end) == '\n' ? end + 1 : end;
    }
    if (name.equals("img")) {
      Element img = parse(text.substring(at, tagEnd + 1), "img");
      String src = img == null ? "" : img.attr("src");
      String alt = img == null ? "" : img.attr("alt");
      out.append("![").append(alt).append("](").append(images.map(alt, src, line)).append(')');
      return tagEnd + 1;
    }
    int close = indexOfIgnoreCase(text, "</" + name + ">", tagEnd);
    boolean known = name.equals("a") || EMPHASIS.contains(name);
    if (close < 0 || !(known || DROPPED.contains(name) || UNWRAPPED.contains(name))) {
      return -1;
    }
    int end = close + name.length() + 3;
    Element element = parse(text.substring(at, end), name);
    if (element == null) {
      return -1;
    }
    String inner = element.text();
    switch (name) {
      case "a" -> {
        String href = element.attr("href");
        if (href.isEmpty()) {
          out.append(inner);
        } else {
          String target = links.map(href, file, line, report);
          out.append(
              inner.equals(href) && target.equals(href)
                  ? "<" + href + ">"
                  : "[" + inner + "](" + target + ")");
        }
      }
      case "strong", "b" -> out.append("**").append(inner).append("**");
      case "em", "i" -> out.append('*').append(inner).append('*');
      case "code" -> out.append('`').append(inner).append('`');
      default -> {
        boolean drop = DROPPED.contains(name);
        report.add(
            file,
            line,
            "HTML <" + name + ">, which kb has no form for",
            drop ? "left it out" : "kept its text without the tag");
        if (!drop) {
          out.append(inner);
        }
      }
    }
    return end;
  }

  private static Element parse(String html, String name) {
    return Jsoup.parseBodyFragment(html).body().selectFirst(name);
  }

  private static int indexOfIgnoreCase(String text, String part, int from) {
    return text.toLowerCase(Locale.ROOT).indexOf(part, from);
  }
}
