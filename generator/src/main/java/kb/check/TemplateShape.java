package kb.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/**
 * What jsoup's parse of a page skeleton ({@link kb.template.PageParts#skeleton}) found: the
 * attributes that matter, each as the template's text around the values it holds, and whether a
 * page's values leave its HTML parsed as the skeleton is. Never changed once made.
 *
 * @param attributes the attributes that matter, in document order
 * @param values how many values the skeleton holds; -1 when it cannot stand for its pages
 * @param unquoted the values that sit in unquoted attributes
 */
record TemplateShape(List<TemplateShape.Attr> attributes, int values, int[] unquoted) {

  /** Stands for each value in a skeleton: a private-use character templates do not write. */
  static final char VALUE = '\uE000';

  /**
   * An attribute that matters in a skeleton: its value is {@code texts[0]}, value {@code
   * ordinals[0]}, {@code texts[1]} and so on, as written.
   *
   * @param value the decoded value, when no value is filled in
   */
  record Attr(String tag, String name, String[] texts, int[] ordinals, String value) {

    String written(List<String> values) {
      if (ordinals.length == 0) {
        return texts[0];
      }
      StringBuilder out = new StringBuilder(texts[0]);
      for (int i = 0; i < ordinals.length; i++) {
        out.append(values.get(ordinals[i])).append(texts[i + 1]);
      }
      return out.toString();
    }
  }

  /** Whether a page's values leave its HTML parsed as the skeleton is. */
  boolean fits(List<String> pageValues) {
    if (values != pageValues.size()) {
      return false;
    }
    for (int ordinal : unquoted) {
      String value = pageValues.get(ordinal);
      if (value.isEmpty() || value.chars().anyMatch(UrlAttributes::isSpace)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Parses {@code text}, whose {@link #VALUE}s each stand for a value when {@code expected} is how
   * many there are, or are text when it is -1.
   */
  static TemplateShape of(String text, int expected) {
    int[] holes = expected < 0 ? new int[0] : positions(text);
    if (expected >= 0 && holes.length != expected) {
      return new TemplateShape(
          List.of(), -1, new int[0]); // a template wrote the placeholder itself
    }
    boolean[] inValue = new boolean[holes.length];
    List<Integer> unquoted = new ArrayList<>();
    List<Attr> attributes = new ArrayList<>();
    Parser parser = Parser.htmlParser().setTrackPosition(true);
    for (Element element : parser.parseInput(text, "").getAllElements()) {
      for (Attribute attribute : element.attributes()) {
        Range range = attribute.sourceRange().valueRange();
        int start = range.isTracked() ? range.startPos() : 0;
        int end = range.isTracked() ? range.endPos() : 0;
        int first = firstAtOrAfter(holes, start);
        int last = firstAtOrAfter(holes, end);
        for (int hole = first; hole < last; hole++) {
          inValue[hole] = true;
          char before = start > 0 ? text.charAt(start - 1) : '=';
          if (before != '"' && before != '\'') {
            unquoted.add(hole);
          }
        }
        String name = attribute.getKey().toLowerCase(Locale.ROOT);
        if (UrlAttributes.matters(element, name)) {
          attributes.add(
              attr(
                  element.normalName(),
                  name,
                  text,
                  start,
                  end,
                  holes,
                  first,
                  last,
                  attribute.getValue()));
        }
      }
      Range start = element.sourceRange();
      Range end = element.endSourceRange();
      if (start.isTracked() && valueInTag(start.startPos(), start.endPos(), holes, inValue)
          || end.isTracked() && valueInTag(endTag(text, end), end.endPos(), holes, inValue)
          || element.normalName().equals("meta")
              && element.attr("http-equiv").indexOf(VALUE) >= 0) {
        return new TemplateShape(List.of(), -1, new int[0]);
      }
    }
    for (int hole = 0; hole < holes.length; hole++) {
      if (!inValue[hole] && makesMarkup(text, holes[hole])) {
        return new TemplateShape(List.of(), -1, new int[0]);
      }
    }
    int[] unquotedHoles = unquoted.stream().mapToInt(Integer::intValue).toArray();
    return new TemplateShape(List.copyOf(attributes), holes.length, unquotedHoles);
  }

  private static Attr attr(
      String tag,
      String name,
      String text,
      int start,
      int end,
      int[] holes,
      int first,
      int last,
      String value) {
    String[] texts = new String[last - first + 1];
    int[] ordinals = new int[last - first];
    int from = start;
    for (int hole = first; hole < last; hole++) {
      texts[hole - first] = text.substring(from, holes[hole]);
      ordinals[hole - first] = hole;
      from = holes[hole] + 1;
    }
    texts[last - first] = text.substring(from, Math.max(from, end));
    return new Attr(tag, name, texts, ordinals, value);
  }

  /**
   * Whether a value in text could join the template's text around it into markup: a value holds no
   * {@code <} or {@code >}, but after {@code <}, {@code </} or {@code <!-} its letters would start
   * a tag or comment, and before {@code >} its dashes could end a comment.
   */
  private static boolean makesMarkup(String text, int hole) {
    String before = text.substring(Math.max(0, hole - 3), hole);
    String after = text.substring(hole + 1, Math.min(text.length(), hole + 4));
    return before.endsWith("<")
        || before.endsWith("</")
        || before.endsWith("<!")
        || before.endsWith("<!-")
        || after.startsWith(">")
        || after.startsWith("->")
        || after.startsWith("!>")
        || after.startsWith("-!>");
  }

  /** Whether a value stands in a tag outside every attribute value: in a name. */
  private static boolean valueInTag(int start, int end, int[] holes, boolean[] inValue) {
    for (int hole = firstAtOrAfter(holes, start);
        hole < holes.length && holes[hole] < end;
        hole++) {
      if (!inValue[hole]) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where an end tag starts: jsoup's range of the end of a title, script or style element starts
   * with its text. No value holds a {@code <}, so the tag starts at the last one.
   */
  private static int endTag(String text, Range end) {
    int open = end.endPos() > 0 ? text.lastIndexOf('<', end.endPos() - 1) : -1;
    return Math.max(end.startPos(), open);
  }

  private static int[] positions(String text) {
    int[] at = new int[16];
    int count = 0;
    for (int i = text.indexOf(VALUE); i >= 0; i = text.indexOf(VALUE, i + 1)) {
      if (count == at.length) {
        at = Arrays.copyOf(at, 2 * count);
      }
      at[count++] = i;
    }
    return Arrays.copyOf(at, count);
  }

  private static int firstAtOrAfter(int[] sorted, int position) {
    int found = Arrays.binarySearch(sorted, position);
    return found >= 0 ? found : -found - 1;
  }
}
