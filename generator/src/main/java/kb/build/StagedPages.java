package kb.build;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import kb.brand.Brand;
import kb.brand.BrandCatalog;
import kb.brand.BrandedPage;
import kb.build.PageMemo.PageStages;
import kb.content.ContentSet;
import kb.link.LinkTable;
import kb.link.PageAnchors;
import kb.markdown.MarkdownRenderer;
import kb.markdown.ParsedPage;
import kb.markdown.RenderedPage;

/**
 * A brand's resolved pages parsed and rendered stage by stage, each taken again from an earlier
 * build's {@link PageMemo} where its inputs are unchanged: kb serve's way through the Markdown
 * stages, and kb build's when a page has anchors its first scan could not see.
 */
final class StagedPages {

  private final MarkdownRenderer markdown;
  private final BuildProgress progress;

  StagedPages(MarkdownRenderer markdown, BuildProgress progress) {
    this.markdown = markdown;
    this.progress = progress;
  }

  /** Each page's stages, in page order, and what they were rendered against. */
  record Staged(List<PageStages> pages, PageMemo.LinkInputs links) {}

  /**
   * Each of the brand's resolved pages parsed and rendered, or taken from {@code memo} when the
   * memo gave it and its links are unchanged.
   */
  Staged stage(
      ContentSet content,
      BrandCatalog brands,
      Brand brand,
      List<BrandedPage> branded,
      PageMemo memo) {
    PageStages[] earlier = new PageStages[branded.size()];
    Arrays.setAll(earlier, i -> memo.stagesOf(branded.get(i)));
    ParsedPage[] parsed = new ParsedPage[branded.size()];
    fill(parsed, earlier, true, markdown.parse(pagesWhere(branded, earlier, true)));
    PageAnchors[] anchors = new PageAnchors[branded.size()];
    Arrays.setAll(anchors, i -> earlier[i] == null ? parsed[i].anchors() : earlier[i].anchors());
    PageMemo.LinkInputs inputs =
        new PageMemo.LinkInputs(List.of(anchors), brand, brands.all(), content.assets());
    if (!inputs.equals(memo.links())) {
      // A link may point at any page: once what they can point at changed, every page renders.
      fill(parsed, earlier, false, markdown.parse(pagesWhere(branded, earlier, false)));
      Arrays.fill(earlier, null);
    }
    // Links are resolved only once every page of the brand is parsed: they may point anywhere.
    LinkTable links = LinkTable.of(inputs.pages(), brand, inputs.brands(), inputs.assets());
    List<ParsedPage> toRender = Arrays.stream(parsed).filter(Objects::nonNull).toList();
    List<RenderedPage> rendered =
        markdown.render(toRender, links, progress.counter(brand.id(), toRender.size()));
    return new Staged(stagesOf(branded, earlier, anchors, rendered), inputs);
  }

  /** The pages with no earlier stages ({@code whereNone}), or those with them, in page order. */
  private static List<BrandedPage> pagesWhere(
      List<BrandedPage> branded, PageStages[] earlier, boolean whereNone) {
    List<BrandedPage> pages = new ArrayList<>();
    for (int i = 0; i < earlier.length; i++) {
      if ((earlier[i] == null) == whereNone) {
        pages.add(branded.get(i));
      }
    }
    return pages;
  }

  /** Each page's earlier stages, or new ones from the pages rendered now, in page order. */
  private static List<PageStages> stagesOf(
      List<BrandedPage> branded,
      PageStages[] earlier,
      PageAnchors[] anchors,
      List<RenderedPage> rendered) {
    List<PageStages> pages = new ArrayList<>();
    int next = 0;
    for (int i = 0; i < branded.size(); i++) {
      BrandedPage page = branded.get(i);
      pages.add(
          earlier[i] != null
              ? earlier[i]
              : new PageStages(page.source(), page, anchors[i], rendered.get(next++)));
    }
    return pages;
  }

  /**
   * Puts {@code parsedPages}, in order, at the places where {@code earlier} is null ({@code
   * whereNone}) or where it is not.
   */
  private static void fill(
      ParsedPage[] parsed, PageStages[] earlier, boolean whereNone, List<ParsedPage> parsedPages) {
    int next = 0;
    for (int i = 0; i < parsed.length; i++) {
      if ((earlier[i] == null) == whereNone) {
        parsed[i] = parsedPages.get(next++);
      }
    }
  }
}
