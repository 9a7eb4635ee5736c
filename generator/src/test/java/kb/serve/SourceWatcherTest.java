package kb.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import kb.TestFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher sees edits in folders created after it started, and ignores hidden files. */
class SourceWatcherTest {

  @TempDir Path dir;

  private static Set<Path> next(SourceWatcher watcher) throws Exception {
    return CompletableFuture.supplyAsync(
            () -> {
              try {
                return watcher.nextChanges();
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              }
            })
        .get(20, TimeUnit.SECONDS);
  }

  @Test
  void fileInAFolderCreatedLaterIsSeen() throws Exception {
    Path content = Files.createDirectories(dir.resolve("content"));
    try (SourceWatcher watcher = new SourceWatcher(List.of(content))) {
      Path folder = Files.createDirectories(content.resolve("faq"));
      assertEquals(Set.of(folder), next(watcher));
      Path page = Files.writeString(folder.resolve("a.md"), "x");
      Set<Path> changes = next(watcher);
      assertEquals(Set.of(page), changes);
    }
  }

  @Test
  void aChangeWaitingIsSeenWithoutTakingItFromTheNextBatch() throws Exception {
    Path content = Files.createDirectories(dir.resolve("content"));
    try (SourceWatcher watcher = new SourceWatcher(List.of(content))) {
      assertFalse(watcher.changesWaiting());
      Files.writeString(content.resolve(".a.md.swp"), "x");
      Path page = Files.writeString(content.resolve("a.md"), "x");
      // The file system tells the watcher in its own time: asked until it has (20 s at most).
      for (int tries = 0; tries < 2000 && !watcher.changesWaiting(); tries++) {
        Thread.sleep(10);
      }
      assertTrue(watcher.changesWaiting());
      assertEquals(Set.of(page), next(watcher));
    }
  }

  @Test
  void hiddenFilesAreIgnored() throws Exception {
    Path content = Files.createDirectories(dir.resolve("content"));
    try (SourceWatcher watcher = new SourceWatcher(List.of(content))) {
      // Whether the watcher sees both in one batch or the hidden one first, only a.md may come.
      Files.writeString(content.resolve(".a.md.swp"), "x");
      Path page = Files.writeString(content.resolve("a.md"), "x");
      assertEquals(Set.of(page), next(watcher));
    }
  }

  @Test
  void rootDeletedThenMadeAgainIsWatchedAgain() throws Exception {
    Path content = Files.createDirectories(dir.resolve("content"));
    Files.writeString(Files.createDirectories(content.resolve("faq")).resolve("a.md"), "x");
    try (SourceWatcher watcher = new SourceWatcher(List.of(content))) {
      TestFolders.delete(content);
      assertTrue(next(watcher).contains(content));
      Files.createDirectories(content);
      assertTrue(next(watcher).contains(content));
      Path page = Files.writeString(content.resolve("b.md"), "x");
      assertEquals(Set.of(page), next(watcher));
    }
  }

  @Test
  void rootRenamedAwayAndAnotherMovedInIsWatchedInsteadOfTheOld() throws Exception {
    Path content = Files.createDirectories(dir.resolve("content"));
    Path next = Files.createDirectories(dir.resolve("next"));
    try (SourceWatcher watcher = new SourceWatcher(List.of(content))) {
      Path old = Files.move(content, dir.resolve("old"));
      assertTrue(next(watcher).contains(content));
      Files.move(next, content);
      assertTrue(next(watcher).contains(content));
      Files.writeString(old.resolve("stale.md"), "x");
      Path page = Files.writeString(content.resolve("b.md"), "x");
      assertEquals(Set.of(page), next(watcher), "the old folder's edits are not reported");
    }
  }
}
