package kb.template;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.TemplateContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ObjIntConsumer;
import kb.brand.Brand;
import kb.cache.CacheKey;
import kb.content.FolderFiles;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.Diagnostic;
import kb.diagnostic.SourceSpan;
import kb.link.PublicUrl;
import kb.link.RelativeUrl;
import kb.markdown.Question;
import kb.markdown.RenderedPage;
import kb.parallel.ParallelLoop;
import org.jsoup.nodes.Entities;

/**
 * Fills the templates of a templates folder: {@code layout.mustache} frames {@code home.mustache}
 * (the site's {@code index.html}), {@code page.mustache} (one per FAQ category) and {@code
 * not-found.mustache} ({@code 404.html}); {@code favicon.svg.mustache} becomes the brand's icon.
 * Partials live beside them. Files under {@code assets/} are copied as they are. Templates are
 * compiled once; an instance is thread-safe.
 */
public final class PageRenderer {

  /** The site's front page. */
  public static final String HOME_PAGE = "index.html";

  /** The page static hosts show for a URL the site does not have. */
  public static final String NOT_FOUND_PAGE = "404.html";

  /** The brand's icon, also the logo mark in the header. */
  public static final String FAVICON = "favicon.svg";

  private static final String[] TEMPLATES = {"layout", "home", "page", "not-found", "favicon.svg"};

  private final Path templatesDir;

  /** The files under {@code assets/}, sorted, listed once the folder was checked for links. */
  private final List<Path> assetFiles;

  private final Mustache layout;
  private final Mustache home;
  private final Mustache page;
  private final Mustache notFound;
  private final Mustache favicon;
  private final Map<String, Messages> messages;
  private final Set<String> neededMessages;
  private final List<BrandValues.Use> brandUses;

  /** The SHA-256 of every file of the templates folder, names and bytes. */
  private final String fingerprint;

  /**
   * @throws BuildFailedException when the folder or a template is missing, a template has a syntax
   *     error (with its file and line), or a symbolic link leads out of the folder
   */
  public PageRenderer(Path templatesDir) {
    this.templatesDir = templatesDir;
    if (!Files.isDirectory(templatesDir)) {
      throw new BuildFailedException(
          Diagnostic.input(SourceSpan.of(templatesDir), "templates folder not found")
              .withHint("pass --templates DIR"));
    }
    // Every file, used or not, before any is read: templates and partials are read by Mustache,
    // which is never handed a link that leaves the folder.
    Path assets = templatesDir.resolve("assets");
    List<Path> files = FolderFiles.all(templatesDir, "templates folder");
    this.fingerprint = fingerprint(templatesDir, files);
    this.assetFiles = files.stream().filter(file -> file.startsWith(assets)).toList();
    // Each template is read once, for the message keys, brand values and unescaped tags it uses.
    List<TemplateText> templates = TemplateText.readAll(files);
    this.neededMessages = Messages.neededKeys(templates);
    this.messages = Messages.read(templatesDir, files, neededMessages);
    this.brandUses = BrandValues.uses(templates);
    RawTags.requireKbHtmlOnly(templates);
    DefaultMustacheFactory factory = new PageText.Factory(templatesDir.toFile());
    List<Mustache> compiled = new ArrayList<>();
    for (String name : TEMPLATES) {
      compiled.add(compile(factory, name + ".mustache"));
    }
    this.layout = compiled.get(0);
    this.home = compiled.get(1);
    this.page = compiled.get(2);
    this.notFound = compiled.get(3);
    this.favicon = compiled.get(4);
  }

  /**
   * The home page, one page per FAQ category in page order, the not-found page, then the favicon.
   */
  public List<SitePage> render(List<RenderedPage> pages, Brand brand) {
    return render(pages, brand, (EarlierPages) null);
  }

  /**
   * Renders the same pages as {@link #render(List, Brand)} but hands each over as soon as it is
   * made, with its place in that order, instead of keeping them: FAQ pages are rendered on all
   * cores, so {@code each} is called from several threads.
   */
  public void render(List<RenderedPage> pages, Brand brand, ObjIntConsumer<SitePage> each) {
    render(pages, brand, null, each);
  }

