package kb.brand;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kb.diagnostic.Diagnostic;
import kb.diagnostic.Diagnostics;
import kb.diagnostic.SourceSpan;

/**
 * Tracks brand blocks while a page is read line by line. A block opens with a line {@code {% brand
 * futu %}} (or a list, {@code {% brand futu, moomoo %}}) and closes with {@code {% endbrand %}};
 * each on a line of its own, indented freely, and blocks may nest. Not thread-safe: one per page.
 */
final class BrandBlocks {

  private static final Pattern DIRECTIVE = Pattern.compile("\\{%(.*)%}");
  private static final Pattern OPEN =
      Pattern.compile("\\s*brand\\s+([\\w-]+(?:\\s*,\\s*[\\w-]+)*)\\s*");
  private static final Pattern CLOSE = Pattern.compile("\\s*endbrand\\s*");

  private record Open(Set<String> brands, SourceSpan where) {}

  private final String brand;
  private final List<String> knownBrands;
  private final Deque<Open> open = new ArrayDeque<>();

  /** How many of the open blocks do not name this brand: asked for every line of a page. */
  private int hiding;

  BrandBlocks(String brand, List<String> knownBrands) {
    this.brand = brand;
    this.knownBrands = List.copyOf(knownBrands);
  }

  /** Whether the line is a block directive; if so it is consumed and never shown. */
  boolean consume(String line, SourceSpan where, Diagnostics problems) {
    if (!line.contains("{%")) {
      return false; // most lines: no directive, no regular expression run
    }
    String trimmed = line.strip();
    Matcher directive = DIRECTIVE.matcher(trimmed);
    if (!directive.matches()) {
      return false;
    }
    String inside = directive.group(1);
    Matcher opening = OPEN.matcher(inside);
    if (opening.matches()) {
      Open block = new Open(brands(opening.group(1), where, problems), where);
      open.push(block);
      hiding += block.brands().contains(brand) ? 0 : 1;
    } else if (CLOSE.matcher(inside).matches()) {
      if (open.isEmpty()) {
        problems.add(Diagnostic.content(where, "{% endbrand %} without a matching {% brand %}"));
      } else {
        hiding -= open.pop().brands().contains(brand) ? 0 : 1;
      }
    } else {
      problems.add(
          Diagnostic.content(where, "unknown directive '" + trimmed + "'")
              .withHint(
                  "write {% brand ID %} ... {% endbrand %}; {{ \"{%\" }} writes a literal {%"));
    }
    return true;
  }

  /** Whether the current line belongs to this brand: every enclosing block names it. */
  boolean visible() {
    return hiding == 0;
  }

  /** Where the innermost block still open starts, if any. */
  Optional<SourceSpan> innermostOpen() {
    return open.isEmpty() ? Optional.empty() : Optional.of(open.peek().where());
  }

  /** Reports blocks still open at the end of the page. */
  void finish(Diagnostics problems) {
    for (Open block : open) {
      problems.add(
          Diagnostic.content(block.where(), "brand block is not closed")
              .withHint("add {% endbrand %} where the block ends"));
    }
    open.clear();
    hiding = 0;
  }

  private Set<String> brands(String list, SourceSpan where, Diagnostics problems) {
    Set<String> ids = Set.copyOf(List.of(list.strip().split("\\s*,\\s*")));
    for (String id : ids) {
      if (!knownBrands.contains(id)) {
        problems.add(
            Diagnostic.content(where, "unknown brand '" + id + "' in brand block")
                .withHint("known brands: " + String.join(", ", knownBrands)));
      }
    }
    return ids;
  }
}
