package kb.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** When kb serve's search data may start: once the pages an edit reloads are open again. */
class ReloadChannelTest {

  /** Long enough never to run out in a test that expects the wait to end otherwise. */
  private static final long FOREVER_MILLIS = 60_000;

  private final ReloadChannel channel = new ReloadChannel(List.of("futu", "moomoo"));

  @Test
  void aStreamNamesItsPageBrandAndVersion() {
    assertEquals(new ReloadChannel.Page("futu", 3), ReloadChannel.Page.of("brand=futu&version=3"));
    assertEquals(new ReloadChannel.Page("futu", 3), ReloadChannel.Page.of("version=3&brand=futu"));
    assertNull(ReloadChannel.Page.of(null), "an older live script names no page");
    assertNull(ReloadChannel.Page.of("brand=futu"));
    assertNull(ReloadChannel.Page.of("brand=futu&version=-1"));
    assertNull(ReloadChannel.Page.of("brand=futu&version=99999999999"));
  }

  @Test
  void theWaitEndsWhenEveryPageTheRebuildReplacedHasConnectedAgain() throws Exception {
    channel.connect(new ReloadChannel.Page("futu", 1));
    channel.connect(new ReloadChannel.Page("futu", 1));
    channel.rebuilt(List.of("futu"));
    CountDownLatch waiting = new CountDownLatch(1);
    boolean[] reloaded = {false};
    Thread search =
        new Thread(
            () -> {
              try {
                waiting.countDown();
                reloaded[0] = channel.awaitReloads(FOREVER_MILLIS, () -> false);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    search.start();
    waiting.await();
    channel.connect(new ReloadChannel.Page("futu", 2));
    channel.connect(new ReloadChannel.Page("futu", 2));
    search.join();
    assertTrue(reloaded[0]);
  }

  @Test
  void pagesOfOtherBrandsAndPagesAnEarlierRebuildReplacedAreNotWaitedFor() throws Exception {
    channel.connect(new ReloadChannel.Page("moomoo", 1));
    channel.connect(null); // a page whose script names nothing
    channel.rebuilt(List.of("futu"));
    BlockingQueue<String> replaced = channel.connect(new ReloadChannel.Page("futu", 1));
    assertTrue(channel.awaitReloads(FOREVER_MILLIS, () -> false), "no futu page was open");
    channel.rebuilt(List.of("futu")); // the page at version 1 reloaded long ago
    assertTrue(channel.awaitReloads(FOREVER_MILLIS, () -> false));
    channel.disconnect(replaced);
  }

  @Test
  void aPageThatDoesNotComeBackEndsTheWaitAtTheLimit() throws Exception {
    channel.connect(new ReloadChannel.Page("futu", 1));
    channel.rebuilt(List.of("futu"));
    assertFalse(channel.awaitReloads(1, () -> false));
  }

  @Test
  void aNewerEditEndsTheWait() throws Exception {
    channel.connect(new ReloadChannel.Page("futu", 1));
    channel.rebuilt(List.of("futu"));
    assertFalse(channel.awaitReloads(FOREVER_MILLIS, () -> true));
  }

  @Test
  void closingTheChannelEndsTheWait() throws Exception {
    channel.connect(new ReloadChannel.Page("futu", 1));
    channel.rebuilt(List.of("futu"));
    channel.close();
    assertFalse(channel.awaitReloads(FOREVER_MILLIS, () -> false));
  }

  @Test
  void aPageOfABrandNotRebuiltDoesNotCountAsReloaded() throws Exception {
    channel.connect(new ReloadChannel.Page("futu", 1));
    channel.rebuilt(List.of("futu"));
    channel.connect(new ReloadChannel.Page("moomoo", 1)); // moomoo's current version
    channel.connect(new ReloadChannel.Page("nosuch", 0));
    assertFalse(channel.awaitReloads(1, () -> false));
    channel.connect(new ReloadChannel.Page("futu", 2));
    assertTrue(channel.awaitReloads(FOREVER_MILLIS, () -> false));
  }
}
