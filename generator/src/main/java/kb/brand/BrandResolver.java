package kb.brand;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import kb.content.ContentSet;
import kb.content.FrontMatter;
import kb.content.SourcePage;
import kb.diagnostic.Diagnostics;
import kb.diagnostic.SourceSpan;

/**
 * Resolves every page for one brand: drops the lines of other brands' blocks and replaces
 * variables, keeping a {@link LineMap} so later stages can still name the source line.
 */
public final class BrandResolver {

  private final List<String> knownBrands;

  /**
   * @param knownBrands every brand id of the content, so a block naming another brand is not an
   *     error, but a typo is
   */
  public BrandResolver(List<String> knownBrands) {
    this.knownBrands = List.copyOf(knownBrands);
  }

  /**
   * @throws kb.diagnostic.BuildFailedException with every unknown variable or brand, and every
   *     unclosed or stray block, of all pages
   */
  public List<BrandedPage> resolve(ContentSet content, Brand brand) {
    Diagnostics problems = new Diagnostics();
    List<BrandedPage> pages = resolve(content, brand, problems);
    problems.throwIfAny();
    return pages;
  }

  /**
   * Every page resolved, those with problems too, which go to {@code problems}: an unknown variable
   * is left out and an unclosed block ends with the page, so that later stages can still find their
   * own problems in the page.
   */
  public List<BrandedPage> resolve(ContentSet content, Brand brand, Diagnostics problems) {
    return problems.mapInParallel(content.pages(), (page, found) -> resolve(page, brand, found));
  }

  /**
   * One page for one brand, its problems (unknown variables and brands, unclosed or stray blocks)
   * added to {@code problems}.
   */
  public BrandedPage resolve(SourcePage page, Brand brand, Diagnostics problems) {
    VariableExpander variables = new VariableExpander(brand);
    BrandBlocks blocks = new BrandBlocks(brand.id(), knownBrands);
    String body = page.body();
    Resolved text = new Resolved(body.length());
    // A line without a brace holds no directive and no variable: most lines are copied over as
    // they are, not cut out of the page one by one.
    int brace = nextBrace(body, 0);
    for (int start = 0, line = page.bodyFirstLine(); ; line++) {
      int end = body.indexOf('\n', start);
      boolean last = end < 0;
      end = last ? body.length() : end;
      if (brace < start) {
        brace = nextBrace(body, start);
      }
      if (brace >= end) {
        if (blocks.visible()) {
          text.add(body, start, end, line);
        }
      } else {
        String source = body.substring(start, end);
        SourceSpan where = SourceSpan.at(page.file(), line);
        if (!blocks.consume(source, where, problems) && blocks.visible()) {
          String expanded = variables.expand(source, where, problems);
          text.add(expanded, 0, expanded.length(), line);
        }
      }
      if (last) {
        break;
      }
      start = end + 1;
    }
    blocks.finish(problems);
    FrontMatter front = page.frontMatter();
    return new BrandedPage(
        page,
        variables.expand(front.title(), front.where(), problems),
        variables.expand(front.category(), front.where(), problems),
        text.markdown(),
        text.lines(page.file(), page.bodyFirstLine()));
  }

  /**
   * Where the innermost brand block still open at the end of a page starts, if one is: text added
   * at the end would show for that block's brands only. Read as {@link #resolve} reads blocks.
   */
  public Optional<SourceSpan> openBlockAtEnd(SourcePage page) {
    BrandBlocks blocks = new BrandBlocks("", knownBrands);
    Diagnostics ignored = new Diagnostics();
    String[] lines = page.body().split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      blocks.consume(lines[i], SourceSpan.at(page.file(), page.bodyFirstLine() + i), ignored);
    }
    return blocks.innermostOpen();
  }

  /** Where the next brace is, from {@code from}: past the end when there is none. */
  private static int nextBrace(String body, int from) {
    int brace = body.indexOf('{', from);
    return brace < 0 ? Integer.MAX_VALUE : brace;
  }

  /** The resolved Markdown as its lines are kept, with where each starts and its source line. */
  private static final class Resolved {
    private final StringBuilder markdown;
    private int[] starts = new int[64];
    private int[] sourceLines = new int[64];
    private int kept;

    Resolved(int capacity) {
      markdown = new StringBuilder(capacity);
    }

    /**
     * Appends a kept line. A variable's value may hold line breaks: each line it makes maps to the
     * source line the variable is on.
     */
    void add(String text, int from, int to, int sourceLine) {
      if (kept > 0) {
        markdown.append('\n');
      }
      for (int start = from; ; ) {
        int end = text.indexOf('\n', start);
        if (end < 0 || end >= to) {
          line(text, start, to, sourceLine);
          return;
        }
        line(text, start, end, sourceLine);
        markdown.append('\n');
        start = end + 1;
      }
    }

    private void line(String text, int from, int to, int sourceLine) {
      if (kept == starts.length) {
        starts = Arrays.copyOf(starts, kept * 2);
        sourceLines = Arrays.copyOf(sourceLines, kept * 2);
      }
      starts[kept] = markdown.length();
      sourceLines[kept++] = sourceLine;
      markdown.append(text, from, to);
    }

    String markdown() {
      return markdown.toString();
    }

    /** Where each line came from; a page that keeps no line maps to its body's first line. */
    LineMap lines(Path file, int bodyFirstLine) {
      if (kept == 0) {
        return new LineMap(file, 1, new int[] {0}, new int[] {bodyFirstLine});
      }
      return new LineMap(file, kept, starts, sourceLines);
    }
  }
}
