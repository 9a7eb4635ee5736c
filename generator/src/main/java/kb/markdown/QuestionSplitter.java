package kb.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import kb.brand.BrandedPage;
import kb.diagnostic.Diagnostic;
import kb.diagnostic.Diagnostics;
import kb.diagnostic.SourceSpan;

/**
 * Cuts a parsed page into questions: each {@code ##} heading starts one and needs an explicit id
 * ({@code ## How to ...? {#3127}}); everything up to the next {@code ##} is its answer. The page
 * title comes from front matter, so a {@code #} heading in the body is an error, and so is an
 * answer left as {@code kb new}'s placeholder ({@link AnswerPlaceholder}).
 */
final class QuestionSplitter {

  private QuestionSplitter() {}

  static ParsedPage split(BrandedPage page, Document document, Diagnostics problems) {
    Map<String, SourceSpan> ids = new HashMap<>();
    String pageAnchor = page.source().frontMatter().anchor();
    if (!pageAnchor.isEmpty()) {
      ids.put(pageAnchor, page.source().frontMatter().where());
    }
    boolean mayHoldPlaceholder = AnswerPlaceholder.mayBeIn(page.markdown());
    Map<String, SourceSpan> aliases = new LinkedHashMap<>();
    for (Node node : document.getDescendants()) {
      if (node instanceof Heading heading) {
        String id = HeadingIds.take(heading);
        if (id != null) {
          SourceSpan where = page.lines().at(heading.getStartOffset());
          register(id, where, ids, problems);
          HeadingIds.aliasesOf(heading).forEach(alias -> aliases.putIfAbsent(alias, where));
        }
      } else if (mayHoldPlaceholder
          && node instanceof Paragraph paragraph
          && AnswerPlaceholder.isIn(paragraph)) {
        problems.add(AnswerPlaceholder.at(page.lines().at(paragraph.getStartOffset())));
      }
    }
    // An alias that clashes with another anchor is reported once for all languages of the page,
    // by AnchorAliases; here it is only one more anchor a link may name.
    aliases.forEach(ids::putIfAbsent);
    List<ParsedPage.Section> sections = new ArrayList<>();
    int subsections = 0;
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Heading heading && heading.getLevel() <= 2) {
        startSection(page, heading, ids, sections, problems);
        subsections = 0;
      } else if (node instanceof Heading heading && heading.getLevel() == 3) {
        subsections++;
        if (HeadingIds.idOf(heading) == null && !sections.isEmpty()) {
          giveId(heading, sections.get(sections.size() - 1).anchor(), subsections, ids, page);
        }
      }
    }
    PageAnchors anchors =
        new PageAnchors(
            page.source().path(),
            page.source().outputPath(),
            page.source().frontMatter().docPath(),
            ids.keySet());
    return new ParsedPage(page, document, sections, anchors);
  }

  private static void startSection(
      BrandedPage page,
      Heading heading,
      Map<String, SourceSpan> ids,
      List<ParsedPage.Section> sections,
      Diagnostics problems) {
    SourceSpan where = page.lines().at(heading.getStartOffset());
    if (heading.getLevel() == 1) {
      problems.add(
          Diagnostic.content(where, "a # heading in the body; the page title is in front matter")
              .withHint("write questions as ## Question? {#id}"));
      return;
    }
    String id = HeadingIds.idOf(heading);
    if (id == null) {
      problems.add(
          Diagnostic.content(where, "question has no id")
              .withHint(
                  "end the heading with a stable id, for example {#" + freeId(heading, ids) + "}"));
      return;
    }
    if (hasNoText(heading)) {
      problems.add(
          Diagnostic.content(where, "question has no text")
              .withHint("write the question before its id: ## How do I ...? {#" + id + "}"));
      return;
    }
    sections.add(new ParsedPage.Section(heading, id, HeadingIds.aliasesOf(heading)));
  }

  /**
   * A {@code ###} heading written without an id gets its section's id and its place, {@code 3127-2}
   * (the same in every language while the sections match), so search can point at it.
   */
  private static void giveId(
      Heading heading, String section, int place, Map<String, SourceSpan> ids, BrandedPage page) {
    String id = section + "-" + place;
    while (ids.containsKey(id)) {
      id = id + "-" + place;
    }
    ids.put(id, page.lines().at(heading.getStartOffset()));
    HeadingIds.assign(heading, id);
  }

  /**
   * Whether the heading, its id taken off, is empty or only spaces and control characters: its
   * title would be empty, as {@link HtmlText#of} trims control characters off the ends.
   */
  private static boolean hasNoText(Heading heading) {
    for (Node child : heading.getChildren()) {
      if (!(child instanceof Text text) || !isBlank(text.getChars())) {
        return false;
      }
    }
    return true;
  }

  private static boolean isBlank(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c > ' ' && !Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        return false;
      }
    }
    return true;
  }

  private static void register(
      String id, SourceSpan where, Map<String, SourceSpan> ids, Diagnostics problems) {
    SourceSpan first = ids.putIfAbsent(id, where);
    if (first != null) {
      problems.add(
          Diagnostic.content(where, "duplicate anchor id '" + id + "' on this page")
              .withHint("first used at " + first + "; ids must be unique on a page"));
    }
  }

  /** A free four-digit id derived from the heading text, so the hint is the same every run. */
  private static String freeId(Heading heading, Map<String, SourceSpan> ids) {
    int candidate = Math.floorMod(heading.getText().toString().hashCode(), 9000) + 1000;
    TreeSet<String> used = new TreeSet<>(ids.keySet());
    while (used.contains(Integer.toString(candidate))) {
      candidate = candidate == 9999 ? 1000 : candidate + 1;
    }
    return Integer.toString(candidate);
  }
}
