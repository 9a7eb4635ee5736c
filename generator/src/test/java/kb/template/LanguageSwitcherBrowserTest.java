package kb.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import kb.ShippedSites;
import kb.browser.Browser;
import kb.browser.StaticServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The header's language switcher leads to the same question in the other language, from disk and
 * under a base path, and each language's page says its language.
 */
class LanguageSwitcherBrowserTest {

  private static Path out;

  @BeforeAll
  static void build() {
    out = ShippedSites.out();
  }

  private static void switchAtQuestion(WebDriver driver, String pageUrl) {
    driver.get(pageUrl + "#758");
    assertEquals("en", driver.findElement(By.tagName("html")).getAttribute("lang"));
    driver.findElement(By.cssSelector(".languages a[hreflang='zh-CN']")).click();
    new WebDriverWait(driver, Browser.PATIENCE)
        .until(d -> d.getCurrentUrl().contains("/zh-CN/faq/opend.html"));
    assertTrue(driver.getCurrentUrl().endsWith("#758"), driver.getCurrentUrl());
    assertEquals("zh-CN", driver.findElement(By.tagName("html")).getAttribute("lang"));
    String question =
        (String)
            ((JavascriptExecutor) driver)
                .executeScript("return document.querySelector(':target').textContent;");
    assertTrue(question.contains("后台运行"), question);
    driver.findElement(By.cssSelector(".languages a[hreflang='zh-HK']")).click();
    new WebDriverWait(driver, Browser.PATIENCE)
        .until(d -> d.getCurrentUrl().contains("/zh-HK/faq/opend.html#758"));
    assertEquals("zh-HK", driver.findElement(By.tagName("html")).getAttribute("lang"));
    driver.findElement(By.cssSelector(".languages a[hreflang='en']")).click();
    new WebDriverWait(driver, Browser.PATIENCE)
        .until(
            d ->
                d.getCurrentUrl().endsWith("/faq/opend.html#758")
                    && !d.getCurrentUrl().contains("/zh-"));
    assertEquals("en", driver.findElement(By.tagName("html")).getAttribute("lang"));
  }

  @Test
  void switcherKeepsTheQuestionFromDisk() {
    ChromeDriver driver = Browser.get();
    switchAtQuestion(driver, out.resolve("futu/faq/opend.html").toUri().toString());
  }

  @Test
  void switcherKeepsTheQuestionUnderABasePath() {
    ChromeDriver driver = Browser.get();
    try (StaticServer server = StaticServer.serve(out.resolve("moomoo"), "/docs/help/")) {
      switchAtQuestion(driver, server.url("faq/opend.html"));
    }
  }
}
