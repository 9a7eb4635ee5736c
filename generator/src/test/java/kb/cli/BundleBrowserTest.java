package kb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import kb.TestContent;
import kb.browser.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The offline zip of the shipped content, unzipped elsewhere, works from disk in Chromium. */
class BundleBrowserTest {

  @TempDir Path dir;

  private static void unzip(Path zip, Path to) throws IOException {
    try (InputStream in = Files.newInputStream(zip);
        ZipInputStream entries = new ZipInputStream(in)) {
      for (ZipEntry e = entries.getNextEntry(); e != null; e = entries.getNextEntry()) {
        Path target = to.resolve(e.getName()).normalize();
        assertTrue(target.startsWith(to), "entry stays inside: " + e.getName());
        if (e.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(entries, target);
        }
      }
    }
  }

  @Test
  void unzippedBundleOpensFromDiskNavigatesAndSearches() throws IOException {
    Path repo = TestContent.repoRoot();
    Path out = dir.resolve("site-output");
    Cli cli =
        Cli.run(
            "bundle",
            "--brand",
            "moomoo",
            "--out",
            out.toString(),
            "--content",
            repo.resolve("content").toString(),
            "--templates",
            repo.resolve("templates").toString());
    assertEquals(0, cli.exitCode(), cli.err());
    Path zip = out.resolve("moomoo-offline.zip");
    System.out.printf("offline bundle moomoo: %d bytes%n", Files.size(zip));
    // Elsewhere, with no build output beside it, as a reader who downloaded the zip has.
    Path reader = dir.resolve("downloads");
    unzip(zip, reader);
    ChromeDriver driver = Browser.get();
    driver.get(reader.resolve("moomoo-offline/index.html").toUri().toString());
    driver.findElement(By.cssSelector(".category-card h2 a")).click();
    WebDriverWait wait = new WebDriverWait(driver, Browser.PATIENCE);
    wait.until(d -> d.getCurrentUrl().endsWith("moomoo-offline/faq/opend.html"));
    assertEquals("OpenD Related", driver.findElement(By.id("4873")).getText());

    driver.findElement(By.id("search-input")).sendKeys("telnet");
    WebElement first =
        wait.until(d -> d.findElement(By.cssSelector("#search-results .search-result")));
    String href = first.getAttribute("href");
    String title = first.findElement(By.className("search-result-title")).getText();
    assertTrue(href.startsWith(reader.toUri().toString()), href);
    String anchor = href.substring(href.indexOf('#') + 1);
    first.click();
    wait.until(d -> d.getCurrentUrl().endsWith("#" + anchor));
    Object target =
        ((JavascriptExecutor) driver)
            .executeScript("return document.querySelector(':target').textContent;");
    assertTrue(target.toString().contains(title), target + " shows the result " + title);
  }
}
