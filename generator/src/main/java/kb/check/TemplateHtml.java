package kb.check;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import kb.template.PageParts;
import kb.template.SitePage;
import kb.url.UrlPolicy;
import org.jsoup.parser.Parser;

/**
 * The ids and URLs of what templates wrote on a site's pages, read with jsoup as a browser reads
 * them: a template author may quote attributes with {@code '}, leave them unquoted, write them in
 * upper case or with entities, which kb's own HTML never does. Every URL of every element is held
 * to {@link UrlPolicy}; those that lead somewhere the reader goes or a page loads are also returned
 * to be resolved.
 *
 * <p>Pages of one shape (the same templates, each section taken as often) differ only in the values
 * filled in, so each shape's skeleton ({@link PageParts#skeleton}) is parsed once, and each page's
 * values are put into the attributes that hold them. Escaped values cannot start a tag, end a
 * quoted attribute or a script; a page whose values could still change how it parses (a value in a
 * tag or attribute name, or an empty one or one with a space in an unquoted attribute) is parsed
 * whole. The shapes are kept from one check to the next (see {@link PageScans}). Thread-safe.
 */
final class TemplateHtml {

  /**
   * How many characters of skeletons are kept: the shapes of both brands' sites of 10,000 pages
   * (two home pages of 11 million characters). Past it, all are dropped and parsed again as needed.
   */
  private static final long MOST_CHARACTERS = 32_000_000;

  private final Map<String, TemplateShape> shapes = new ConcurrentHashMap<>();
  private final AtomicLong characters = new AtomicLong();
  private final AtomicInteger parses = new AtomicInteger();

  /**
   * A URL a template wrote that {@link UrlPolicy} refuses.
   *
   * @param url the URL, entities decoded
   * @param tag the element's name, for example {@code a}
   * @param attribute the attribute's name, for example {@code href}
   * @param reason why it is refused
   * @param written the attribute's value as the page holds it, entities and all
   */
  record Refused(String url, String tag, String attribute, String reason, String written) {}

  /**
   * Reads what the templates wrote on a page.
   *
   * @param ids receives the id of every element
   * @param urls receives every URL that must resolve, in document order
   * @param refused receives every URL the policy refuses, which is not also in {@code urls}
   */
  void read(SitePage page, Set<String> ids, List<String> urls, List<Refused> refused) {
    PageParts parts = page.parts();
    List<String> values = parts.values(page.html());
    String skeleton = parts.skeleton(page.html(), TemplateShape.VALUE);
    TemplateShape shape = shapes.get(skeleton);
    if (shape == null) {
      parses.incrementAndGet();
      shape = TemplateShape.of(skeleton, values.size());
      keep(skeleton, shape);
    }
    if (!shape.fits(values)) {
      parses.incrementAndGet();
      shape = TemplateShape.of(parts.templateText(page.html()), -1);
      values = List.of();
    }
    for (TemplateShape.Attr attr : shape.attributes()) {
      String written = attr.written(values);
      String value = attr.ordinals().length == 0 ? attr.value() : decoded(written);
      UrlAttributes.read(attr.tag(), attr.name(), value, written, ids, urls, refused);
    }
  }

  /** How many documents were parsed: one for each shape of page, and each page parsed whole. */
  int parses() {
    return parses.get();
  }

  private void keep(String skeleton, TemplateShape shape) {
    if (characters.addAndGet(skeleton.length()) > MOST_CHARACTERS) {
      shapes.clear(); // a rough count: racing threads may keep a little more
      characters.set(skeleton.length());
    }
    shapes.putIfAbsent(skeleton, shape);
  }

  /** An attribute's value as jsoup decodes it; most values hold no character reference. */
  private static String decoded(String written) {
    return written.indexOf('&') < 0 ? written : Parser.unescapeEntities(written, true);
  }

  /**
   * Reads an HTML document, all of which a template wrote: as {@link #read(SitePage, Set, List,
   * List)}.
   */
  static void read(String html, Set<String> ids, List<String> urls, List<Refused> refused) {
    new TemplateHtml().read(new SitePage("", html), ids, urls, refused);
  }
}
