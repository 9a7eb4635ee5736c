package kb.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import kb.diagnostic.Diagnostic;

/**
 * What an import could not convert, each at the export's file and line with what was done instead,
 * the images to add by hand, and what {@code kb check} found in the imported content. An empty
 * report means the page was converted whole. Not thread-safe: one per import.
 */
public final class ImportReport {

  /**
   * One construct not converted.
   *
   * @param file the export file
   * @param line the 1-based line in the export
   * @param problem what could not be converted
   * @param instead what the import wrote instead
   */
  public record Entry(Path file, int line, String problem, String instead) {

    /** {@code file:line: problem; instead}. */
    public String format() {
      return file + ":" + line + ": " + problem + "; " + instead;
    }
  }

  /**
   * An image the page refers to that the import could not bring: a remote file or one removed from
   * the export.
   *
   * @param target where the file belongs, relative to the content folder
   * @param source the URL it was at in the export, or empty when it was removed
   * @param file the export file
   * @param line the line of the image in the export
   */
  public record Image(String target, String source, Path file, int line) {

    public String format() {
      return target
          + "  <- "
          + (source.isEmpty() ? "(removed from the export: find the original)" : source)
          + "  ("
          + file
          + ":"
          + line
          + ")";
    }
  }

  private final List<Entry> entries = new ArrayList<>();
  private final List<Image> images = new ArrayList<>();
  private final List<Diagnostic> checks = new ArrayList<>();

  void add(Path file, int line, String problem, String instead) {
    entries.add(new Entry(file, line, problem, instead));
  }

  void image(Image image) {
    if (!images.contains(image)) {
      images.add(image);
    }
  }

  void checked(List<Diagnostic> problems) {
    checks.addAll(problems);
  }

  public List<Entry> entries() {
    return entries.stream()
        .sorted(Comparator.comparing((Entry e) -> e.file().toString()).thenComparing(Entry::line))
        .toList();
  }

  public List<Image> images() {
    return List.copyOf(images);
  }

  /** What {@code kb check} found in the content once the page was written. */
  public List<Diagnostic> checks() {
    return List.copyOf(checks);
  }

  public boolean isEmpty() {
    return entries.isEmpty() && images.isEmpty() && checks.isEmpty();
  }

  /** The report as {@code kb import} prints it, one line per finding. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    entries().forEach(e -> lines.add(e.format()));
    if (!images.isEmpty()) {
      lines.add("images to add (the page refers to them; kb check fails until they exist):");
      images.forEach(i -> lines.add("  " + i.format()));
    }
    if (!checks.isEmpty()) {
      lines.add("kb check on the imported content (nothing is published until these are fixed):");
      checks.forEach(d -> lines.add("  " + d.format().replace("\n", "\n  ")));
    }
    return lines;
  }
}
