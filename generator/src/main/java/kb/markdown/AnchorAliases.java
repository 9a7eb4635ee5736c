package kb.markdown;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import kb.content.ContentSet;
import kb.content.SourcePage;
import kb.diagnostic.Diagnostic;
import kb.diagnostic.Diagnostics;
import kb.diagnostic.SourceSpan;

/**
 * Checks the aliases of every page's questions ({@code {#3127 aliases=q-old,4410}}) against the
 * page and all its translations, as written (every brand block): an alias names one question in
 * every language, so it may not be another question's id or alias, the page's anchor, or the
 * question's own id. Each clash is an error at the alias's heading naming the other.
 */
public final class AnchorAliases {

  /** What first named an anchor: the question it leads to ("" for the page anchor), and where. */
  private record Use(String question, String what, SourceSpan where) {}

  private AnchorAliases() {}

  /**
   * The pages a check found without any alias, by identity, for the next check to skip without
   * reading them again: {@code kb serve} offers it the very pages of its last read when their files
   * are unchanged. Thread-safe; one check at a time.
   */
  public static final class Plain {

    private final boolean keeps;
    private volatile Set<SourcePage> last = Set.of();

    private Plain(boolean keeps) {
      this.keeps = keeps;
    }

    /** Keeps nothing: every check reads every page. */
    public static Plain none() {
      return new Plain(false);
    }

    /** Keeps each check's plain pages for the next. */
    public static Plain kept() {
      return new Plain(true);
    }
  }

  /** Adds a problem for each alias that clashes with another anchor of its page's languages. */
  public static void check(ContentSet content, Diagnostics problems) {
    check(content, problems, Plain.none());
  }

  /** As {@link #check(ContentSet, Diagnostics)}, skipping the pages {@code plain} knows. */
  public static void check(ContentSet content, Diagnostics problems, Plain plain) {
    Set<SourcePage> known = plain.last;
    Set<SourcePage> found = Collections.newSetFromMap(new IdentityHashMap<>());
    Predicate<SourcePage> hasAliases =
        page -> {
          if (known.contains(page)) {
            found.add(page);
            return false;
          }
          boolean has = page.body().contains(ALIASES);
          if (!has) {
            found.add(page);
          }
          return has;
        };
    Map<String, List<SourcePage>> families = new HashMap<>();
    content.pages().forEach(p -> families.computeIfAbsent(p.path(), k -> new ArrayList<>()).add(p));
    content
        .translations()
        .forEach(
            t -> families.computeIfAbsent(t.sourcePath(), k -> new ArrayList<>()).add(t.page()));
    for (SourcePage page : content.pages()) {
      check(families.get(page.path()), problems, hasAliases);
    }
    if (plain.keeps) {
      plain.last = Collections.unmodifiableSet(found);
    }
  }

  private static final String ALIASES = " aliases=";

  /** One page and its translations, the source first. */
  static void check(List<SourcePage> pages, Diagnostics problems) {
    check(pages, problems, page -> page.body().contains(ALIASES));
  }

  private static void check(
      List<SourcePage> pages, Diagnostics problems, Predicate<SourcePage> hasAliases) {
    // Every page is asked: the answers are what the next check skips.
    if (pages.stream().map(hasAliases::test).toList().stream().noneMatch(has -> has)) {
      return; // the common case, without reading the pages' questions
    }
    Map<SourcePage, List<QuestionSections.Section>> questions = new IdentityHashMap<>();
    pages.forEach(page -> questions.put(page, QuestionSections.of(page.body())));
    Map<String, Use> anchors = new HashMap<>();
    for (SourcePage page : pages) {
      String anchor = page.frontMatter().anchor();
      if (!anchor.isEmpty()) {
        anchors.putIfAbsent(anchor, new Use("", "the page's anchor", page.frontMatter().where()));
      }
      for (QuestionSections.Section q : questions.get(page)) {
        anchors.putIfAbsent(
            q.id(), new Use(q.id(), "the id of question " + q.id(), where(page, q)));
      }
    }
    for (SourcePage page : pages) {
      for (QuestionSections.Section q : questions.get(page)) {
        for (String alias : q.aliases()) {
          SourceSpan where = where(page, q);
          if (alias.equals(q.id())) {
            problems.add(
                Diagnostic.content(where, "alias '" + alias + "' is the question's own id")
                    .withHint("take it out of aliases="));
            continue;
          }
          Use first =
              anchors.putIfAbsent(alias, new Use(q.id(), "an alias of question " + q.id(), where));
          if (first != null && !first.question().equals(q.id())) {
            problems.add(
                Diagnostic.content(
                        where,
                        "alias '" + alias + "' of question " + q.id() + " is also " + first.what())
                    .withHint(
                        "that is at "
                            + first.where()
                            + "; an alias must lead to one question in every language of the page"));
          }
        }
      }
    }
  }

  private static SourceSpan where(SourcePage page, QuestionSections.Section question) {
    return SourceSpan.at(page.file(), page.bodyFirstLine() + question.line());
  }
}
