package kb.parallel;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/**
 * Runs a step for every index from 0 up to a count on the calling thread and the common pool's
 * workers, each thread taking the next index as soon as it is done with the last. A parallel stream
 * cuts its range into four pieces per worker before it starts: on two cores a thread could be left
 * with a quarter of the pages while the other waited, and an external caller waited for a piece a
 * busy worker had taken by spinning. Here the last steps end together, and the caller waits
 * (blocked, not spinning) only for steps already running.
 *
 * <p>A step that throws stops the loop: no index is taken after it, steps already running end, and
 * the first exception is rethrown to the caller as it was thrown.
 */
public final class ParallelLoop {

  private ParallelLoop() {}

  /** Each index's result, in index order; null results are kept. */
  public static <R> List<R> map(int count, IntFunction<R> step) {
    Object[] results = new Object[count];
    forEach(count, i -> results[i] = step.apply(i));
    @SuppressWarnings("unchecked") // every element was made by step
    List<R> list = (List<R>) Collections.unmodifiableList(Arrays.asList(results));
    return list;
  }

  /** Runs the step for every index, in no particular order. */
  public static void forEach(int count, IntConsumer step) {
    int helpers = Math.min(ForkJoinPool.getCommonPoolParallelism(), count - 1);
    if (helpers <= 0) {
      for (int i = 0; i < count; i++) {
        step.accept(i);
      }
      return;
    }
    Loop loop = new Loop(count, step);
    for (int h = 0; h < helpers; h++) {
      ForkJoinPool.commonPool().execute(loop::run);
    }
    loop.run();
    loop.await();
  }

  /** One loop's shared state: the next index to take, and how many steps have ended. */
  private static final class Loop {
    private final int count;
    private final IntConsumer step;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger ended = new AtomicInteger();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final CompletableFuture<Void> allEnded = new CompletableFuture<>();

    Loop(int count, IntConsumer step) {
      this.count = count;
      this.step = step;
    }

    /** Takes indices until none is left. A helper that starts late finds none and returns. */
    void run() {
      for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
        try {
          step.accept(i);
        } catch (Throwable e) {
          failure.compareAndSet(null, e);
          // The indices nobody has taken yet will never run: they count as ended.
          int untaken = count - Math.min(count, next.getAndSet(count));
          end(1 + untaken);
          return;
        }
        end(1);
      }
    }

    private void end(int steps) {
      if (ended.addAndGet(steps) == count) {
        allEnded.complete(null);
      }
    }

    void await() {
      allEnded.join();
      Throwable e = failure.get();
      if (e instanceof RuntimeException unchecked) {
        throw unchecked;
      }
      if (e instanceof Error error) {
        throw error;
      }
      if (e != null) {
        throw new IllegalStateException(e); // a checked exception a step threw sneakily
      }
    }
  }
}
