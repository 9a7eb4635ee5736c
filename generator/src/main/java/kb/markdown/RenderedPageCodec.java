package kb.markdown;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import kb.brand.BrandedPage;
import kb.cache.ValueReader;
import kb.cache.ValueWriter;
import kb.content.AssetFile;
import kb.diagnostic.SourceSpan;

/**
 * A rendered page as bytes for the build cache, and back: every field but the brand-resolved source
 * it was rendered from, which the reader is given again.
 */
public final class RenderedPageCodec {

  private RenderedPageCodec() {}

  /** The page as bytes. */
  public static byte[] write(RenderedPage page) {
    ValueWriter out = new ValueWriter();
    write(page, out);
    return out.toBytes();
  }

  public static void write(RenderedPage page, ValueWriter out) {
    out.string(page.sourcePath())
        .string(page.outputPath())
        .string(page.title())
        .string(page.titleAnchor())
        .string(page.category())
        .string(page.introHtml());
    out.number(page.questions().size());
    for (Question q : page.questions()) {
      out.string(q.anchor()).strings(q.aliases()).number(q.number());
      out.string(q.title()).string(q.titleHtml()).string(q.answerHtml()).string(q.answerText());
      span(q.where(), out);
      out.number(q.sourceStart()).number(q.sourceEnd()).string(q.leadText());
      out.number(q.subsections().size());
      for (Subsection s : q.subsections()) {
        out.string(s.anchor()).string(s.title()).string(s.text()).string(s.tab());
      }
    }
    PageAnchors anchors = page.anchors();
    out.string(anchors.sourcePath()).string(anchors.outputPath()).string(anchors.docPath());
    out.strings(new TreeSet<>(anchors.anchors())); // sorted: a set's order is not stable
    out.number(page.links().size());
    for (PageLink link : page.links()) {
      out.number(link.kind().ordinal()).string(link.written());
      span(link.where(), out);
    }
    out.number(page.assets().size());
    for (AssetFile asset : page.assets()) {
      out.string(asset.path()).string(asset.file().toString()).string(asset.brand());
    }
    span(page.where(), out);
  }

  /**
   * The page {@link #write} wrote, rendered from {@code source}.
   *
   * @throws ValueReader.DamagedValue when the bytes are not such a page
   */
  public static RenderedPage read(byte[] bytes, BrandedPage source) {
    ValueReader in = new ValueReader(bytes);
    String sourcePath = in.string();
    String outputPath = in.string();
    String title = in.string();
    String titleAnchor = in.string();
    String category = in.string();
    String introHtml = in.string();
    int questionCount = in.count(4);
    List<Question> questions = new ArrayList<>(questionCount);
    for (int i = 0; i < questionCount; i++) {
      String anchor = in.string();
      List<String> aliases = in.strings();
      int number = in.number();
      String qTitle = in.string();
      String titleHtml = in.string();
      String answerHtml = in.string();
      String answerText = in.string();
      SourceSpan where = span(in);
      int start = in.number();
      int end = in.number();
      String lead = in.string();
      int subsectionCount = in.count(4);
      List<Subsection> subsections = new ArrayList<>(subsectionCount);
      for (int j = 0; j < subsectionCount; j++) {
        subsections.add(new Subsection(in.string(), in.string(), in.string(), in.string()));
      }
      questions.add(
          new Question(
              anchor,
              aliases,
              number,
              qTitle,
              titleHtml,
              answerHtml,
              answerText,
              where,
              start,
              end,
              lead,
              subsections));
    }
    PageAnchors anchors =
        new PageAnchors(in.string(), in.string(), in.string(), new TreeSet<>(in.strings()));
    int linkCount = in.count(4);
    List<PageLink> links = new ArrayList<>(linkCount);
    PageLink.Kind[] kinds = PageLink.Kind.values();
    for (int i = 0; i < linkCount; i++) {
      int kind = in.number();
      if (kind < 0 || kind >= kinds.length) {
        throw new ValueReader.DamagedValue("link kind " + kind);
      }
      links.add(new PageLink(kinds[kind], in.string(), span(in)));
    }
    int assetCount = in.count(4);
    List<AssetFile> assets = new ArrayList<>(assetCount);
    for (int i = 0; i < assetCount; i++) {
      assets.add(new AssetFile(in.string(), Path.of(in.string()), in.string()));
    }
    SourceSpan where = span(in);
    in.end();
    return new RenderedPage(
        sourcePath,
        outputPath,
        title,
        titleAnchor,
        category,
        introHtml,
        questions,
        anchors,
        links,
        assets,
        where,
        source);
  }

  private static void span(SourceSpan span, ValueWriter out) {
    out.string(span.file().toString()).number(span.line()).number(span.column());
  }

  private static SourceSpan span(ValueReader in) {
    return new SourceSpan(Path.of(in.string()), in.number(), in.number());
  }
}
