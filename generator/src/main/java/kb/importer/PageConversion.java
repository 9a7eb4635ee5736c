package kb.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kb.brand.Brand;

/**
 * One exported page as a kb page: front matter from its title, each question with its id and
 * aliases, each answer's variants told apart by {@link BrandEvidence} and written once by {@link
 * VariantMerger}. Not thread-safe: one per page.
 */
final class PageConversion {

  private final List<Brand> brands;
  private final List<String> brandIds;
  private final ExportPage page;
  private final String path;
  private final ImportReport report;
  private final PageImages images;
  private final PageLinks links;
  private final BrandValues values;
  private final String docPath;

  PageConversion(
      Path contentDir,
      List<Brand> brands,
      String language,
      ExportPage page,
      String path,
      Map<String, String> imported,
      ImportReport report) {
    this.brands = brands;
    this.brandIds = brands.stream().map(Brand::id).toList();
    this.page = page;
    this.path = path;
    this.report = report;
    this.images =
        new PageImages(contentDir, path, page.file(), brands.stream().map(Brand::docSite).toList());
    String text =
        String.join("\n", page.sources().stream().distinct().map(PageImport::read).toList());
    List<String> bases = docBases(text);
    String docLanguage = docLanguage(text, bases, language);
    this.docPath =
        page.exportName().isEmpty() || docLanguage.isEmpty()
            ? ""
            : docLanguage + "/" + page.exportName().replaceFirst("_", "/") + ".html";
    this.links = new PageLinks(page.exportName(), imported, path, docPath, bases, docLanguage);
    this.values = brands.size() == 2 ? new BrandValues(brands) : null;
  }

  PageImport.Written convert() {
    StringBuilder out = new StringBuilder();
    out.append(frontMatter());
    Map<Integer, Integer> headings = new LinkedHashMap<>();
    if (!page.intro().isEmpty()) {
      images.inVariant(-1);
      out.append('\n').append(shared(page.intro(), page.file())).append('\n');
    }
    int unified = 0;
    int branded = 0;
    for (ExportQuestion question : page.questions()) {
      out.append('\n');
      headings.put(lineOf(out), question.headingLine());
      Answer answer = answer(question);
      out.append("## ")
          .append(heading(question, answer.order()))
          .append(" {#")
          .append(question.id());
      if (!question.aliases().isEmpty()) {
        out.append(" aliases=").append(String.join(",", question.aliases()));
      }
      out.append("}\n\n").append(answer.text()).append('\n');
      unified += answer.variables() ? 1 : 0;
      branded += answer.brandBlocks() ? 1 : 0;
    }
    Map<Integer, String> brandOf = new LinkedHashMap<>();
    for (int i = 0; i < brandIds.size(); i++) {
      brandOf.put(i, brandIds.get(i));
    }
    images.report(report, brandOf, brandIds.get(0));
    return new PageImport.Written(
        page, path, out.toString(), images.embedded(), headings, unified, branded);
  }

  private static int lineOf(StringBuilder text) {
    return (int) text.chars().filter(c -> c == '\n').count() + 1;
  }

  private String frontMatter() {
    StringBuilder out = new StringBuilder("---\n");
    String title = page.title().isEmpty() ? "Imported" : page.title();
    out.append("title: ").append(yaml(title)).append('\n');
    out.append("category: ").append(yaml(title)).append('\n');
    out.append("kind: faq\n");
    if (!docPath.isEmpty()) {
      out.append("doc_path: ").append(docPath).append('\n');
    }
    if (!page.titleAnchor().isEmpty()) {
      out.append("anchor: \"").append(page.titleAnchor()).append("\"\n");
    }
    return out.append("---\n").toString();
  }

