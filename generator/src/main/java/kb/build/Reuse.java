package kb.build;

import java.util.function.BiFunction;
import kb.diagnostic.Diagnostics;
import kb.memo.LastRun;

/**
 * What one stage made in the last run of a pipeline, by input, offered to the next run: {@code kb
 * serve} builds again after every edit and takes again each result whose input is unchanged. A
 * one-off build keeps nothing. Thread-safe; one run at a time.
 *
 * @param <K> the stage's input, compared with {@code equals}
 * @param <V> what the stage made of it
 */
final class Reuse<K, V> {

  private final LastRun<K, V> runs;

  private Reuse(boolean keeps) {
    this.runs = keeps ? new LastRun<>() : null;
  }

  static <K, V> Reuse<K, V> kept() {
    return new Reuse<>(true);
  }

  static <K, V> Reuse<K, V> none() {
    return new Reuse<>(false);
  }

  /**
   * What the last run made of {@code key}, or what {@code make} makes of it now. A result is kept
   * for the next run only when {@code make} added no problem to {@code problems}, so that a page's
   * problems are reported again for as long as it has them.
   */
  V get(K key, Diagnostics problems, BiFunction<K, Diagnostics, V> make) {
    if (runs == null) {
      return make.apply(key, problems);
    }
    LastRun<K, V>.Found found = runs.find(key);
    if (found.value() != null) {
      return found.keep(found.value());
    }
    Diagnostics made = new Diagnostics();
    V value = make.apply(key, made);
    if (made.isEmpty()) {
      found.keep(value);
    }
    problems.addAll(made.list());
    return value;
  }

  /** Ends a run: what it made, or took again, is what the next run is offered. */
  void endRun() {
    if (runs != null) {
      runs.endRun();
    }
  }

  /** Forgets everything: nothing made so far may be taken again. */
  void clear() {
    if (runs != null) {
      runs.clear();
    }
  }
}
