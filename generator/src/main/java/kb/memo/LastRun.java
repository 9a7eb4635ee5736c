package kb.memo;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Values by input from the last run, and those of the run under way, which become the last when it
 * ends. Inputs are records holding whole pages, whose hash codes are computed anew at each call; an
 * unchanged input is most often the very object of the last run (the stage before took it again),
 * so it is looked up by identity first, and each input's hash code is computed once, when it is
 * first seen: at ten thousand pages, hashing every page's records twice a run cost more than the
 * rest of a stage. Thread-safe; one run at a time.
 *
 * @param <K> an input, compared with {@code equals}
 * @param <V> what was made of it
 */
public final class LastRun<K, V> {

  /** An input with its hash code, computed once. */
  private record Key(Object input, int hash) {

    static Key of(Object input) {
      return new Key(input, input.hashCode());
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && hash == key.hash
          && (input == key.input || input.equals(key.input));
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  /** An input by identity. */
  private record Same(Object input) {

    @Override
    public boolean equals(Object other) {
      return other instanceof Same same && input == same.input;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(input);
    }
  }

  /** A lookup: the value the last run has for an input, or null, and how to keep one for it. */
  public final class Found {
    private final Same same;
    private final Key key;
    private final V value;

    private Found(Same same, Key key, V value) {
      this.same = same;
      this.key = key;
      this.value = value;
    }

    /** The last run's value for the input, or null. */
    public V value() {
      return value;
    }

    /** Keeps {@code made} for the input in the run under way; returns it. */
    public V keep(V made) {
      current.put(key, made);
      currentKeys.put(same, key);
      return made;
    }
  }

  private volatile Map<Key, V> last = Map.of();
  private volatile Map<Same, Key> lastKeys = Map.of();
  private volatile Map<Key, V> current = new ConcurrentHashMap<>();
  private volatile Map<Same, Key> currentKeys = new ConcurrentHashMap<>();

  /** Looks {@code input} up among the last run's inputs. */
  public Found find(K input) {
    Same same = new Same(input);
    Key known = lastKeys.get(same);
    Key key = known != null ? known : Key.of(input);
    return new Found(same, key, last.get(key));
  }

  /** Ends a run: what it kept is what the next run finds. */
  public void endRun() {
    // Handed over, not copied: copying ten thousand entries a run took longer than the lookups.
    last = current;
    lastKeys = currentKeys;
    forgetRun();
  }

  /** Forgets what the run under way kept: the next run finds what the last one kept. */
  public void forgetRun() {
    current = new ConcurrentHashMap<>();
    currentKeys = new ConcurrentHashMap<>();
  }

  /** Forgets everything. */
  public void clear() {
    last = Map.of();
    lastKeys = Map.of();
    forgetRun();
  }
}
