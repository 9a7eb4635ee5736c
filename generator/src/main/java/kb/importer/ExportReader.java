package kb.importer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.Diagnostic;
import kb.diagnostic.SourceSpan;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Reads an exported help-center page: its {@code #} title, each {@code ##} question with the anchor
 * its heading carries ({@code <a href="#3127" class="header-anchor">#</a>} or {@code
 * [#](./qa_opend.md#3127)}), and each answer's brand variants. The export writes an answer that
 * differs per brand as one block per brand, each set off by five or more blank lines where the help
 * center had a brand's container; a shared answer follows its heading after one blank line. The
 * navigation at the page's end (previous/next links, the list of its questions) is dropped: kb
 * makes its own.
 */
final class ExportReader {

  /** Blank lines that set off one brand's variant in the export. */
  static final int VARIANT_GAP = 5;

  private static final Pattern MARKDOWN_ANCHOR = Pattern.compile("\\[#]\\(([^)\\s]*)\\)");
  private static final Pattern KB_ANCHOR = Pattern.compile("\\{#([A-Za-z0-9_-]+)}\\s*$");
  private static final Pattern NUMBER = Pattern.compile("^Q\\d+\\s*[:：.．]\\s*");
  private static final Pattern SUFFIX = Pattern.compile("(.+)-(\\d+)");
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]+");
  private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");
  private static final Pattern LIST_LINK =
      Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+\\[[^]]*]\\(([^)\\s]*)\\)\\s*$");
  private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[[^]]*]\\([^)]*\\)");
  private static final Pattern NAVIGATION_WORDS =
      Pattern.compile("(?i)(previous|prev|next|上一页|下一页|上一頁|下一頁|上一篇|下一篇|[\\s←→<>«»|·–—\\-])*");

  private final int brands;

  /**
   * @param brands how many brands the content has: an answer has at most one variant per brand
   */
  ExportReader(int brands) {
    this.brands = brands;
  }

  /**
   * @throws BuildFailedException when the file cannot be read or holds no question
   */
  ExportPage read(Path file, ImportReport report) {
    List<ExportLine> lines = lines(file);
    String title = "";
    String titleAnchor = "";
    String exportName = "";
    List<ExportLine> intro = new ArrayList<>();
    List<Heading> headings = new ArrayList<>();
    List<List<ExportLine>> bodies = new ArrayList<>();
    boolean fenced = false;
    for (ExportLine line : lines) {
      String text = line.text();
      if (FENCE.matcher(text).find()) {
        fenced = !fenced;
      }
      if (!fenced && text.startsWith("# ") && title.isEmpty() && headings.isEmpty()) {
        Heading heading = Heading.parse(text.substring(2), line.number());
        title = heading.text();
        titleAnchor = heading.id();
        exportName = heading.exportName();
      } else if (!fenced && text.startsWith("## ")) {
        Heading heading = Heading.parse(text.substring(3), line.number());
        headings.add(heading);
        bodies.add(new ArrayList<>());
        if (exportName.isEmpty()) {
          exportName = heading.exportName();
        }
      } else if (headings.isEmpty()) {
        intro.add(line);
      } else {
        bodies.get(bodies.size() - 1).add(line);
      }
    }
    if (headings.isEmpty()) {
      throw new BuildFailedException(
          Diagnostic.input(SourceSpan.of(file), "no question in the export (no '## ' heading)")
              .withHint("kb import reads a help-center page exported to Markdown"));
    }
    Set<String> ids = new HashSet<>();
    headings.forEach(h -> ids.add(h.id()));
    bodies.set(
        bodies.size() - 1, withoutNavigation(bodies.get(bodies.size() - 1), ids, exportName));
    return new ExportPage(
        file,
        title,
        titleAnchor,
        exportName,
        trim(intro),
        questions(file, headings, bodies, report),
        List.of(file));
  }

  private List<ExportQuestion> questions(
      Path file, List<Heading> headings, List<List<ExportLine>> bodies, ImportReport report) {
    Map<String, ExportQuestion> byId = new LinkedHashMap<>();
    for (int i = 0; i < headings.size(); i++) {
      Heading heading = headings.get(i);
      String id = heading.id();
      if (id.isEmpty()) {
        id = "q" + heading.line();
        report.add(
            file,
            heading.line(),
            "the question's heading carries no anchor",
            "gave it the id " + id + ": give it the id its deep links use");
      }
      ExportQuestion question = question(id, heading, bodies.get(i));
      Matcher suffix = SUFFIX.matcher(id);
      ExportQuestion base = suffix.matches() ? byId.get(suffix.group(1)) : null;
      if (base != null && base.variants().size() == 1 && question.variants().size() == 1) {
        // The help center de-duplicated a second heading of the same question (one per brand).
        List<String> aliases = new ArrayList<>(base.aliases());
        aliases.add(id);
        List<String> texts = new ArrayList<>(base.headings());
        texts.add(heading.text());
        List<List<ExportLine>> variants = new ArrayList<>(base.variants());
        variants.add(question.variants().get(0));
        byId.put(
            base.id(),
            new ExportQuestion(
                base.id(),
                aliases,
                texts,
                base.headingLine(),
                base.before(),
                variants,
                question.after()));
      } else if (byId.containsKey(id)) {
        String unique = id + "-" + heading.line();
        report.add(
            file,
            heading.line(),
            "a second question with the id " + id,
            "gave it the id " + unique);
        byId.put(unique, question(unique, heading, bodies.get(i)));
      } else {
        byId.put(id, question);
      }
    }
    return List.copyOf(byId.values());
  }

  /**
   * A question's answer, split into brand variants: when the body opens with a brand container's
   * blank lines, each run of lines set off by {@value #VARIANT_GAP} blank lines is one brand's
   * variant, up to one per brand; what follows is shared.
   */
  private ExportQuestion question(String id, Heading heading, List<ExportLine> body) {
    List<List<ExportLine>> chunks = chunks(body);
    boolean branded = leadingBlanks(body) >= 3 && chunks.size() >= 2;
    List<List<ExportLine>> variants = new ArrayList<>();
    List<ExportLine> after = new ArrayList<>();
    if (!branded) {
      variants.add(trim(body));
    } else {
      for (int i = 0; i < chunks.size(); i++) {
        if (i < brands) {
          variants.add(chunks.get(i));
        } else {
          if (!after.isEmpty()) {
            after.add(new ExportLine(chunks.get(i).get(0).number() - 1, ""));
          }
          after.addAll(chunks.get(i));
        }
      }
    }
    return new ExportQuestion(
        id, List.of(), List.of(heading.text()), heading.line(), List.of(), variants, after);
  }

  private static int leadingBlanks(List<ExportLine> body) {
    int blanks = 0;
    while (blanks < body.size() && body.get(blanks).isBlank()) {
      blanks++;
    }
    return blanks;
  }

  /** The body's runs of lines set off by {@value #VARIANT_GAP} or more blank lines. */
  private static List<List<ExportLine>> chunks(List<ExportLine> body) {
    List<List<ExportLine>> chunks = new ArrayList<>();
    List<ExportLine> current = new ArrayList<>();
    int blanks = 0;
    boolean fenced = false;
    for (ExportLine line : body) {
      if (FENCE.matcher(line.text()).find()) {
        fenced = !fenced;
      }
      if (line.isBlank() && !fenced) {
        blanks++;
        current.add(line);
        continue;
      }
      if (blanks >= VARIANT_GAP && !trim(current).isEmpty()) {
        chunks.add(trim(current));
        current = new ArrayList<>();
      }
      blanks = 0;
      current.add(line);
    }
    if (!trim(current).isEmpty()) {
      chunks.add(trim(current));
    }
    return chunks;
  }

  /** The lines without the blank lines at either end. */
  static List<ExportLine> trim(List<ExportLine> lines) {
    int from = 0;
    int to = lines.size();
    while (from < to && lines.get(from).isBlank()) {
      from++;
    }
    while (to > from && lines.get(to - 1).isBlank()) {
      to--;
    }
    return List.copyOf(lines.subList(from, to));
  }

  /** The last question's body without the page's previous/next links and list of questions. */
  private static List<ExportLine> withoutNavigation(
      List<ExportLine> body, Set<String> ids, String exportName) {
    int end = body.size();
    while (end > 0) {
      ExportLine line = body.get(end - 1);
      if (line.isBlank() || isNavigation(line.text(), ids, exportName)) {
        end--;
      } else {
        break;
      }
    }
    return List.copyOf(body.subList(0, end));
  }

  private static boolean isNavigation(String text, Set<String> ids, String exportName) {
    Matcher item = LIST_LINK.matcher(text);
    if (item.matches()) {
      String url = item.group(1);
      int hash = url.indexOf('#');
      String path = hash < 0 ? url : url.substring(0, hash);
      boolean ownPage = path.isEmpty() || (!exportName.isEmpty() && path.contains(exportName));
      return hash >= 0 && ownPage && ids.contains(url.substring(hash + 1));
    }
    String rest = text;
    boolean linked = false;
    if (rest.contains("<a ")) {
      Element body = Jsoup.parseBodyFragment(rest).body();
      linked = !body.select("a[href]").isEmpty();
      body.select("a").remove();
      rest = body.text();
    }
    Matcher links = MARKDOWN_LINK.matcher(rest);
    linked |= links.find();
    rest = links.replaceAll("");
    return linked && NAVIGATION_WORDS.matcher(rest).matches();
  }

  /** An exported page is some ten kilobytes; a file past this is not one. */
  private static final long MAX_BYTES = 64L * 1024 * 1024;

  private static List<ExportLine> lines(Path file) {
    String text;
    try {
      // Not a device or a pipe, which could be endless or never end; an export is a page.
      if (!Files.isRegularFile(file)) {
        throw new BuildFailedException(
            Diagnostic.input(SourceSpan.of(file), "cannot read the export: not a regular file"));
      }
      if (Files.size(file) > MAX_BYTES) {
        throw new BuildFailedException(
            Diagnostic.input(
                SourceSpan.of(file),
                "cannot read the export: larger than " + MAX_BYTES / (1024 * 1024) + " MB"));
      }
      byte[] bytes = Files.readAllBytes(file);
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new BuildFailedException(
          Diagnostic.input(SourceSpan.of(file), "the export is not UTF-8 text")
              .withHint("convert it to UTF-8, for example with iconv"));
    } catch (IOException e) {
      throw new BuildFailedException(
          Diagnostic.input(SourceSpan.of(file), "cannot read the export: " + e.getMessage()));
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String[] split = text.split("\r?\n", -1);
    List<ExportLine> lines = new ArrayList<>();
    for (int i = 0; i < split.length; i++) {
      lines.add(new ExportLine(i + 1, split[i]));
    }
    return lines;
  }

  /**
   * A heading of the export, its anchor taken off.
   *
   * @param text the heading's text, without anchor and question number
   * @param id the anchor's id, or empty
   * @param exportName the page name the anchor's link names ({@code qa_opend}), or empty
   * @param line the heading's line
   */
  record Heading(String text, String id, String exportName, int line) {

    static Heading parse(String raw, int line) {
      String text = raw.strip();
      String id = "";
      String name = "";
      Matcher markdown = MARKDOWN_ANCHOR.matcher(text);
      Matcher kb = KB_ANCHOR.matcher(text);
      if (markdown.find()) {
        String url = markdown.group(1);
        int hash = url.indexOf('#');
        id = hash < 0 ? "" : url.substring(hash + 1);
        name = pageName(hash < 0 ? url : url.substring(0, hash));
        text = (text.substring(0, markdown.start()) + text.substring(markdown.end())).strip();
      } else if (kb.find()) {
        id = kb.group(1);
        text = text.substring(0, kb.start()).strip();
      } else if (text.contains("<a")) {
        Element body = Jsoup.parseBodyFragment(text).body();
        for (Element anchor : body.select("a[href]")) {
          String href = anchor.attr("href");
          if (href.contains("#")
              && (anchor.hasClass("header-anchor") || anchor.text().equals("#"))) {
            id = href.substring(href.indexOf('#') + 1);
            name = pageName(href.substring(0, href.indexOf('#')));
            anchor.remove();
            break;
          }
        }
        text = body.text().strip();
      }
      if (!ID.matcher(id).matches()) {
        id = "";
      }
      return new Heading(NUMBER.matcher(text).replaceFirst(""), id, name, line);
    }

    /** {@code qa_opend} of {@code ./qa_opend.md}. */
    static String pageName(String path) {
      String file = path.substring(path.lastIndexOf('/') + 1);
      int dot = file.lastIndexOf('.');
      return dot < 0 ? file : file.substring(0, dot);
    }
  }
}
