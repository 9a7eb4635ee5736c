package kb.parallel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
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
 * the first exception is rethrown to the caller, the same object, with any later one added to it as
 * suppressed. A checked exception a step threw sneakily comes wrapped in an {@link
 * IllegalStateException}. An exception a worker threw carries only the worker's stack, which ends
 * in the pool: the caller's stack is added to it as a suppressed {@link RethrownHere}, so that a
 * stack trace shows which loop it came from. An {@link Error} is left as it is.
 */
public final class ParallelLoop {

  private ParallelLoop() {}

  /** What the calling thread asked its loops to stop on, if anything ({@link #stoppingWhen}). */
  private static final ThreadLocal<BooleanSupplier> STOP = new ThreadLocal<>();

  /** The end of a loop whose caller asked it to stop ({@link #stoppingWhen}). */
  public static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stopped() {
      super("stopped: what the loop was for is out of date");
    }
  }

  /** Ends {@link #stoppingWhen}. */
  public interface Stopping extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * Until closed, every loop the calling thread starts asks {@code stop} before each step and, once
   * it is true, ends with {@link Stopped} instead of taking more steps: kb serve's search data for
   * an edit that a newer edit has already made out of date. Loops started by the loops' own steps
   * are not stopped; the loop around them is, at its next step.
   */
  public static Stopping stoppingWhen(BooleanSupplier stop) {
    STOP.set(stop);
    return STOP::remove;
  }

  /** Each index's result, in index order; null results are kept. */
  public static <R> List<R> map(int count, IntFunction<R> step) {
    Object[] results = new Object[count];
    forEach(count, i -> results[i] = step.apply(i));
    @SuppressWarnings("unchecked") // every element was made by step
    List<R> list = (List<R>) Collections.unmodifiableList(Arrays.asList(results));
    return list;
  }

  /**
   * Runs the step for every index, each even when others throw, then rethrows the first exception
   * in index order: a caller that reports failures gets the same one every run, and no step is
   * still running when it does. An {@link Error} stops the loop as in {@link #forEach}.
   */
  public static void forEachInFull(int count, IntConsumer step) {
    List<StepFailure> failures =
        map(
            count,
            i -> {
              try {
                step.accept(i);
                return null;
              } catch (RuntimeException e) {
                return new StepFailure(e, Thread.currentThread());
              }
            });
    for (StepFailure failure : failures) {
      if (failure != null) {
        throw withCallersStack(failure.exception(), failure.thread());
      }
    }
  }

  private record StepFailure(RuntimeException exception, Thread thread) {}

  /** The caller's stack, added to an exception a worker threw. */
  static final class RethrownHere extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RethrownHere(Thread thrownOn) {
      super(
          "thrown on " + thrownOn.getName() + ", rethrown to " + Thread.currentThread().getName());
    }
  }

  private static RuntimeException withCallersStack(RuntimeException e, Thread thrownOn) {
    if (thrownOn != Thread.currentThread()) {
      e.addSuppressed(new RethrownHere(thrownOn));
    }
    return e;
  }

  /** Runs the step for every index, in no particular order. */
  public static void forEach(int count, IntConsumer each) {
    BooleanSupplier stop = STOP.get();
    IntConsumer step =
        stop == null
            ? each
            : i -> {
              if (stop.getAsBoolean()) {
                throw new Stopped();
              }
              each.accept(i);
            };
    int workers = Math.min(ForkJoinPool.getCommonPoolParallelism(), count - 1);
    if (workers <= 0) {
      for (int i = 0; i < count; i++) {
        step.accept(i);
      }
      return;
    }
    Loop loop = new Loop(count, step);
    List<Worker> started = new ArrayList<>();
    Throwable notStarted = null;
    try {
      for (int w = 0; w < workers; w++) {
        Worker worker = new Worker(loop);
        ForkJoinPool.commonPool().execute(worker);
        started.add(worker);
      }
    } catch (RuntimeException | Error e) {
      notStarted = e; // the caller and the workers already queued still do every step
    }
    try {
      loop.run();
      loop.await(notStarted);
    } finally {
      // A worker still queued behind other work holds the loop, and every result with it, until
      // it runs: it is let go of now.
      started.forEach(Worker::release);
    }
  }

  /** A pool task taking part in one loop, until the loop has ended. */
  private static final class Worker implements Runnable {
    private volatile Loop loop;

    Worker(Loop loop) {
      this.loop = loop;
    }

    @Override
    public void run() {
      Loop taken = loop;
      if (taken != null) {
        taken.run();
      }
    }

    void release() {
      loop = null;
    }
  }

  /** One loop's shared state: the next index to take, and how many steps have ended. */
  private static final class Loop {
    private final int count;
    private final IntConsumer step;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger ended = new AtomicInteger();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private volatile Thread failedOn;
    private final CompletableFuture<Void> allEnded = new CompletableFuture<>();

    Loop(int count, IntConsumer step) {
      this.count = count;
      this.step = step;
    }

    /** Takes indices until none is left. A worker that starts late finds none and returns. */
    void run() {
      for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
        try {
          step.accept(i);
        } catch (Throwable e) {
          if (failure.compareAndSet(null, e)) {
            failedOn = Thread.currentThread();
          } else if (failure.get() != e) {
            failure.get().addSuppressed(e);
          }
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

    /** Waits for every step to end; then rethrows the first failure, or {@code notStarted}. */
    void await(Throwable notStarted) {
      allEnded.join();
      Throwable e = failure.get();
      if (e == null) {
        e = notStarted;
      } else if (notStarted != null && notStarted != e) {
        e.addSuppressed(notStarted);
      }
      if (e instanceof RuntimeException unchecked) {
        throw failedOn == null ? unchecked : withCallersStack(unchecked, failedOn);
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
