package kb.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Every index runs once, results come in index order, and a failure is reported in index order. */
class ParallelLoopTest {

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
  void loopsInsideLoopsEnd() {
    List<Integer> sums =
        ParallelLoop.map(
            50, i -> ParallelLoop.map(200, j -> j).stream().mapToInt(Integer::intValue).sum() + i);
    assertEquals(IntStream.range(0, 50).map(i -> 19_900 + i).boxed().toList(), sums);
  }
}
