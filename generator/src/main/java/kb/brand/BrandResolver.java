package kb.brand;

import java.util.Arrays;
import java.util.List;
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
    List<BrandedPage> pages =
        problems.mapInParallel(content.pages(), (page, found) -> resolve(page, brand, found));
    problems.throwIfAny();
    return pages;
  }

  BrandedPage resolve(SourcePage page, Brand brand, Diagnostics problems) {
    VariableExpander variables = new VariableExpander(brand);
    BrandBlocks blocks = new BrandBlocks(brand.id(), knownBrands);
    String[] lines = page.body().split("\n", -1);
    StringBuilder markdown = new StringBuilder(page.body().length());
    int[] sourceLines = new int[lines.length];
    int kept = 0;
    for (int i = 0; i < lines.length; i++) {
      SourceSpan where = SourceSpan.at(page.file(), page.bodyFirstLine() + i);
      if (blocks.consume(lines[i], where, problems) || !blocks.visible()) {
        continue;
      }
      if (kept > 0) {
        markdown.append('\n');
      }
      markdown.append(variables.expand(lines[i], where, problems));
      sourceLines[kept++] = where.line();
    }
    blocks.finish(problems);
    FrontMatter front = page.frontMatter();
    String text = markdown.toString();
    int[] map = Arrays.copyOf(sourceLines, Math.max(kept, 1));
    if (kept == 0) {
      map[0] = page.bodyFirstLine();
    }
    return new BrandedPage(
        page,
        variables.expand(front.title(), front.where(), problems),
        variables.expand(front.category(), front.where(), problems),
        text,
        new LineMap(page.file(), text, map));
  }
}
