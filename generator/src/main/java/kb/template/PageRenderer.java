package kb.template;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.TemplateContext;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import kb.brand.Brand;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.Diagnostic;
import kb.diagnostic.SourceSpan;
import kb.link.RelativeUrl;
import kb.markdown.Question;
import kb.markdown.RenderedPage;

/**
 * Fills the templates of a templates folder: {@code layout.mustache} frames {@code home.mustache}
 * (the site's {@code index.html}) and {@code page.mustache} (one per FAQ category); partials live
 * beside them. Files under {@code assets/} are copied as they are. Templates are compiled once; an
 * instance is thread-safe.
 */
public final class PageRenderer {

  private static final String[] TEMPLATES = {"layout", "home", "page"};
  private static final String HOME = "index.html";

  /** What every page of one brand's site is rendered from. */
  private record Catalog(Views.SiteView site, List<RenderedPage> pages, int questions) {}

  private final Path templatesDir;
  private final Mustache layout;
  private final Mustache home;
  private final Mustache page;

  /**
   * @throws BuildFailedException when the folder or a template is missing, or a template has a
   *     syntax error (with its file and line)
   */
  public PageRenderer(Path templatesDir) {
    this.templatesDir = templatesDir;
    if (!Files.isDirectory(templatesDir)) {
      throw new BuildFailedException(
          Diagnostic.input(SourceSpan.of(templatesDir), "templates folder not found")
              .withHint("pass --templates DIR"));
    }
    DefaultMustacheFactory factory = new DefaultMustacheFactory(templatesDir.toFile());
    List<Mustache> compiled = new ArrayList<>();
    for (String name : TEMPLATES) {
      compiled.add(compile(factory, name + ".mustache"));
    }
    this.layout = compiled.get(0);
    this.home = compiled.get(1);
    this.page = compiled.get(2);
  }

  /** The home page, then one page per FAQ category, in page order. */
  public List<SitePage> render(List<RenderedPage> pages, Brand brand) {
    Catalog catalog = new Catalog(siteView(brand), pages, questionCount(pages));
    List<SitePage> out = new ArrayList<>();
    out.add(renderHome(catalog));
    // Pages are independent: render them on all cores, kept in page order.
    out.addAll(
        IntStream.range(0, pages.size()).parallel().mapToObj(i -> renderPage(i, catalog)).toList());
    return List.copyOf(out);
  }

  /** The files under the templates folder's {@code assets/}, sorted, for every site. */
  public List<StaticFile> staticFiles() {
    Path assets = templatesDir.resolve("assets");
    if (!Files.isDirectory(assets)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(assets)) {
      return files
          .filter(Files::isRegularFile)
          .sorted()
          .map(f -> new StaticFile(templatesDir.relativize(f).toString().replace('\\', '/'), f))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private SitePage renderHome(Catalog catalog) {
    Views.SiteView site = catalog.site();
    int questions = catalog.questions();
    List<Views.NavCategory> categories = homeCategories(catalog.pages());
    String content = fill(home, new Views.HomeView(site, "", categories, questions));
    String description = site.title() + ": answers to " + questions + " questions.";
    return layout(HOME, site.title(), description, content, catalog, -1);
  }

  private SitePage renderPage(int index, Catalog catalog) {
    RenderedPage rendered = catalog.pages().get(index);
    List<Views.QuestionView> questions =
        rendered.questions().stream()
            .map(q -> new Views.QuestionView(q.anchor(), q.number(), q.titleHtml(), q.answerHtml()))
            .toList();
    String content =
        fill(
            page,
            new Views.PageView(
                rendered.title(), rendered.titleAnchor(), rendered.introHtml(), questions));
    String title = rendered.title() + " - " + catalog.site().title();
    String description = rendered.title() + ": " + rendered.questions().size() + " questions.";
    return layout(rendered.outputPath(), title, description, content, catalog, index);
  }

  /** The frame around a page's content; {@code current} is -1 for the home page. */
  private SitePage layout(
      String path, String title, String description, String content, Catalog catalog, int current) {
    List<Views.NavCategory> nav = sidebar(catalog, path, current);
    Views.SiteView site = catalog.site();
    String root = RelativeUrl.toRoot(path);
    boolean isHome = current < 0;
    return new SitePage(
        path,
        fill(layout, new Views.LayoutView(site, title, description, root, content, nav, isHome)));
  }

  /** The home page's list: every category with every question. */
  private static List<Views.NavCategory> homeCategories(List<RenderedPage> pages) {
    List<Views.NavCategory> categories = new ArrayList<>();
    for (RenderedPage rendered : pages) {
      String url = RelativeUrl.between(HOME, rendered.outputPath());
      categories.add(category(rendered, url, false, questions(rendered, url)));
    }
    return categories;
  }

  /** The sidebar of page {@code from}: the categories of its {@link NavWindow}. */
  private static List<Views.NavCategory> sidebar(Catalog catalog, String from, int current) {
    List<RenderedPage> pages = catalog.pages();
    NavWindow window = NavWindow.of(pages.size(), current);
    List<Views.NavCategory> categories = new ArrayList<>();
    for (int i = window.from(); i < window.to(); i++) {
      RenderedPage rendered = pages.get(i);
      String url = RelativeUrl.between(from, rendered.outputPath());
      List<Views.NavQuestion> toc = i == current ? questions(rendered, "") : List.of();
      categories.add(category(rendered, url, i == current, toc));
    }
    if (!window.all()) {
      String title = "All " + pages.size() + " categories";
      String url = RelativeUrl.between(from, HOME);
      categories.add(
          new Views.NavCategory(title, title, url, false, catalog.questions(), List.of()));
    }
    return categories;
  }

  private static int questionCount(List<RenderedPage> pages) {
    return pages.stream().mapToInt(p -> p.questions().size()).sum();
  }

  private static Views.NavCategory category(
      RenderedPage rendered, String url, boolean current, List<Views.NavQuestion> questions) {
    return new Views.NavCategory(
        rendered.category(),
        rendered.title(),
        url,
        current,
        rendered.questions().size(),
        questions);
  }

  private static List<Views.NavQuestion> questions(RenderedPage rendered, String pageUrl) {
    List<Views.NavQuestion> questions = new ArrayList<>();
    for (Question q : rendered.questions()) {
      questions.add(new Views.NavQuestion(q.number(), q.title(), pageUrl + "#" + q.anchor()));
    }
    return questions;
  }

  private static Views.SiteView siteView(Brand brand) {
    return new Views.SiteView(
        brand.id(),
        brand.name(),
        brand.siteTitle(),
        brand.theme().logoText(),
        brand.theme().primaryColor());
  }

  private static String fill(Mustache template, Object view) {
    StringWriter out = new StringWriter();
    template.execute(out, view);
    return out.toString();
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
