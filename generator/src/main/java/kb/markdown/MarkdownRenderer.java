package kb.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kb.brand.BrandedPage;
import kb.diagnostic.Diagnostics;

/**
 * flexmark, configured in one place: CommonMark plus tables, {@code !!! tip} callouts, {@code ???
 * note} collapsible blocks, {@code === "Python"} code tabs and code highlighted at build time; raw
 * HTML is shown as text, never interpreted, but for tables of a safe subset ({@link HtmlTable}).
 * Renders each page on its own, cut into questions, its links left for the link stage. Thread-safe:
 * one instance serves every page and brand.
 */
public final class MarkdownRenderer {

  private final Parser parser;
  private final HtmlRenderer html;

  /** A renderer whose own words (callout titles, tab list names) are in English. */
  public MarkdownRenderer() {
    this(MarkdownWords.ENGLISH);
  }

  /**
   * @param words the words the renderer writes itself, in the language of the pages
   */
  public MarkdownRenderer(MarkdownWords words) {
    MutableDataSet options = new MutableDataSet();
    options.set(CalloutRenderer.TITLES, words.calloutTitles());
    options.set(TabsRenderer.TAB_LIST_LABEL, words.tabListLabel());
    options.set(HtmlRenderer.ESCAPE_HTML, true);
    options.set(HtmlRenderer.SOFT_BREAK, "\n");
    options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
    options.set(HtmlRenderer.RENDER_HEADER_ID, false);
    options.set(HtmlRenderer.FENCED_CODE_LANGUAGE_CLASS_PREFIX, "language-");
    // flexmark would drop a link written "javascript:" in lower case and write "JavaScript:" as
    // it is; every link goes to the link stage instead, which refuses both with their source line.
    options.set(HtmlRenderer.SUPPRESSED_LINKS, "");
    // Given once here: left unset, flexmark computes these defaults for every document it parses,
    // reading the icons from its jar each time (a sixth of all parsing time).
    options.set(AdmonitionExtension.QUALIFIER_TYPE_MAP, AdmonitionExtension.getQualifierTypeMap());
    options.set(
        AdmonitionExtension.QUALIFIER_TITLE_MAP, AdmonitionExtension.getQualifierTitleMap());
    options.set(AdmonitionExtension.TYPE_SVG_MAP, Map.of());
    // The parser half of tables is kb's, which asks flexmark's only on pages with a pipe;
    // flexmark parses admonitions, and CalloutRenderer replaces its HTML for callouts.
    // BlockLimits comes first: it must see a line before any parser that could nest deeper.
    // Code tabs (=== "Python") are kb's own container, counted by BlockLimits like callouts.
    List<Extension> parsing =
        List.of(
            new BlockLimits(),
            new TableParser(),
            AdmonitionExtension.create(),
            new TabBlockParser.Extension());
    this.parser =
        Parser.builder(options)
            .extensions(parsing)
            .customInlineParserFactory(CopyFreeInlineParser.FACTORY)
            .paragraphPreProcessorFactory(CopyFreeInlineParser.REFERENCE_DEFINITIONS)
            .build();
    this.html =
        HtmlRenderer.builder(options)
            .extensions(List.of(TablesExtension.create()))
            .nodeRendererFactory(new CalloutRenderer.Factory())
            .nodeRendererFactory(new CodeBlockRenderer.Factory())
            .nodeRendererFactory(new TabsRenderer.Factory())
            .nodeRendererFactory(new SectionMarks.Factory())
            // ---- HTML tables: the one safe subset of raw HTML, and <br> in table cells ----
            .nodeRendererFactory(new HtmlTable.Factory())
            .linkResolverFactory(new LinkSlots.ResolverFactory())
            .attributeProviderFactory(new HeadingIds.ProviderFactory())
            .build();
  }

  /**
   * Every page rendered on all cores, in page order, its links left for the link stage (see {@link
   * RenderedPage#withLinks}). A page's problems go to {@code problems}; it is rendered all the
   * same, so that what links may point at on it is known and one run shows the problems of every
   * page.
   */
  public List<RenderedPage> render(List<BrandedPage> pages, Diagnostics problems) {
    return render(pages, problems, () -> {});
  }

  /** As {@link #render(List, Diagnostics)}, running {@code pageDone} after each page. */
  public List<RenderedPage> render(
      List<BrandedPage> pages, Diagnostics problems, Runnable pageDone) {
    return problems.mapInParallel(
        pages,
        (page, found) -> {
          RenderedPage rendered = render(page, found);
          pageDone.run();
          return rendered;
        });
  }

  /** One page, its problems added to {@code problems}. */
  public RenderedPage render(BrandedPage page, Diagnostics problems) {
    Diagnostics found = new Diagnostics();
    ParsedPage parsed = QuestionSplitter.split(page, parse(page, found), found);
    if (!found.isEmpty()) {
      problems.addAll(found.list());
      // A page whose structure is broken is rendered as an empty page, so that the later stages
      // still report their own problems; one only waiting for answers is whole.
      if (!found.list().stream().allMatch(AnswerPlaceholder::isOne)) {
        parsed = QuestionSplitter.split(page, parser.parse(""), found);
      }
    }
    return render(parsed);
  }

