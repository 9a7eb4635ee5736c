package kb.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Debian Chromium for all browser tests of a JVM, driven through Debian's chromedriver
 * (never a downloaded one). Without Chromium the tests are skipped with the reason, unless {@code
 * CI=true}, where they fail instead.
 */
public final class Browser {

  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private static ChromeDriver shared;

  private Browser() {}

  /** The shared browser, started on first use; skips (or, on CI, fails) without Chromium. */
  public static synchronized ChromeDriver get() {
    requireChromium();
    if (shared == null) {
      shared = start(1280, 900);
      Runtime.getRuntime().addShutdownHook(new Thread(shared::quit));
    }
    return shared;
  }

  /** A browser of its own, for tests that change the window; the caller quits it. */
  public static ChromeDriver startNew(int width, int height) {
    requireChromium();
    return start(width, height);
  }

  private static void requireChromium() {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!present && "true".equals(System.getenv("CI"))) {
      fail(
          "CI=true but "
              + CHROMIUM
              + " or "
              + CHROMEDRIVER
              + " is missing: install chromium"
              + " and chromium-driver (.ci/run does)");
    }
    Assumptions.assumeTrue(
        present,
        "browser tests skipped: "
            + CHROMIUM
            + " and "
            + CHROMEDRIVER
            + " are not installed"
            + " (apt-get install chromium chromium-driver)");
  }

  private static ChromeDriver start(int width, int height) {
    Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
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
        "--user-data-dir=" + freshProfile(),
        "--window-size=" + width + "," + height);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
    return driver;
  }

  private static String freshProfile() {
    try {
      Path profile = Files.createTempDirectory("kb-chromium-");
      profile.toFile().deleteOnExit();
      return profile.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
