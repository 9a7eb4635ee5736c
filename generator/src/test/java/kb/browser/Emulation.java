package kb.browser;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/** What Chromium pretends through the DevTools protocol: the system theme, print media. */
public final class Emulation {

  private Emulation() {}

  /**
   * Emulates a screen of exactly this size; {@code mobile} also applies the page's viewport meta
   * tag, as a phone does. A window cannot be narrower than 500 pixels, so phone widths need this.
   */
  public static void screen(ChromeDriver driver, int width, int height, boolean mobile) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
  }

  /** Emulates the system's colour scheme, {@code light} or {@code dark}. */
  public static void colorScheme(ChromeDriver driver, String scheme) {
    driver.executeCdpCommand(
        "Emulation.setEmulatedMedia",
        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
  }

  /** Emulates a media type, such as {@code print}; {@code ""} goes back to the screen. */
  public static void media(ChromeDriver driver, String media) {
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media));
  }

  /** Lets pages of an origin read and write the clipboard without asking. */
  public static void allowClipboard(ChromeDriver driver, String origin) {
    driver.executeCdpCommand(
        "Browser.grantPermissions",
        Map.of(
            "origin",
            origin,
            "permissions",
            List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
  }

  /** The clipboard's text, read by the page. */
  public static String clipboard(ChromeDriver driver) {
    return (String)
        driver.executeAsyncScript(
            "var done = arguments[0];"
                + " navigator.clipboard.readText().then(done, e => done('error: ' + e));");
  }

  /** Runs a script in every document before the page's own scripts. */
  public static void beforeEveryPage(ChromeDriver driver, String source) {
    driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", source));
  }
}
