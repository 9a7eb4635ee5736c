package kb.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Debian Chromium for all browser tests of a JVM, driven through Debian's chromedriver
 * (never a downloaded one), both found on the {@code PATH} or through {@code KB_CHROMIUM} and
 * {@code KB_CHROMEDRIVER}. Without them the tests are skipped with the reason, unless {@code
 * CI=true}, where they fail instead. Each browser has a fresh profile folder of its own, removed
 * when it quits.
 */
public final class Browser {

  /**
   * How long a test waits for something that must happen: a guard against a hang, never a target.
   * Generous, so that a test passes on a machine busy with other builds.
   */
  public static final Duration PATIENCE = Duration.ofSeconds(30);

  private static ChromeDriver shared;

  private Browser() {}

  /** The shared browser, started on first use; skips (or, on CI, fails) without Chromium. */
  public static synchronized ChromeDriver get() {
    if (shared == null) {
      shared = startNew(1280, 900);
      Runtime.getRuntime().addShutdownHook(new Thread(shared::quit));
    }
    return shared;
  }

  /**
   * Headless Chromium has no mouse, so pages see {@code (hover: none)} as on a touch screen; this
   * argument of {@link #startNew(int, int, String...)} gives it a desktop's hovering, fine pointer.
   */
  public static final String WITH_MOUSE =
      "--blink-settings=primaryHoverType=2,availableHoverTypes=2,"
          + "primaryPointerType=4,availablePointerTypes=4";

  /**
   * A browser of its own, for tests that change the window or start it with more {@code arguments};
   * the caller quits it.
   */
  public static ChromeDriver startNew(int width, int height, String... arguments) {
    Path chromium = require(BrowserProgram.CHROMIUM, System.getenv());
    Path chromedriver = require(BrowserProgram.CHROMEDRIVER, System.getenv());
    return start(chromium, chromedriver, width, height, arguments);
  }

  /** The program's file in {@code env}; skips (or, on CI, fails) when it is not installed. */
  static Path require(BrowserProgram program, Map<String, String> env) {
    Optional<Path> found;
    try {
      found = program.find(env);
    } catch (IllegalArgumentException e) {
      return fail("browser tests: " + e.getMessage());
    }
    if (found.isEmpty() && "true".equals(env.get("CI"))) {
      fail(
          "CI=true but "
              + program.howToProvide()
              + " is missing: install chromium and chromium-driver (.ci/run does)");
    }
    Assumptions.assumeTrue(
        found.isPresent(),
        "browser tests skipped: no "
            + program.howToProvide()
            + " (apt-get install chromium chromium-driver)");
    return found.get();
  }

  private static ChromeDriver start(
      Path chromium, Path chromedriver, int width, int height, String... arguments) {
    Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
    Path profile = freshProfile();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
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
        "--window-size=" + width + "," + height);
    options.addArguments(arguments);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(chromedriver.toFile())
            .usingAnyFreePort()
            .build();
    try {
      ChromeDriver driver = new ProfiledDriver(service, options, profile);
      driver.manage().timeouts().scriptTimeout(PATIENCE);
      return driver;
    } catch (RuntimeException e) {
      ProfiledDriver.delete(profile);
      throw e;
    }
  }

  private static Path freshProfile() {
    try {
      return Files.createTempDirectory("kb-chromium-");
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
        delete(profile);
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

    /**
     * Deletes the folder and what is in it. Chromium's last processes may still write to it as the
     * driver returns from quitting, so a folder that is not empty yet is walked again.
     */
    static void delete(Path folder) {
      for (int attempt = 0; attempt < 20 && Files.exists(folder); attempt++) {
        List<Path> paths = new ArrayList<>();
        try (var walk = Files.walk(folder)) {
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
}
