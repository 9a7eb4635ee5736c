package kb.build;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import kb.diagnostic.Diagnostics;

/**
 * What one stage made in the last run of a pipeline, by input, offered to the next run: {@code kb
 * serve} builds again after every edit and takes again each result whose input is unchanged. A
 * one-off build keeps nothing. Thread-safe; one run at a time.
 *
 * @param <K> the stage's input, compared with {@code equals}
 * @param <V> what the stage made of it
 */
final class Reuse<K, V> {

  private final boolean keeps;
  private volatile Map<K, V> last = Map.of();
  private final Map<K, V> current = new ConcurrentHashMap<>();

  private Reuse(boolean keeps) {
    this.keeps = keeps;
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
    V earlier = last.get(key);
    if (earlier != null) {
      if (keeps) {
        current.put(key, earlier);
      }
      return earlier;
    }
    Diagnostics found = new Diagnostics();
    V made = make.apply(key, found);
    if (keeps && found.isEmpty()) {
      current.put(key, made);
    }
    problems.addAll(found.list());
    return made;
  }

  /** Ends a run: what it made, or took again, is what the next run is offered. */
  void endRun() {
    if (keeps) {
      last = Map.copyOf(current);
      current.clear();
    }
  }

  /** Forgets everything: nothing made so far may be taken again. */
  void clear() {
    last = Map.of();
    current.clear();
  }
}
