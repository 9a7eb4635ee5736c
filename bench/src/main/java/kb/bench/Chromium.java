package kb.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium through Debian's chromedriver (the set-up of the browser tests), with
 * DevTools calls to drop the HTTP cache so a "cold" page load fetches every file again. Its profile
 * folder is removed when it quits.
 */
final class Chromium {

  private Chromium() {}

  static ChromeDriver start() {
    Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
    Path profile = freshProfile();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(new File("/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--allow-file-access-from-files",
        "--user-data-dir=" + profile,
        "--window-size=1280,900");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver"))
            .usingAnyFreePort()
            .build();
    ChromeDriver driver;
    try {
      driver = new ProfiledDriver(service, options, profile);
    } catch (RuntimeException e) {
      deleteTree(profile);
      throw e;
    }
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(120));
    return driver;
  }

  /** Empties the HTTP cache and keeps it off, so the next page load fetches every file. */
  static void dropCache(ChromeDriver driver) {
    driver.executeCdpCommand("Network.enable", Map.of());
    driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
    driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
  }

  private static Path freshProfile() {
    try {
      return Files.createTempDirectory("kb-bench-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A driver whose quitting also removes its browser's profile folder. */
  private static final class ProfiledDriver extends ChromeDriver {

    private final Path profile;

    ProfiledDriver(ChromeDriverService service, ChromeOptions options, Path profile) {
      super(service, options);
      this.profile = profile;
    }

    @Override
    public void quit() {
      try {
        super.quit();
      } finally {
        deleteTree(profile);
      }
    }

    /**
     * Loads {@code url} and returns once its document is complete: chromedriver 150 at times
     * returns while the new document is still loading (1 load in 400 here, its last scripts not run
     * yet), where its page load strategy promises the load event.
     */
    @Override
    public void get(String url) {
      super.get(url);
      long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
      while (!"complete".equals(executeScript("return document.readyState"))
          && System.nanoTime() < deadline) {
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  /** Deletes a folder and what is in it, walking again what Chromium's last writes left. */
  private static void deleteTree(Path folder) {
    for (int attempt = 0; attempt < 20 && Files.exists(folder); attempt++) {
      List<Path> paths = new ArrayList<>();
      try (Stream<Path> walk = Files.walk(folder)) {
        walk.forEach(paths::add);
      } catch (IOException | UncheckedIOException e) {
        // a file removed while walking: walk again
      }
      for (int i = paths.size() - 1; i >= 0; i--) {
        try {
          Files.deleteIfExists(paths.get(i));
        } catch (IOException e) {
          // a folder a late write filled again: walk again
        }
      }
    }
  }
}
