package kb.bench;

/**
 * One generated FAQ page: its front matter fields and its body in kb's Markdown (brand blocks,
 * variables, callouts, links to other pages' anchors). Immutable.
 */
record GeneratedPage(
    String slug, String title, String category, int order, String docPath, String body) {

  /** The page as kb reads it, front matter first. */
  String kbMarkdown() {
    StringBuilder out = new StringBuilder("---\n");
    out.append("title: \"").append(title).append("\"\n");
    out.append("category: ").append(category).append('\n');
    out.append("order: ").append(order).append('\n');
    if (!docPath.isEmpty()) {
      out.append("doc_path: ").append(docPath).append('\n');
    }
    return out.append("---\n\n").append(body).toString();
  }
}
