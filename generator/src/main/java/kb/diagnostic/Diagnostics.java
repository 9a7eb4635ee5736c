package kb.diagnostic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import kb.parallel.ParallelLoop;

/**
 * Collects the problems of one stage so the user sees all of them at once, then stops the build at
 * the end of the stage. Not thread-safe: each stage of each brand has its own.
 */
public final class Diagnostics {

  private final List<Diagnostic> found = new ArrayList<>();

  public void add(Diagnostic diagnostic) {
    found.add(diagnostic);
  }

  public void addAll(List<Diagnostic> diagnostics) {
    found.addAll(diagnostics);
  }

  /**
   * Applies a step to every item on all cores. Results come in item order, and the step's problems
   * are added in item order, exactly as if the items were done one after the other: a step must
   * only report into the {@code Diagnostics} it is given.
   */
  public <T, R> List<R> mapInParallel(List<T> items, BiFunction<T, Diagnostics, R> step) {
    List<Diagnostics> each = items.stream().map(item -> new Diagnostics()).toList();
    List<R> results = ParallelLoop.map(items.size(), i -> step.apply(items.get(i), each.get(i)));
    each.forEach(problems -> found.addAll(problems.found));
    return results;
  }

  /**
   * Runs a stage and adds its problems, so that the stages after it can still run and report
   * theirs: reading the brand files after the pages, rendering pages whose brand blocks had
   * problems. A problem on a line that already has one is left out: it most likely follows from
   * that one (an unknown variable in a link's target breaks the link).
   *
   * @return what the stage made, or null when it failed
   */
  public <T> T collect(Supplier<T> stage) {
    try {
      return stage.get();
    } catch (BuildFailedException e) {
      addFromLaterStage(e.diagnostics());
      return null;
    }
  }

  /**
   * Adds the problems a later stage found, leaving out each on a line that already has one: it most
   * likely follows from that one.
   */
  public void addFromLaterStage(List<Diagnostic> later) {
    Set<SourceSpan> lines = new HashSet<>();
    found.forEach(d -> lines.add(lineOf(d)));
    for (Diagnostic diagnostic : later) {
      if (diagnostic.where().line() == 0 || !lines.contains(lineOf(diagnostic))) {
        found.add(diagnostic);
      }
    }
  }

  private static SourceSpan lineOf(Diagnostic diagnostic) {
    return SourceSpan.at(diagnostic.where().file(), diagnostic.where().line());
  }

  public boolean isEmpty() {
    return found.isEmpty();
  }

  /**
   * The problems so far, each once (shared text fails the same way for every brand), in source
   * order (file, line, column), then in order of discovery.
   */
  public List<Diagnostic> list() {
    List<Diagnostic> sorted = new ArrayList<>(new LinkedHashSet<>(found));
    sorted.sort(
        Comparator.comparing((Diagnostic d) -> d.where().file().toString())
            .thenComparingInt(d -> d.where().line())
            .thenComparingInt(d -> d.where().column()));
    return List.copyOf(sorted);
  }

  /** Ends the stage: throws if anything was found. */
  public void throwIfAny() {
    if (!found.isEmpty()) {
      throw new BuildFailedException(list());
    }
  }
}
