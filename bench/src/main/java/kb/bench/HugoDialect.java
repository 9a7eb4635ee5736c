package kb.bench;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a generated page into the plain Markdown Hugo reads, as kb would see it for one brand in
 * one language: brand blocks resolved, variables substituted (with the brand's overrides for that
 * language), {@code !!! tip} callouts as block quotes headed by their title, links to {@code
 * pNNNNN.md#id} as links to Hugo's page URLs (relative, so they stay in the page's language).
 * Heading ids ({@code {#id}}) stay: Hugo reads them too.
 */
final class HugoDialect {

  private static final Pattern BRAND = Pattern.compile("\\{% brand ([^%]+) %}");
  private static final Pattern VARIABLE = Pattern.compile("\\{\\{([a-z_.]+)}}");
  private static final Pattern PAGE_LINK = Pattern.compile("\\]\\((p\\d{5})\\.md#");
  private static final Pattern TIP = Pattern.compile("!!! tip(?: \"([^\"]*)\")?");

  private final String brand;
  private final Map<String, String> variables;

  HugoDialect(String brand) {
    this(brand, "en");
  }

  /** For a brand's pages in one of {@link BrandVariables#LANGUAGES}. */
  HugoDialect(String brand, String language) {
    this.brand = brand;
    this.variables = BrandVariables.of(brand, language);
  }

  String page(GeneratedPage page) {
    return "---\ntitle: \""
        + page.title()
        + "\"\nweight: "
        + page.order()
        + "\n---\n\n"
        + body(page.body());
  }

  private String body(String markdown) {
    StringBuilder out = new StringBuilder();
    Deque<Boolean> shown = new ArrayDeque<>();
    boolean inTip = false;
    for (String line : markdown.split("\n", -1)) {
      Matcher open = BRAND.matcher(line);
      if (open.matches()) {
        boolean visible = shown.isEmpty() || shown.peek();
        shown.push(visible && open.group(1).replace(" ", "").matches("(.*,)?" + brand + "(,.*)?"));
        continue;
      }
      if (line.equals("{% endbrand %}")) {
        shown.pop();
        continue;
      }
      if (!shown.isEmpty() && !shown.peek()) {
        continue;
      }
      Matcher tip = TIP.matcher(line);
      if (tip.matches()) {
        out.append("> **").append(tip.group(1) == null ? "Tips" : tip.group(1)).append("**\n>\n");
        inTip = true;
        continue;
      }
      if (inTip && line.startsWith("    ")) {
        line = "> " + line.substring(4);
      } else {
        inTip = false;
      }
      out.append(substitute(line)).append('\n');
    }
    return PAGE_LINK.matcher(out).replaceAll("](../$1/#");
  }

  private String substitute(String line) {
    Matcher m = VARIABLE.matcher(line);
    return m.replaceAll(r -> Matcher.quoteReplacement(variables.get(r.group(1))));
  }
}
