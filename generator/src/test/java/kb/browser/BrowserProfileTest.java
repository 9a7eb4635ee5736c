package kb.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/** Each browser runs in a profile folder of its own that is gone once it quits. */
class BrowserProfileTest {

  private static Path profileOf(ChromeDriver driver) {
    Map<?, ?> chrome = (Map<?, ?>) driver.getCapabilities().getCapability("chrome");
    return Path.of((String) chrome.get("userDataDir"));
  }

  @Test
  void aBrowsersProfileFolderIsRemovedWhenItQuits() {
    ChromeDriver driver = Browser.startNew(800, 600);
    Path profile;
    try {
      profile = profileOf(driver);
      driver.get("data:text/html,<p>profile");
      assertTrue(Files.isDirectory(profile), profile + " while the browser runs");
    } finally {
      driver.quit();
    }
    assertFalse(Files.exists(profile), profile + " after the browser quit");
  }

  @Test
  void twoBrowsersDoNotShareAProfile() {
    ChromeDriver one = Browser.startNew(800, 600);
    try {
      ChromeDriver two = Browser.startNew(800, 600);
      try {
        assertFalse(profileOf(one).equals(profileOf(two)), profileOf(one).toString());
      } finally {
        two.quit();
      }
    } finally {
      one.quit();
    }
  }
}
