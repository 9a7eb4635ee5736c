package kb.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kb.markdown.RenderedPage;

/**
 * The pages as the sidebar nests them: each page's front matter {@code group} puts it in a group
 * (and a subgroup); pages without one stay at the top level. A group stands where its first page in
 * page order stands, and keeps its pages in page order, so the sidebar's order is page order with
 * each group's pages pulled up to its first. Previous/next links follow the same order. Immutable.
 */
final class SidebarTree {

  /** A page or a group in the tree. */
  sealed interface Node permits PageNode, GroupNode {}

  /** A page, by its index in page order. */
  record PageNode(int page) implements Node {}

  /**
   * A group: its name, path of names from the outermost (itself last), and what it holds in sidebar
   * order.
   */
  record GroupNode(String name, List<String> path, List<Node> children) implements Node {}

  private final List<Node> roots;
  private final int[] order;
  private final int[] position;
  private final List<List<String>> groups;

  private SidebarTree(List<Node> roots, int size, List<List<String>> groups) {
    this.roots = roots;
    this.groups = groups;
    this.order = new int[size];
    this.position = new int[size];
    int[] next = {0};
    flatten(roots, next);
  }

  /** The tree of {@code pages}, given in page order. */
  static SidebarTree of(List<RenderedPage> pages) {
    List<List<String>> groups = new ArrayList<>();
    pages.forEach(page -> groups.add(groupOf(page)));
    return ofGroups(groups);
  }

  /** The tree of pages whose groups are {@code groups}, in page order (empty: top level). */
  static SidebarTree ofGroups(List<List<String>> groups) {
    Building top = new Building("", List.of());
    for (int i = 0; i < groups.size(); i++) {
      Building at = top;
      for (String name : groups.get(i)) {
        at = at.group(name);
      }
      at.children.add(new PageNode(i));
    }
    return new SidebarTree(top.freeze().children(), groups.size(), List.copyOf(groups));
  }

  /** The group path a page declares, empty at the top level. */
  static List<String> groupOf(RenderedPage page) {
    if (page.source() == null || page.source().source() == null) {
      return List.of();
    }
    return page.source().source().frontMatter().group();
  }

  /** The top-level pages and groups, in sidebar order. */
  List<Node> roots() {
    return roots;
  }

  /** The index in page order of the page at {@code position} in sidebar order. */
  int pageAt(int position) {
    return order[position];
  }

  /** Where page {@code page} (its index in page order) stands in sidebar order. */
  int positionOf(int page) {
    return position[page];
  }

  /** How many pages the tree holds. */
  int size() {
    return order.length;
  }

  /** The group path of page {@code page} (its index in page order), outermost first. */
  List<String> groupPath(int page) {
    return groups.get(page);
  }

  private void flatten(List<Node> nodes, int[] next) {
    for (Node node : nodes) {
      if (node instanceof PageNode page) {
        order[next[0]] = page.page();
        position[page.page()] = next[0];
        next[0]++;
      } else if (node instanceof GroupNode group) {
        flatten(group.children(), next);
      }
    }
  }

  /** A group while pages are added, its subgroups found by name. */
  private static final class Building {
    final String name;
    final List<String> path;
    final List<Object> children = new ArrayList<>();
    final Map<String, Building> groups = new LinkedHashMap<>();

    Building(String name, List<String> path) {
      this.name = name;
      this.path = path;
    }

    Building group(String child) {
      return groups.computeIfAbsent(
          child,
          n -> {
            List<String> childPath = new ArrayList<>(path);
            childPath.add(n);
            Building made = new Building(n, List.copyOf(childPath));
            children.add(made);
            return made;
          });
    }

    GroupNode freeze() {
      List<Node> frozen = new ArrayList<>();
      for (Object child : children) {
        frozen.add(child instanceof Building b ? b.freeze() : (Node) child);
      }
      return new GroupNode(name, path, List.copyOf(frozen));
    }
  }
}