  /**
   * The questions of one brand's page as {@link #render(BrandedPage, Diagnostics)} reads them, and
   * the block its text ends in; the page's problems are left aside. For edits to pages ({@code kb
   * new}), which must read a page exactly as the build will.
   */
  public PageOutline outline(BrandedPage page) {
    Document document = parser.parse(page.markdown());
    ParsedPage parsed = QuestionSplitter.split(page, document, new Diagnostics());
    List<PageOutline.QuestionHeading> questions = new ArrayList<>();
    TextCollectingVisitor text = new TextCollectingVisitor();
    for (ParsedPage.Section section : parsed.sections()) {
      Heading heading = section.heading();
      questions.add(
          new PageOutline.QuestionHeading(
              section.anchor(),
              text.collectAndGetText(heading).strip(),
              page.lines().at(heading.getStartOffset())));
    }
    return new PageOutline(questions, blockAtEnd(page, document));
  }

  /**
   * The innermost block holding the text's last visible character, unless a paragraph or heading.
   */
  private static Optional<PageOutline.Block> blockAtEnd(BrandedPage page, Document document) {
    String markdown = page.markdown();
    int last = markdown.stripTrailing().length() - 1;
    Node inner = null;
    for (Node node = document.getLastChild(); node != null; ) {
      if (node.getStartOffset() > last) {
        node = node.getPrevious();
        continue;
      }
      if (node.getEndOffset() <= last) {
        break;
      }
      if (node instanceof Block) {
        inner = node;
      }
      node = node.getLastChild();
    }
    if (inner == null || inner instanceof Paragraph || inner instanceof Heading) {
      return Optional.empty();
    }
    String kind =
        inner instanceof FencedCodeBlock || inner instanceof IndentedCodeBlock
            ? "code block"
            : inner instanceof HtmlBlockBase ? "HTML block" : "block";
    return Optional.of(new PageOutline.Block(kind, page.lines().at(inner.getStartOffset())));
  }

  /**
   * The page's syntax tree; when it crosses one of {@link ParseLimits} or holds what {@link
   * SectionMarks} cuts pages at, the problem is reported and the tree is an empty one.
   */
  private Document parse(BrandedPage page, Diagnostics problems) {
    if (!SectionMarks.check(page, problems)) {
      return parser.parse("");
    }
    Document document = parser.parse(page.markdown());
    if (!ParseLimits.check(document, page.lines(), problems)) {
      return parser.parse("");
    }
    TabBlockParser.check(document, page.lines(), problems);
    // ---- HTML tables: a table block outside the subset is a problem at its line ----
    HtmlTable.check(document, page.markdown(), page.lines(), problems);
    return document;
  }

  /** The code tab panels of a part of a section, each a part of its own, titled as the part. */
  private static List<Subsection> panels(TabMarks.Cut cut, String title) {
    return cut.panels().stream()
        .map(p -> new Subsection(p.id(), title, HtmlText.of(p.html()), p.label()))
        .toList();
  }

  private RenderedPage render(ParsedPage parsed) {
    BrandedPage page = parsed.page();
    LinkSlots links = new LinkSlots(page.lines());
    links.attachTo(parsed.document());
    SectionMarks.Cut cut = SectionMarks.split(html.render(parsed.document()));
    List<Question> questions = new ArrayList<>();
    List<ParsedPage.Section> sections = parsed.sections();
    for (SectionMarks.Piece piece : cut.questions()) {
      int index = questions.size();
      int start = sections.get(index).heading().getStartOffset();
      int end =
          index + 1 < sections.size()
              ? sections.get(index + 1).heading().getStartOffset()
              : page.markdown().length();
      SectionMarks.SubCut sub = SectionMarks.cutSubsections(piece.answerHtml());
      String title = HtmlText.of(piece.titleHtml().strip());
      TabMarks.Cut lead = TabMarks.cut(sub.leadHtml());
      List<Subsection> subsections = new ArrayList<>(panels(lead, title));
      for (SectionMarks.SubPiece p : sub.subsections()) {
        String subTitle = HtmlText.of(p.titleHtml().strip());
        TabMarks.Cut body = TabMarks.cut(p.bodyHtml());
        subsections.add(new Subsection(p.anchor(), subTitle, HtmlText.of(body.textHtml())));
        subsections.addAll(panels(body, subTitle));
      }
      String answerHtml = TabMarks.cut(sub.answerHtml()).html();
      String answerText = HtmlText.of(answerHtml);
      boolean whole = sub.subsections().isEmpty() && lead.panels().isEmpty();
      questions.add(
          new Question(
              piece.anchor(),
              sections.get(index).aliases(),
              questions.size() + 1,
              title,
              piece.titleHtml().strip(),
              answerHtml,
              answerText,
              page.lines().at(start),
              start,
              end,
              whole ? answerText : HtmlText.of(lead.textHtml()),
              subsections));
    }
    return new RenderedPage(
        page.source().path(),
        page.source().outputPath(),
        page.title(),
        page.source().frontMatter().anchor(),
        page.category(),
        TabMarks.cut(SectionMarks.withoutSubsectionMarks(cut.intro())).html(),
        questions,
        parsed.anchors(),
        links.links(),
        List.of(),
        page.source().frontMatter().where(),
        page);
  }
}