  /**
   * The same pages as {@link #render(List, Brand)}, taking again each FAQ page {@code earlier}
   * (made by this renderer) holds for the same {@link RenderedPage} object at the same place, as
   * long as the brand and what every page shows of the others (see {@link Navigation#sameLinks})
   * are unchanged: kb serve's rebuild after one page's edit fills one page, not thousands. The
   * not-found and favicon files are taken again on the same condition; the home page, which lists
   * every question, only when every page's questions are also unchanged (see {@link
   * Navigation#sameQuestions}).
   */
  public List<SitePage> render(List<RenderedPage> pages, Brand brand, EarlierPages earlier) {
    SitePage[] out = new SitePage[pages.size() + 3];
    render(pages, brand, earlier, (page, index) -> out[index] = page);
    return List.of(out);
  }

  /**
   * As {@link #render(List, Brand, EarlierPages)}, handing each file over as soon as it is made,
   * with its place in that order, from the thread that made it.
   */
  public void render(
      List<RenderedPage> pages, Brand brand, EarlierPages earlier, ObjIntConsumer<SitePage> each) {
    render(pages, brand, earlier, FilledPageCache.NONE, each);
  }

  /**
   * As {@link #render(List, Brand, EarlierPages, ObjIntConsumer)}, taking each FAQ page that {@code
   * earlier} does not hold from {@code cache} when a build kept it there.
   */
  public void render(
      List<RenderedPage> pages,
      Brand brand,
      EarlierPages earlier,
      FilledPageCache cache,
      ObjIntConsumer<SitePage> each) {
    boolean reusable =
        earlier != null
            && earlier.templates().equals(fingerprint)
            && earlier.brand().equals(brand)
            && Navigation.sameLinks(earlier.from(), pages);
    int questions = pages.stream().mapToInt(p -> p.questions().size()).sum();
    Messages msg = messages(brand);
    Map<String, Object> values = BrandValues.of(brand);
    BrandValues.requireAll(brandUses, brand, values);
    HeaderLinks.requirePages(brand, pages);
    SiteFacts facts =
        new SiteFacts(
            siteView(brand, msg, values),
            brand.siteUrl(),
            pages,
            SidebarTree.of(pages),
            questions,
            brand,
            msg);
    CacheKey links = cache.active() ? Navigation.linksKey(pages) : null;
    boolean sameHome = reusable && Navigation.sameQuestions(earlier.from(), pages);
    each.accept(sameHome ? earlier.made().get(0) : renderHome(facts), 0);
    // Pages are independent: render them on all cores. Every other page is still handed over when
    // one fails, and the first failure in page order is the one reported.
    ParallelLoop.forEachInFull(
        pages.size(),
        i -> {
          boolean same = reusable && earlier.from().get(i) == pages.get(i);
          each.accept(
              same
                  ? earlier.made().get(i + 1)
                  : cache.get(fingerprint, links, pages.get(i), () -> renderPage(i, facts)),
              i + 1);
        });
    if (reusable) {
      each.accept(earlier.made().get(pages.size() + 1), pages.size() + 1);
      each.accept(earlier.made().get(pages.size() + 2), pages.size() + 2);
      return;
    }
    each.accept(renderNotFound(facts), pages.size() + 1);
    PageText icon = fill(favicon, new Views.IconView(facts.site()));
    each.accept(new SitePage(FAVICON, icon.toString(), icon.parts()), pages.size() + 2);
  }

  /**
   * What this renderer filled, to be taken again by a later renderer of the same templates (kb
   * serve reads the templates again for every rebuild, and an edited template fills every page).
   */
  public EarlierPages earlier(Brand brand, List<RenderedPage> from, List<SitePage> made) {
    return new EarlierPages(fingerprint, brand, from, made);
  }

