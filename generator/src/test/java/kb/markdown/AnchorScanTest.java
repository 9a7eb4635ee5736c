package kb.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kb.TestContent;
import kb.brand.BrandCatalog;
import kb.brand.BrandResolver;
import kb.brand.BrandedPage;
import kb.content.ContentLoader;
import kb.content.ContentSet;
import kb.content.FrontMatter;
import kb.content.SourcePage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Anchors read from a page's lines are those its parse finds, or visibly not. */
class AnchorScanTest {

  @TempDir Path dir;

  private BrandedPage page(String frontMatterExtra, String body) {
    TestContent content = TestContent.twoBrands(dir);
    content.write(
        "faq/a.md", "---\ntitle: A\ncategory: A\norder: 1\n" + frontMatterExtra + "---\n" + body);
    ContentSet set = new ContentLoader().load(content.root());
    BrandCatalog brands = BrandCatalog.load(content.root().resolve("brands"));
    return new BrandResolver(brands.ids()).resolve(set, brands.all().get(0)).get(0);
  }

  private static Set<String> parsed(BrandedPage page) {
    return new MarkdownRenderer().parse(List.of(page)).get(0).anchors().anchors();
  }

  @Test
  void headingIdsOutsideFencedCodeAndTheFrontMatterAnchorAreWhatTheParseFinds() {
    BrandedPage page =
        page(
            "anchor: top\n",
            String.join(
                "\n",
                "## First? {#1}",
                "",
                "```python",
                "## a comment {#not-a}",
                "``",
                "# still code {#not-b}",
                "  ````",
                "",
                "~~~",
                "## {#not-c}",
                "```",
                "~~~~",
                "",
                "   ### Detail `code` {#d-2}  ",
                "",
                "    ## indented code {#not-d}",
                "",
                "##Not a heading {#not-e}",
                "",
                "## Second? {#second_2}",
                "Text."));
    assertEquals(Set.of("top", "1", "d-2", "second_2"), AnchorScan.of(page).anchors());
    assertEquals(parsed(page), AnchorScan.of(page).anchors());
  }

  @Test
  void aFenceRunFollowedByOtherWhiteSpaceThanSpacesAndTabsDoesNotCloseTheFence() {
    BrandedPage page =
        page(
            "",
            String.join(
                "\n",
                "```",
                "## in code {#a}",
                "```\f",
                "## still code {#b}",
                "``` \t",
                "## out {#c}",
                "~~~",
                "~~~\u2003",
                "## in code {#d}"));
    assertEquals(Set.of("c"), AnchorScan.of(page).anchors());
    assertEquals(parsed(page), AnchorScan.of(page).anchors());
  }

  @Test
  void aHeadingTheScanCannotSeeMakesItDifferFromTheParse() {
    BrandedPage page = page("", "## First? {#1}\n\n> ### Quoted {#q}\n");
    assertEquals(Set.of("1"), AnchorScan.of(page).anchors());
    assertNotEquals(parsed(page), AnchorScan.of(page).anchors());
  }

  /**
   * Random pages of fences, headings and text, indented from none to five spaces: the scan finds
   * the anchors the reference below finds, which matches every line against the patterns.
   */
  @Test
  void findsWhatMatchingEveryLineFinds() {
    Random random = new Random(20261126);
    String[] starts = {
      "```",
      "````",
      "~~~",
      "~~~~",
      "``",
      "```py `x`",
      "~~~ `ok`",
      "#",
      "## ",
      "#######",
      "text",
      "",
      "\t## ",
      "##",
      "`",
      "~"
    };
    String[] ends = {
      "", " {#a}", " Q? {#b-1}", " {#c} ", "{#d}", " ~~~", " ```", "  ", "\t", " \f", "\u2003"
    };
    for (int round = 0; round < 5_000; round++) {
      StringBuilder markdown = new StringBuilder();
      int lines = random.nextInt(12);
      for (int i = 0; i < lines; i++) {
        markdown.append(" ".repeat(random.nextInt(6)));
        markdown.append(starts[random.nextInt(starts.length)]);
        markdown.append(ends[random.nextInt(ends.length)]);
        if (i + 1 < lines || random.nextBoolean()) {
          markdown.append('\n');
        }
      }
      BrandedPage page = bare(markdown.toString());
      assertEquals(
          everyLineMatched(page.markdown()), AnchorScan.of(page).anchors(), markdown::toString);
    }
  }

  private static BrandedPage bare(String markdown) {
    FrontMatter front = new FrontMatter("A", "A", 1, "", "", null);
    SourcePage source = new SourcePage(Path.of("a.md"), "a.md", front, markdown, 1);
    return new BrandedPage(source, "A", "A", markdown, null);
  }

  private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}(?:[ \\t].*)?$");
  private static final Pattern FENCE = Pattern.compile("^( {0,3})(`{3,}|~{3,})(.*)$");
  private static final Pattern CLOSING = Pattern.compile("^ {0,3}(`{3,}|~{3,})[ \\t]*$");

  /** The scan as it was first written: every line copied out and matched. */
  private static Set<String> everyLineMatched(String markdown) {
    Set<String> ids = new HashSet<>();
    String fence = null;
    for (String line : markdown.split("\n", -1)) {
      if (fence != null) {
        Matcher closing = CLOSING.matcher(line);
        if (closing.matches()
            && closing.group(1).charAt(0) == fence.charAt(0)
            && closing.group(1).length() >= fence.length()) {
          fence = null;
        }
        continue;
      }
      Matcher opening = FENCE.matcher(line);
      if (opening.matches()
          && !(opening.group(2).charAt(0) == '`' && opening.group(3).indexOf('`') >= 0)) {
        fence = opening.group(2);
      } else if (HEADING.matcher(line).matches()) {
        Matcher mark = HeadingIds.MARK.matcher(line);
        if (mark.find()) {
          ids.add(mark.group(1));
        }
      }
    }
    return ids;
  }
}
