package kb.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every index runs once, results come in index order, and a failure stops the loop. */
class ParallelLoopTest {

  @Test
  void aLoopStopsOnceItsCallerSaysSoAndOnlyTheCallersLoops() throws InterruptedException {
    AtomicInteger steps = new AtomicInteger();
    ParallelLoop.Stopping stopping = ParallelLoop.stoppingWhen(() -> steps.get() >= 100);
    try {
      assertThrows(
          ParallelLoop.Stopped.class,
          () -> ParallelLoop.forEach(10_000, i -> steps.incrementAndGet()));
      assertTrue(steps.get() < 10_000, steps + " steps");
      // Another thread's loop runs whole.
      AtomicInteger other = new AtomicInteger();
      Thread thread = new Thread(() -> ParallelLoop.forEach(1_000, i -> other.incrementAndGet()));
      thread.start();
      thread.join();
      assertEquals(1_000, other.get());
    } finally {
      stopping.close();
    }
    // Closed: the caller's loops run whole again.
    AtomicInteger after = new AtomicInteger();
    ParallelLoop.map(1_000, i -> after.incrementAndGet());
    assertEquals(1_000, after.get());
  }

  @Test
  void mapsEveryIndexOnceInIndexOrder() {
    for (int count : new int[] {0, 1, 2, 3, 1_000, 20_000}) {
      AtomicIntegerArray runs = new AtomicIntegerArray(Math.max(count, 1));
      List<Integer> squares =
          ParallelLoop.map(
              count,
              i -> {
                runs.incrementAndGet(i);
                return i * i;
              });
      assertEquals(IntStream.range(0, count).map(i -> i * i).boxed().toList(), squares);
      for (int i = 0; i < count; i++) {
        assertEquals(1, runs.get(i), "index " + i + " of " + count);
      }
    }
  }

  @Test
  void inFullRunsEveryStepThenThrowsTheFirstFailureInIndexOrder() {
    AtomicIntegerArray runs = new AtomicIntegerArray(1_000);
    List<IllegalStateException> thrown =
        IntStream.range(0, 1_000).mapToObj(i -> new IllegalStateException("step " + i)).toList();
    IllegalStateException failure =
        assertThrows(
            IllegalStateException.class,
            () ->
                ParallelLoop.forEachInFull(
                    1_000,
                    i -> {
                      runs.incrementAndGet(i);
                      if (i == 700 || i == 3 || i == 999) {
                        throw thrown.get(i);
                      }
                    }));
    assertSame(thrown.get(3), failure);
    for (int i = 0; i < 1_000; i++) {
      assertEquals(1, runs.get(i), "index " + i);
    }
  }

  @Test
  void keepsNullResults() {
    assertEquals(Arrays.asList(null, 1, null), ParallelLoop.map(3, i -> i == 1 ? 1 : null));
  }

  @Test
  void runsOnMoreThanOneThreadWhenThePoolHasWorkers() {
    // The caller and the common pool's workers: two threads meet at a latch only if both take part.
    CountDownLatch bothStarted = new CountDownLatch(2);
    ConcurrentHashMap<Thread, Boolean> threads = new ConcurrentHashMap<>();
    ParallelLoop.forEach(
        2,
        i -> {
          threads.put(Thread.currentThread(), true);
          bothStarted.countDown();
          awaitQuietly(bothStarted);
        });
    assertEquals(2, threads.size());
  }

  @Test
  // A loop that went on after the failure would sleep through 100,000 steps: `started` says so.
  void rethrowsTheStepsExceptionOnceEveryStartedStepHasEnded() {
    // The caller's step fails while a worker's step is still running: the caller must wait for it.
    Thread caller = Thread.currentThread();
    IllegalStateException thrown = new IllegalStateException("page 7");
    CountDownLatch workerStepStarted = new CountDownLatch(1);
    AtomicInteger started = new AtomicInteger();
    AtomicInteger ended = new AtomicInteger();
    IllegalStateException caught =
        assertThrows(
            IllegalStateException.class,
            () ->
                ParallelLoop.forEach(
                    100_000,
                    i -> {
                      started.incrementAndGet();
                      if (Thread.currentThread() == caller) {
                        awaitQuietly(workerStepStarted);
                        ended.incrementAndGet();
                        throw thrown;
                      }
                      workerStepStarted.countDown();
                      sleepQuietly(50);
                      ended.incrementAndGet();
                    }));
    assertSame(thrown, caught);
    assertEquals(0, caught.getSuppressed().length, "thrown on the caller's thread, its stack");
    assertTrue(started.get() < 100, started.get() + " steps started");
    assertEquals(started.get(), ended.get());
  }

