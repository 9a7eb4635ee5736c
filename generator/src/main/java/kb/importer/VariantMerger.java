package kb.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes two brands' variants of an answer as one: blocks are aligned (a longest common subsequence
 * of blocks that {@link BrandUnifier} can write as one text), each aligned pair is written once,
 * with variables where the brands' values differ, and each run of blocks only one variant has, or
 * that differ otherwise, goes in a brand block, so a brand block holds the smallest units that
 * differ (a paragraph, a list item, a code block), not the whole answer.
 */
final class VariantMerger {

  /**
   * An answer written for every brand.
   *
   * @param text its kb Markdown
   * @param variables whether a variable stands where the brands' texts differ
   * @param brandBlocks whether it holds brand blocks
   */
  record Merged(String text, boolean variables, boolean brandBlocks) {}

  private final BrandUnifier unifier;
  private final Path file;
  private final ImportReport report;

  VariantMerger(BrandUnifier unifier, Path file, ImportReport report) {
    this.unifier = unifier;
    this.file = file;
    this.report = report;
  }

  /**
   * @param first the first brand's blocks
   * @param second the second brand's blocks
   * @param brands the two brands' ids
   */
  Merged merge(List<AnswerBlock> first, List<AnswerBlock> second, List<String> brands) {
    reportOtherBrandsValues(first, 0, brands);
    reportOtherBrandsValues(second, 1, brands);
    int n = first.size();
    int m = second.size();
    String[][] unified = new String[n][m];
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        Optional<String> one = unify(first.get(i), second.get(j));
        unified[i][j] = one.orElse(null);
        lcs[i][j] =
            one.isPresent() ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<AnswerBlock> out = new ArrayList<>();
    boolean variables = false;
    boolean blocks = false;
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && unified[i][j] != null && lcs[i][j] == lcs[i + 1][j + 1] + 1) {
        AnswerBlock block = first.get(i);
        variables |= !unified[i][j].equals(block.text());
        out.add(new AnswerBlock(block.kind(), unified[i][j], block.firstLine(), block.gapBefore()));
        i++;
        j++;
        continue;
      }
      int fromI = i;
      int fromJ = j;
      while ((i < n || j < m)
          && !(i < n && j < m && unified[i][j] != null && lcs[i][j] == lcs[i + 1][j + 1] + 1)) {
        if (j >= m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) {
          i++;
        } else {
          j++;
        }
      }
      List<AnswerBlock> a = first.subList(fromI, i);
      List<AnswerBlock> b = second.subList(fromJ, j);
      explain(a, b);
      out.add(brandBlocks(a, b, brands));
      blocks = true;
    }
    return new Merged(BlockConverter.join(out), variables, blocks);
  }

  /** Each block of one brand's variant that holds a value of the other brand's, at its line. */
  private void reportOtherBrandsValues(List<AnswerBlock> blocks, int brand, List<String> brands) {
    for (AnswerBlock block : blocks) {
      unifier
          .otherBrandsValue(block.text(), brand)
          .ifPresent(
              value ->
                  report.add(
                      file,
                      block.firstLine(),
                      "the "
                          + brands.get(brand)
                          + " variant holds '"
                          + value.values().get(1 - brand)
                          + "', "
                          + brands.get(1 - brand)
                          + "'s "
                          + value.key()
                          + " ("
                          + brands.get(brand)
                          + "'s is '"
                          + value.values().get(brand)
                          + "')",
                      "kept as written; check the page, or write {{" + value.key() + "}}"));
    }
  }

  private Optional<String> unify(AnswerBlock a, AnswerBlock b) {
    if (a.kind() != b.kind()) {
      return Optional.empty();
    }
    return unifier.unify(a.text(), b.text(), a.spacesMatter());
  }

  /**
   * Blocks that are the same block in both variants but differ in something the brand files do not
   * hold (a path one brand's page spells otherwise) are reported: a brand value would make them
   * one. Blocks that say different things are each brand's own answer, not a problem.
   */
  private void explain(List<AnswerBlock> a, List<AnswerBlock> b) {
    if (a.size() != b.size()) {
      return;
    }
    for (int k = 0; k < a.size(); k++) {
      AnswerBlock x = a.get(k);
      AnswerBlock y = b.get(k);
      if (x.kind() != y.kind()) {
        return;
      }
      List<BrandUnifier.Hunk> hunks =
          BrandUnifier.Tokens.diff(x.text(), y.text(), x.spacesMatter());
      int differing = hunks.stream().mapToInt(h -> h.aTokens() + h.bTokens()).sum();
      int tokens =
          BrandUnifier.Tokens.of(x.text(), x.spacesMatter()).size()
              + BrandUnifier.Tokens.of(y.text(), y.spacesMatter()).size();
      if (differing * 4 > tokens) {
        return;
      }
      BrandUnifier.Difference d = unifier.difference(x.text(), y.text(), x.spacesMatter());
      report.add(
          file,
          x.firstLine(),
          "the brands' variants differ in '"
              + d.first()
              + "' / '"
              + d.second()
              + "' (lines "
              + x.firstLine()
              + " and "
              + y.firstLine()
              + "), which no brand value holds",
          "kept each brand's text in a brand block; add the value to the brand files to write"
              + " it once");
    }
  }

  private static AnswerBlock brandBlocks(
      List<AnswerBlock> a, List<AnswerBlock> b, List<String> brands) {
    StringBuilder out = new StringBuilder();
    if (!a.isEmpty()) {
      out.append("{% brand ").append(brands.get(0)).append(" %}\n");
      out.append(BlockConverter.join(a)).append("\n{% endbrand %}");
    }
    if (!b.isEmpty()) {
      out.append(out.length() == 0 ? "" : "\n");
      out.append("{% brand ").append(brands.get(1)).append(" %}\n");
      out.append(BlockConverter.join(b)).append("\n{% endbrand %}");
    }
    AnswerBlock head = a.isEmpty() ? b.get(0) : a.get(0);
    // Items of one list stay one list around a brand block of items.
    boolean items =
        java.util.stream.Stream.concat(a.stream(), b.stream())
            .allMatch(x -> x.kind() == AnswerBlock.Kind.LIST_ITEM);
    return new AnswerBlock(
        items ? AnswerBlock.Kind.LIST_ITEM : AnswerBlock.Kind.PARAGRAPH,
        out.toString(),
        head.firstLine(),
        head.gapBefore());
  }
}