  private static String yaml(String value) {
    boolean plain = value.matches("[\\p{L}\\p{N}][\\p{L}\\p{N} ()?.,'-]*") && !value.endsWith(" ");
    return plain ? value : "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** The question's heading for every brand: one text, or the first brand's, reported. */
  private String heading(ExportQuestion question, List<Integer> order) {
    List<String> texts = question.headings();
    if (texts.size() < 2 || values == null) {
      return PageImport.literalBraces(texts.get(0));
    }
    String first = PageImport.literalBraces(texts.get(order.get(0)));
    String second = PageImport.literalBraces(texts.get(order.get(1)));
    Optional<String> one = new BrandUnifier(values).unify(first, second, false);
    if (one.isEmpty()) {
      report.add(
          page.file(),
          question.headingLine(),
          "the brands' headings of the question differ otherwise than in brand values",
          "kept " + brandIds.get(0) + "'s heading for every brand");
    }
    return one.orElse(first);
  }

  /**
   * An answer written for every brand.
   *
   * @param order the variant index of each brand, in brand order
   */
  private record Answer(String text, List<Integer> order, boolean variables, boolean brandBlocks) {}

  private Answer answer(ExportQuestion question) {
    List<String> parts = new ArrayList<>();
    images.inVariant(-1);
    if (!question.before().isEmpty()) {
      parts.add(shared(question.before(), page.file()));
    }
    List<List<ExportLine>> variants = question.variants();
    List<Integer> order = List.of(0, 1);
    boolean variables = false;
    boolean blocks = false;
    if (variants.size() == 1 && question.headings().size() == 1) {
      parts.add(shared(variants.get(0), page.source(0)));
    } else if (values == null || variants.size() > 2) {
      report.add(
          page.file(),
          question.headingLine(),
          "the answer has "
              + variants.size()
              + " variants and the content "
              + brands.size()
              + " brands",
          "put the variants in brand blocks in the brands' order: check them");
      for (int v = 0; v < Math.min(variants.size(), brandIds.size()); v++) {
        images.inVariant(v);
        parts.add(
            "{% brand "
                + brandIds.get(v)
                + " %}\n"
                + shared(variants.get(v), page.source(v))
                + "\n{% endbrand %}");
      }
    } else {
      List<ExportLine> a = variants.get(0);
      List<ExportLine> b = variants.size() > 1 ? variants.get(1) : variants.get(0);
      order = order(question, a, b);
      List<AnswerBlock> first = blocks(order.get(0) == 0 ? a : b, order.get(0), 0);
      List<AnswerBlock> second = blocks(order.get(0) == 0 ? b : a, order.get(1), 1);
      VariantMerger.Merged merged =
          new VariantMerger(new BrandUnifier(values), page.source(order.get(0)), report)
              .merge(first, second, brandIds);
      parts.add(merged.text());
      variables = merged.variables();
      blocks = merged.brandBlocks();
    }
    images.inVariant(-1);
    if (!question.after().isEmpty()) {
      parts.add(shared(question.after(), page.file()));
    }
    return new Answer(String.join("\n\n", parts), order, variables, blocks);
  }

  /** Which variant is which brand's: by the brand values, else the export's order, reported. */
  private List<Integer> order(ExportQuestion question, List<ExportLine> a, List<ExportLine> b) {
    String first = text(a);
    String second = text(b);
    if (BrandUnifier.Tokens.diff(first, second, true).isEmpty()) {
      return List.of(0, 1);
    }
    Optional<List<Integer>> decided = new BrandEvidence(brands, values).assign(first, second);
    if (decided.isEmpty()) {
      report.add(
          page.file(),
          a.isEmpty() ? question.headingLine() : a.get(0).number(),
          "cannot tell from the brand files which variant of the answer is "
              + brands.get(0).name()
              + "'s and which "
              + brands.get(1).name()
              + "'s",
          "took the export's order: " + brands.get(0).name() + " first");
      return List.of(0, 1);
    }
    return decided.get();
  }

  private static String text(List<ExportLine> lines) {
    return String.join("\n", lines.stream().map(ExportLine::text).toList());
  }

  /** A variant's blocks, its images counted for brand {@code brand}. */
  private List<AnswerBlock> blocks(List<ExportLine> lines, int variant, int brand) {
    images.inVariant(brand);
    return converter(page.source(variant)).convert(lines).stream()
        .map(
            b ->
                new AnswerBlock(
                    b.kind(), PageImport.literalBraces(b.text()), b.firstLine(), b.gapBefore()))
        .toList();
  }

  private String shared(List<ExportLine> lines, Path file) {
    return PageImport.literalBraces(BlockConverter.join(converter(file).convert(lines)));
  }

  private BlockConverter converter(Path file) {
    InlineConverter inline = new InlineConverter(links, images, file, report);
    return new BlockConverter(inline, links, file, report);
  }

  /** Every brand's doc-site base path, the one the export's links use first. */
  private List<String> docBases(String text) {
    List<String> bases = new ArrayList<>();
    for (Brand brand : brands) {
      if (text.contains(brand.docSite().basePath())) {
        bases.add(brand.docSite().basePath());
      }
    }
    brands.stream()
        .map(b -> b.docSite().basePath())
        .filter(b -> !bases.contains(b))
        .forEach(bases::add);
    return bases;
  }

  /** The doc sites' folder of the export's language, as its links show it ({@code en}). */
  private static String docLanguage(String text, List<String> bases, String language) {
    for (String base : bases) {
      Matcher m =
          Pattern.compile(Pattern.quote(base) + "([a-z]{2}(?:-[A-Za-z]{2,4})?)/").matcher(text);
      if (m.find()) {
        return m.group(1);
      }
    }
    return language.equals("en") ? "en" : "";
  }
}