  private static String fingerprint(Path folder, List<Path> files) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
    for (Path file : files) {
      digest.update(folder.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      try {
        digest.update(Files.readAllBytes(file));
      } catch (IOException e) {
        throw new BuildFailedException(
            Diagnostic.input(SourceSpan.of(file), "cannot read the template file: " + e));
      }
      digest.update((byte) 0);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** The paths {@link #render(List, Brand)} gives its pages, in its order. */
  public static List<String> paths(List<RenderedPage> pages) {
    List<String> paths = new ArrayList<>();
    paths.add(HOME_PAGE);
    pages.forEach(page -> paths.add(page.outputPath()));
    paths.add(NOT_FOUND_PAGE);
    paths.add(FAVICON);
    return paths;
  }

  /**
   * The words of the page chrome in a language: {@code messages/<tag>.yml} of the templates.
   *
   * @throws BuildFailedException when the templates have no messages for the language
   */
  public Messages messages(String language) {
    return Messages.of(messages, language, templatesDir, neededMessages, false);
  }

  /**
   * The words of the brand site's page chrome: as {@link #messages(String)}, but a site of one
   * language whose language has no messages gets English ones, as before sites had languages.
   */
  public Messages messages(Brand brand) {
    return Messages.of(
        messages, brand.language(), templatesDir, neededMessages, brand.languages().size() == 1);
  }

  /** The templates folder, named by problems that come from templates. */
  public Path folder() {
    return templatesDir;
  }

  /** The files under the templates folder's {@code assets/}, sorted, for every site. */
  public List<StaticFile> staticFiles() {
    return assetFiles.stream().map(f -> staticFile(sitePath(f), f)).toList();
  }

  /**
   * Where {@link #staticFiles()} go in every site, for example {@code assets/kb.css}; none read.
   */
  public List<String> staticPaths() {
    return assetFiles.stream().map(this::sitePath).toList();
  }

  private String sitePath(Path file) {
    return templatesDir.relativize(file).toString().replace('\\', '/');
  }

  /** A script loses its comments and indentation on the way to readers; the rest is copied. */
  private static StaticFile staticFile(String path, Path file) {
    if (!path.endsWith(".js")) {
      return new StaticFile(path, file, Optional.empty());
    }
    try {
      return new StaticFile(path, file, Optional.of(CompactScript.of(Files.readString(file))));
    } catch (CharacterCodingException notUtf8) {
      return new StaticFile(path, file, Optional.empty()); // not read as text, so not changed
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private SitePage renderHome(SiteFacts facts) {
    List<RenderedPage> pages = facts.pages();
    Views.SiteView site = facts.site();
    int questions = facts.questions();
    Messages msg = facts.msg();
    List<Views.NavCategory> overview = Navigation.overview(pages, HOME_PAGE, true, msg);
    String count = msg.questionCount(questions);
    // The key's mark is HTML of kb's; the message around it is text, escaped.
    String lead =
        Entities.escape(msg.format("home_lead", "count", count, "key", "\uE000"))
            .replace("\uE000", "<kbd>/</kbd>");
    PageText content = fill(home, new Views.HomeView(site, "", overview, questions, lead));
    String topics = String.join(", ", pages.stream().map(RenderedPage::title).toList());
    String description = msg.format("home_description", "count", count, "topics", topics);
    PageHead head =
        new PageHead(
            site.title(),
            site.title(),
            PageHead.shorten(description),
            PublicUrl.of(facts.siteUrl(), HOME_PAGE),
            true);
    return layout(HOME_PAGE, head, content, facts, -1, "");
  }

  private SitePage renderPage(int index, SiteFacts facts) {
    List<RenderedPage> pages = facts.pages();
    RenderedPage rendered = pages.get(index);
    List<Views.QuestionView> questions =
        rendered.questions().stream()
            .map(
                q ->
                    new Views.QuestionView(
                        q.anchor(),
                        q.aliases(),
                        q.number(),
                        rendered.kind().numbered(),
                        q.titleHtml(),
                        q.answerHtml()))
            .toList();
    Views.PageView view =
        new Views.PageView(
            rendered.kind().word(),
            rendered.title(),
            rendered.titleAnchor(),
            Navigation.breadcrumbs(pages, facts.tree(), index, HOME_PAGE, facts.msg()),
            outline(rendered),
            rendered.introHtml(),
            questions,
            Navigation.previous(pages, facts.tree(), index, HOME_PAGE, facts.msg()),
            Navigation.next(pages, facts.tree(), index),
            facts.msg().all(),
            facts.site().brand());
    String description =
        facts
            .msg()
            .format(
                "page_description",
                "count",
                facts.msg().questionCount(rendered.questions().size()),
                "title",
                rendered.title(),
                "questions",
                String.join("; ", rendered.questions().stream().map(Question::title).toList()));
    PageHead head =
        new PageHead(
            rendered.title() + " - " + facts.site().title(),
            rendered.title(),
            PageHead.shorten(description),
            PublicUrl.of(facts.siteUrl(), rendered.outputPath()),
            true);
    PageText content = new PageText();
    content.own(rendered.introHtml(), null);
    for (Question question : rendered.questions()) {
      content.own(question.titleHtml(), null);
      content.own(question.answerHtml(), null);
    }
    page.execute(content, view);
    return layout(rendered.outputPath(), head, content, facts, index, "");
  }

  /**
   * The page's "on this page" outline: its questions, as level-2 entries; none on a page of fewer
   * than {@link Views.Outline#MIN_ENTRIES}, which the reader sees whole.
   */
  static Views.Outline outline(RenderedPage rendered) {
    List<Views.OutlineEntry> entries = new ArrayList<>();
    for (Question q : rendered.questions()) {
      entries.add(new Views.OutlineEntry(2, q.anchor(), q.title()));
      q.subsections().stream()
          .filter(sub -> sub.tab().isEmpty()) // a code tab is not a heading of the page
          .forEach(sub -> entries.add(new Views.OutlineEntry(3, sub.anchor(), sub.title())));
    }
    return entries.size() < Views.Outline.MIN_ENTRIES ? null : new Views.Outline(entries);
  }

  private SitePage renderNotFound(SiteFacts facts) {
    Views.SiteView site = facts.site();
    Messages msg = facts.msg();
    List<Views.NavCategory> categories =
        Navigation.overview(facts.pages(), NOT_FOUND_PAGE, false, msg);
    String homeUrl = PublicUrl.of(facts.siteUrl(), HOME_PAGE);
    PageText content = fill(notFound, new Views.NotFoundView(site, "", categories, homeUrl));
    String title = msg.format("not_found_title");
    PageHead head =
        new PageHead(
            title + " - " + site.title(), title, msg.format("not_found_description"), "", false);
    return layout(NOT_FOUND_PAGE, head, content, facts, -1, PublicUrl.path(facts.siteUrl()));
  }

  /** The frame around a page's content; {@code current} is the page's index, -1 for none. */
  private SitePage layout(
      String path, PageHead head, PageText content, SiteFacts facts, int current, String sitePath) {
    List<Views.NavItem> nav =
        Navigation.sidebar(
            facts.pages(), facts.tree(), path, current, HOME_PAGE, facts.questions(), facts.msg());
    String root = RelativeUrl.toRoot(path);
    boolean isHome = path.equals(HOME_PAGE);
    String html = content.toString();
    Views.LayoutView view =
        new Views.LayoutView(
            facts.site(),
            head,
            root,
            html,
            nav,
            isHome,
            path.equals(NOT_FOUND_PAGE),
            sitePath,
            LanguageLinks.of(facts.brand(), path),
            facts.msg().scriptJson(),
            HeaderLinks.of(facts.brand(), path));
    PageText out = new PageText();
    out.own(html, content.parts());
    layout.execute(out, view);
    return new SitePage(path, out.toString(), out.parts());
  }

  /** What every page of one brand's site is rendered from. */
  private record SiteFacts(
      Views.SiteView site,
      String siteUrl,
      List<RenderedPage> pages,
      SidebarTree tree,
      int questions,
      Brand brand,
      Messages msg) {}

  private static Views.SiteView siteView(Brand brand, Messages msg, Map<String, Object> values) {
    String initial = brand.name().isEmpty() ? "" : brand.name().substring(0, 1);
    return new Views.SiteView(
        brand.id(),
        brand.name(),
        brand.siteTitle(),
        brand.theme().logoText(),
        initial.toUpperCase(Locale.ROOT),
        brand.language(),
        BrandPalette.of(brand.theme().primaryColor()),
        msg.all(),
        values);
  }

  private static PageText fill(Mustache template, Object view) {
    PageText out = new PageText();
    template.execute(out, view);
    return out;
  }

  private Mustache compile(DefaultMustacheFactory factory, String name) {
    if (!Files.isRegularFile(templatesDir.resolve(name))) {
      throw new BuildFailedException(
          Diagnostic.input(SourceSpan.of(templatesDir.resolve(name)), "template not found"));
    }
    try {
      return factory.compile(name);
    } catch (MustacheException e) {
      throw new BuildFailedException(Diagnostic.input(where(e, name), syntaxError(e)));
    }
  }

  private SourceSpan where(MustacheException e, String name) {
    TemplateContext context = e.getContext();
    if (context == null || context.file() == null) {
      return SourceSpan.of(templatesDir.resolve(name));
    }
    return SourceSpan.at(templatesDir.resolve(context.file()), context.line());
  }

  private static String syntaxError(MustacheException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    int at = message.indexOf(" @[");
    return "template syntax error: " + (at < 0 ? message : message.substring(0, at)).strip();
  }
}
