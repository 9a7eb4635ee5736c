package kb.memo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A run finds what the last kept, by identity or by equality, hashing each input once. */
class LastRunTest {

  /** An input that counts how often its hash code is asked for. */
  private record Counted(String text, AtomicInteger hashes) {
    @Override
    public int hashCode() {
      hashes.incrementAndGet();
      return text.hashCode();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Counted c && text.equals(c.text);
    }
  }

  @Test
  void theSameInputIsFoundRunAfterRunHashedOnce() {
    LastRun<Counted, String> runs = new LastRun<>();
    Counted page = new Counted("page", new AtomicInteger());
    runs.find(page).keep("made");
    for (int run = 0; run < 3; run++) {
      runs.endRun();
      LastRun<Counted, String>.Found found = runs.find(page);
      assertEquals("made", found.value());
      found.keep(found.value());
    }
    assertEquals(1, page.hashes().get());
  }

  @Test
  void anEqualInputIsFoundAndAChangedOneIsNot() {
    LastRun<Counted, String> runs = new LastRun<>();
    runs.find(new Counted("page", new AtomicInteger())).keep("made");
    runs.endRun();
    assertEquals("made", runs.find(new Counted("page", new AtomicInteger())).value());
    assertNull(runs.find(new Counted("edited", new AtomicInteger())).value());
  }

  @Test
  void whatARunDidNotKeepIsForgottenAndAForgottenRunLeavesTheLastOne() {
    LastRun<String, String> runs = new LastRun<>();
    runs.find("a").keep("A");
    runs.find("b").keep("B");
    runs.endRun();
    runs.find("a").keep("A");
    runs.forgetRun(); // a run that failed half-way
    assertEquals("B", runs.find("b").value());
    runs.find("a").keep("A");
    runs.endRun();
    assertNull(runs.find("b").value());
    runs.clear();
    assertNull(runs.find("a").value());
  }
}
