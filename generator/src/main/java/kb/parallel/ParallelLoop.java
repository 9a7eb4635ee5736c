package kb.parallel;

import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Runs a step for every index from 0 up to a count on all cores: the JDK's parallel streams, named
 * for the three ways kb uses them. A step that throws in {@link #map} or {@link #forEach} ends the
 * loop with that exception, as a parallel stream does; {@link #forEachInFull} runs every step
 * first.
 */
public final class ParallelLoop {

  private ParallelLoop() {}

  /** Each index's result, in index order; null results are kept. */
  public static <R> List<R> map(int count, IntFunction<R> step) {
    return IntStream.range(0, count).parallel().mapToObj(step).toList();
  }

  /** Runs the step for every index, in no particular order. */
  public static void forEach(int count, IntConsumer step) {
    IntStream.range(0, count).parallel().forEach(step);
  }

  /**
   * Runs the step for every index, each even when others throw, then rethrows the first exception
   * in index order: a caller that reports failures gets the same one every run, and no step is
   * still running when it does.
   */
  public static void forEachInFull(int count, IntConsumer step) {
    List<RuntimeException> failures =
        map(
            count,
            i -> {
              try {
                step.accept(i);
                return null;
              } catch (RuntimeException e) {
                return e;
              }
            });
    for (RuntimeException failure : failures) {
      if (failure != null) {
        throw failure;
      }
    }
  }
}
