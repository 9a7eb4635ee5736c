package kb.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import kb.ShippedSites;
import kb.browser.Browser;
import kb.browser.Emulation;
import kb.browser.StaticServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a reader uses on a page, in headless Chromium: the sidebar marks the question being read,
 * copy buttons for question links and code, previous/next links; the not-found page is {@link
 * NotFoundBrowserTest}'s.
 */
class ReaderBrowserTest {

  private static WebDriverWait waitFor(ChromeDriver driver) {
    return new WebDriverWait(driver, Browser.PATIENCE);
  }

  private static String activeTocLink(ChromeDriver driver) {
    return (String)
        driver.executeScript(
            "var a = document.querySelectorAll('.toc a.is-active');"
                + " return a.length === 1 && a[0].getAttribute('aria-current') === 'location'"
                + " ? a[0].getAttribute('href') : String(a.length);");
  }

  @Test
  void sidebarMarksTheQuestionBeingRead() {
    ChromeDriver driver = Browser.get();
    driver.get(ShippedSites.fileUrl("futu", "faq/opend.html"));
    waitFor(driver).until(d -> "#3127".equals(activeTocLink(driver)));
    driver.executeScript(
        "window.scrollTo(0, document.getElementById('9516').getBoundingClientRect().top"
            + " + scrollY - 80);");
    waitFor(driver).until(d -> "#9516".equals(activeTocLink(driver)));
    driver.executeScript("window.scrollTo(0, document.documentElement.scrollHeight);");
    waitFor(driver).until(d -> "#758".equals(activeTocLink(driver)));
    Object visible =
        driver.executeScript(
            "var s = document.querySelector('.sidebar').getBoundingClientRect(),"
                + " a = document.querySelector('.toc a.is-active').getBoundingClientRect();"
                + " return a.top >= s.top && a.bottom <= s.bottom;");
    assertEquals(true, visible, "the sidebar scrolls to show the current question");
  }

  @Test
  void questionLinkFromAnotherPageIsMarkedOnArrival() {
    ChromeDriver driver = Browser.get();
    driver.get(ShippedSites.fileUrl("moomoo", "faq/opend.html") + "#7762");
    waitFor(driver).until(d -> "#7762".equals(activeTocLink(driver)));
  }

  @Test
  void copyButtonsCopyTheQuestionUrlAndTheExactCode() {
    ChromeDriver driver = Browser.get();
    try (StaticServer server =
        StaticServer.serve(ShippedSites.out().resolve("futu"), "/help/futu/")) {
      String page = server.url("faq/opend.html");
      URI uri = URI.create(page);
      Emulation.allowClipboard(driver, uri.getScheme() + "://" + uri.getAuthority());
      driver.get(page);
      WebElement section = driver.findElement(By.id("583")).findElement(By.xpath(".."));
      WebElement copyLink = section.findElement(By.cssSelector(".copy-link"));
      assertEquals("Copy link to Q4", copyLink.getAccessibleName());
      // The button is marked for 1.5 s only: a busy machine may let that pass between two looks.
      driver.executeScript(
          "var b = arguments[0]; new MutationObserver(function () {"
              + " if (b.classList.contains('is-copied')) b.dataset.wasCopied = 'yes';"
              + " }).observe(b, {attributeFilter: ['class']});",
          copyLink);
      copyLink.click();
      waitFor(driver).until(d -> "yes".equals(copyLink.getAttribute("data-was-copied")));
      // The page at futu's site.url, not the local server's address.
      assertEquals("https://openapi.futunn.com/kb/faq/opend.html#583", Emulation.clipboard(driver));
      waitFor(driver)
          .until(
              d ->
                  "Copied to the clipboard"
                      .equals(d.findElement(By.id("kb-status")).getAttribute("textContent")));

      WebElement answer = driver.findElement(By.id("7685")).findElement(By.xpath(".."));
      String code = answer.findElement(By.cssSelector("pre code")).getAttribute("textContent");
      answer.findElement(By.cssSelector(".code-block .copy-code")).click();
      // Copying ends when the page's promise does: wait for it rather than read at once.
      waitFor(driver).until(d -> code.equals(Emulation.clipboard(driver)));
      assertTrue(code.startsWith("from futu import *\n\n# Send requests"), code);
    }
  }

  @Test
  void previousLinkOfTheFirstPageLeadsHome() {
    ChromeDriver driver = Browser.get();
    driver.get(ShippedSites.fileUrl("moomoo", "faq/opend.html"));
    WebElement previous = driver.findElement(By.cssSelector(".pager a[rel=prev]"));
    assertEquals("Previous Home", previous.getText().replace('\n', ' '));
    previous.click();
    waitFor(driver).until(d -> d.getCurrentUrl().endsWith("/moomoo/index.html"));
  }
}
