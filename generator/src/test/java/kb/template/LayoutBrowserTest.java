package kb.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import kb.ShippedSites;
import kb.TestContent;
import kb.browser.Browser;
import kb.browser.Emulation;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The responsive layout in headless Chromium at phone, tablet and desktop widths, and screenshots
 * of each brand's home and FAQ page at desktop and phone width in both themes, saved under {@code
 * target/screenshots/} for review; each screenshot is checked for its theme's background and the
 * brand's colour.
 */
class LayoutBrowserTest {

  private static final Path SCREENSHOTS =
      TestContent.repoRoot().resolve("generator/target/screenshots");
  private static final Map<String, int[]> BACKGROUNDS =
      Map.of("light", new int[] {255, 255, 255}, "dark", new int[] {15, 20, 25});
  private static final Map<String, int[]> BRAND_COLOURS =
      Map.of("futu", new int[] {0x1f, 0x6f, 0xe5}, "moomoo", new int[] {0xe8, 0x59, 0x0c});

  private static final String LAYOUT =
      "var side = getComputedStyle(document.querySelector('.sidebar'));"
          + " var menu = getComputedStyle(document.querySelector('.nav-toggle'));"
          + " return {overflow: document.documentElement.scrollWidth - document.documentElement"
          + ".clientWidth, sidebar: side.visibility === 'visible' && side.position !== 'fixed',"
          + " menu: menu.display !== 'none'};";

  /** For the failure message: elements whose content is wider than they are, outside code. */
  private static final String OVERFLOWING =
      "var out = []; document.querySelectorAll('body *').forEach(function (e) {"
          + " if (e.scrollWidth > e.clientWidth && getComputedStyle(e).overflowX === 'visible'"
          + " && !e.closest('pre')) out.push(e.tagName + '.' + e.className); });"
          + " return ' wider than they are: ' + out.join(', ');";

  @SuppressWarnings("unchecked")
  private static Map<String, Object> layout(ChromeDriver driver) {
    return (Map<String, Object>) driver.executeScript(LAYOUT);
  }

  @Test
  void phoneTabletAndDesktopWidthsFitWithoutSideScrolling() {
    List<String> problems = new ArrayList<>();
    for (int width : new int[] {390, 768, 1024, 1280}) {
      ChromeDriver driver = Browser.startNew(Math.max(width, 500), 900);
      Emulation.screen(driver, width, 900, width < 600);
      try {
        for (String page : List.of("index.html", "faq/opend.html", "404.html")) {
          driver.get(ShippedSites.fileUrl("moomoo", page));
          Map<String, Object> layout = layout(driver);
          boolean wide = width > 900;
          if (((Number) layout.get("overflow")).intValue() > 0
              || !layout.get("sidebar").equals(wide)
              || !layout.get("menu").equals(!wide)) {
            problems.add(width + "px " + page + ": " + layout + driver.executeScript(OVERFLOWING));
          }
        }
      } finally {
        driver.quit();
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void screenshotsShowEachThemesBackgroundAndTheBrandColour() throws IOException {
    Files.createDirectories(SCREENSHOTS);
    List<String> saved = new ArrayList<>();
    for (int[] size : new int[][] {{1280, 900}, {390, 844}}) {
      String device = size[0] > 900 ? "desktop" : "phone";
      ChromeDriver driver = Browser.startNew(Math.max(size[0], 500), size[1]);
      Emulation.screen(driver, size[0], size[1], size[0] < 600);
      try {
        for (String brand : ShippedSites.BRANDS) {
          for (String theme : List.of("light", "dark")) {
            for (String page : List.of("index.html", "faq/opend.html")) {
              String name =
                  brand
                      + "-"
                      + (page.startsWith("faq") ? "faq" : "home")
                      + "-"
                      + device
                      + "-"
                      + theme
                      + ".png";
              AccessibilityBrowserTest.useTheme(driver, ShippedSites.fileUrl(brand, page), theme);
              BufferedImage image = save(driver, name);
              assertEquals(
                  size[0] + "x" + size[1], image.getWidth() + "x" + image.getHeight(), name);
              assertColour(image, size[0] - 25, size[1] / 2, BACKGROUNDS.get(theme), name);
              Map<String, Number> logo = logoMark(driver);
              assertColour(
                  image,
                  logo.get("x").intValue() + 4,
                  logo.get("y").intValue() + 14,
                  BRAND_COLOURS.get(brand),
                  name + " logo");
              saved.add(name + " " + image.getWidth() + "x" + image.getHeight());
            }
          }
        }
        extraShots(driver, device);
      } finally {
        driver.quit();
      }
    }
    System.out.println("screenshots in " + SCREENSHOTS + ": " + saved);
    assertEquals(16, saved.size());
  }

  /** For the reviewer: code and a tip in both themes, search results open, the phone menu open. */
  private static void extraShots(ChromeDriver driver, String device) throws IOException {
    for (String theme : List.of("light", "dark")) {
      AccessibilityBrowserTest.useTheme(
          driver, ShippedSites.fileUrl("moomoo", "faq/opend.html"), theme);
      scrollTo(driver, "#\\34 390 ~ .answer pre");
      save(driver, "moomoo-code-" + device + "-" + theme + ".png");
      scrollTo(driver, ".callout");
      save(driver, "moomoo-tip-" + device + "-" + theme + ".png");
    }
    AccessibilityBrowserTest.useTheme(
        driver, ShippedSites.fileUrl("futu", "faq/opend.html"), "dark");
    AccessibilityBrowserTest.openSearchResults(driver, "telnet port");
    save(driver, "futu-search-" + device + "-dark.png");
    if (device.equals("phone")) {
      AccessibilityBrowserTest.useTheme(
          driver, ShippedSites.fileUrl("moomoo", "faq/opend.html"), "light");
      driver.executeScript("document.querySelector('.nav-toggle').click();");
      driver.executeScript("return new Promise(r => setTimeout(r, 400));");
      save(driver, "moomoo-menu-phone-light.png");
    }
  }

  /** Scrolls an element to a third of the way down below the top bar. */
  private static void scrollTo(ChromeDriver driver, String selector) {
    driver.executeScript(
        "var e = document.querySelector(arguments[0]);"
            + " window.scrollTo(0, e.getBoundingClientRect().top + scrollY - innerHeight / 3);",
        selector);
  }

  private static BufferedImage save(ChromeDriver driver, String name) throws IOException {
    byte[] png = driver.getScreenshotAs(OutputType.BYTES);
    Files.write(SCREENSHOTS.resolve(name), png);
    return ImageIO.read(new ByteArrayInputStream(png));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Number> logoMark(ChromeDriver driver) {
    return (Map<String, Number>)
        driver.executeScript(
            "var r = document.querySelector('.logo-mark').getBoundingClientRect();"
                + " return {x: Math.round(r.left), y: Math.round(r.top)};");
  }

  private static void assertColour(BufferedImage image, int x, int y, int[] rgb, String what) {
    int pixel = image.getRGB(x, y);
    int[] actual = {(pixel >> 16) & 0xff, (pixel >> 8) & 0xff, pixel & 0xff};
    for (int i = 0; i < 3; i++) {
      assertTrue(
          Math.abs(actual[i] - rgb[i]) <= 3,
          what
              + " at "
              + x
              + ","
              + y
              + ": "
              + java.util.Arrays.toString(actual)
              + " expected "
              + java.util.Arrays.toString(rgb));
    }
  }
}
