package kb.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * Marks {@link TabsRenderer} writes so that search can take each tab panel as a result of its own,
 * named with its label, and leave the tab buttons and captions out of the section's text. Like
 * {@link SectionMarks}, they are Unicode noncharacters, which pages cannot hold ({@link
 * SectionMarks#check}), and are taken out of the HTML before it is used.
 */
final class TabMarks {

  /** Around what search reads no text in: the tab list, each caption. */
  static final char SKIP = '\uFDD7';

  static final char SKIP_END = '\uFDD8';

  /** A panel's content: {@code PANEL id LABEL label LABEL_END … PANEL_END}. */
  static final char PANEL = '\uFDD9';

  static final char LABEL = '\uFDDA';
  static final char LABEL_END = '\uFDDB';
  static final char PANEL_END = '\uFDDC';

  /**
   * HTML cut at its tab marks: {@code html} without marks, {@code textHtml} for the text search
   * reads as the section's own (no tab list, caption or panel), and each panel.
   */
  record Cut(String html, String textHtml, List<Panel> panels) {}

  /** A tab panel: its element's id, its label and its content's HTML. */
  record Panel(String id, String label, String html) {}

  private TabMarks() {}

  static boolean isIn(String html) {
    return html.indexOf(SKIP) >= 0 || html.indexOf(PANEL) >= 0;
  }

  static Cut cut(String html) {
    if (!isIn(html)) {
      return new Cut(html, html, List.of());
    }
    StringBuilder clean = new StringBuilder(html.length());
    StringBuilder text = new StringBuilder(html.length());
    List<Panel> panels = new ArrayList<>();
    List<Integer> starts = new ArrayList<>(); // where each panel of panels starts in clean
    int skipping = 0; // depth of skipped regions and panels: none is read as the section's text
    List<int[]> open = new ArrayList<>(); // per open panel: its start in clean
    List<String[]> names = new ArrayList<>();
    for (int i = 0; i < html.length(); i++) {
      char c = html.charAt(i);
      switch (c) {
        case SKIP -> skipping++;
        case SKIP_END -> skipping--;
        case PANEL -> {
          int label = html.indexOf(LABEL, i);
          int end = html.indexOf(LABEL_END, label);
          names.add(new String[] {html.substring(i + 1, label), html.substring(label + 1, end)});
          open.add(new int[] {clean.length()});
          skipping++;
          i = end;
        }
        case PANEL_END -> {
          int start = open.remove(open.size() - 1)[0];
          String[] name = names.remove(names.size() - 1);
          panels.add(new Panel(name[0], name[1], clean.substring(start)));
          starts.add(start);
          skipping--;
        }
        default -> {
          clean.append(c);
          if (skipping == 0) {
            text.append(c);
          }
        }
      }
    }
    // Panels nested in panels end first: give them in document order, by where each starts.
    List<Integer> order = new ArrayList<>();
    for (int k = 0; k < panels.size(); k++) {
      order.add(k);
    }
    order.sort((a, b) -> Integer.compare(starts.get(a), starts.get(b)));
    return new Cut(clean.toString(), text.toString(), order.stream().map(panels::get).toList());
  }
}