  @Test
  void aWorkersFailureReachesTheCallerAsThrownAndASecondIsSuppressedInIt() {
    IllegalStateException caught =
        thrownByStepsFailingTogether(
            IllegalStateException.class,
            () -> new IllegalStateException(Thread.currentThread().getName()));
    List<Throwable> others =
        Stream.of(caught.getSuppressed())
            .filter(e -> !(e instanceof ParallelLoop.RethrownHere))
            .toList();
    // Two steps fail together; with more than one worker, more may fail before the loop stops.
    int workers = ForkJoinPool.getCommonPoolParallelism();
    assertTrue(1 <= others.size() && others.size() <= workers, others.toString());
    assertTrue(
        Stream.concat(Stream.of(caught), others.stream())
            .anyMatch(e -> e.getMessage().startsWith("ForkJoinPool")),
        caught.getMessage() + " / " + others);
  }

  @Test
  void aWorkersFailureCarriesTheCallersStack() {
    IllegalStateException caught =
        assertThrows(
            IllegalStateException.class,
            () -> ParallelLoop.forEach(1_000, throwingOnWorkersOnly()));
    assertFalse(calls(caught, "aWorkersFailureCarriesTheCallersStack"), "a worker's own stack");
    // Another worker's failure may come first among the suppressed ones, with more than one worker.
    Throwable rethrown =
        Stream.of(caught.getSuppressed())
            .filter(e -> e instanceof ParallelLoop.RethrownHere)
            .findFirst()
            .orElseThrow();
    assertTrue(calls(rethrown, "aWorkersFailureCarriesTheCallersStack"), rethrown.toString());
    assertTrue(rethrown.getMessage().startsWith("thrown on ForkJoinPool"), rethrown.getMessage());
  }

  @Test
  void aFailureInFullCarriesTheCallersStackWhenAWorkerThrewIt() {
    IllegalStateException caught =
        assertThrows(
            IllegalStateException.class,
            () -> ParallelLoop.forEachInFull(2, throwingOnWorkersOnly()));
    assertEquals(1, caught.getSuppressed().length);
    assertTrue(
        calls(caught.getSuppressed()[0], "aFailureInFullCarriesTheCallersStackWhenAWorkerThrewIt"));
  }

  /**
   * A step that throws on pool workers only; on the calling thread it waits until one has thrown,
   * so that the caller's own indices end without a failure.
   */
  private static IntConsumer throwingOnWorkersOnly() {
    Thread caller = Thread.currentThread();
    CountDownLatch workerThrew = new CountDownLatch(1);
    return i -> {
      if (Thread.currentThread() == caller) {
        awaitQuietly(workerThrew);
        return;
      }
      workerThrew.countDown();
      throw new IllegalStateException("page " + i);
    };
  }

  private static boolean calls(Throwable e, String method) {
    return Stream.of(e.getStackTrace()).anyMatch(f -> f.getMethodName().equals(method));
  }

  @Test
  void oneErrorThrownByStepsOnBothThreadsIsRethrownAsItIs() {
    StackOverflowError error = new StackOverflowError("deep");
    assertSame(error, thrownByStepsFailingTogether(StackOverflowError.class, () -> error));
    assertEquals(0, error.getSuppressed().length);
  }

  /** What a loop throws whose steps, on both threads at once, throw what {@code failure} gives. */
  private static <T extends Throwable> T thrownByStepsFailingTogether(
      Class<T> type, Supplier<T> failure) {
    CountDownLatch bothRunning = new CountDownLatch(2);
    return assertThrows(
        type,
        () ->
            ParallelLoop.forEach(
                1_000,
                i -> {
                  bothRunning.countDown();
                  awaitQuietly(bothRunning);
                  Throwable thrown = failure.get();
                  if (thrown instanceof Error error) {
                    throw error;
                  }
                  throw (RuntimeException) thrown;
                }));
  }

  /**
   * Waits for the other thread to get there. The limit only guards against a hang: a pool worker on
   * a machine busy with other builds may take seconds to be scheduled, and one that gave up early
   * would see the caller run every step alone.
   */
  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void loopsInsideLoopsEnd() {
    List<Integer> sums =
        ParallelLoop.map(
            50, i -> ParallelLoop.map(200, j -> j).stream().mapToInt(Integer::intValue).sum() + i);
    assertEquals(IntStream.range(0, 50).map(i -> 19_900 + i).boxed().toList(), sums);
  }
}
