package kb.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import kb.TestFolders;
import kb.browser.Browser;
import kb.build.BuildOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** kb serve in Chromium: edits of the shipped content show by themselves, errors as an overlay. */
class LiveReloadBrowserTest {

  private static final String QUESTION = "How to verify the mobile phone verification code?";

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private PreviewSession session;
  private Path page;
  private String original;
  private ChromeDriver driver;

  @BeforeEach
  void start() throws IOException {
    driver = Browser.get();
    TestFolders.copyOfShipped(dir);
    page = dir.resolve("content/faq/opend.md");
    original = Files.readString(page);
    BuildOptions options =
        new BuildOptions(
            dir.resolve("content"), dir.resolve("templates"), dir.resolve("preview"), "all");
    session = PreviewSession.start(options, 0, new PrintWriter(out), new PrintWriter(err));
  }

  @AfterEach
  void stop() {
    session.close();
  }

  private void open(String brand) {
    driver.get(session.url(brand).resolve("faq/opend.html").toString());
    awaitLive();
  }

  /** Waits until the page's event stream is open, so it hears of the next rebuild. */
  private void awaitLive() {
    patiently()
        .until(d -> "live".equals(d.findElement(By.tagName("html")).getAttribute("data-kb-serve")));
  }

  private WebDriverWait patiently() {
    WebDriverWait wait = new WebDriverWait(driver, Browser.PATIENCE, Duration.ofMillis(50));
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }

  private String questionText() {
    return driver.findElement(By.id("583")).getText();
  }

  /**
   * Saves the page whole, as editors do: written beside it under a hidden name, which kb serve
   * ignores, then renamed over it. A page written in place can be read half written by a rebuild
   * that starts while a busy machine holds the writer back.
   */
  private void save(String text) throws IOException {
    Path draft = Files.writeString(page.resolveSibling(".opend.md.draft"), text);
    Files.move(draft, page, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  private void replace(String from, String to) throws IOException {
    String text = Files.readString(page);
    assertTrue(text.contains(from), from);
    save(text.replace(from, to));
  }

  private Object script(String js) {
    return ((JavascriptExecutor) driver).executeScript(js);
  }

  @Test
  void eachEditOfAQuestionShowsInTheOpenPage() throws IOException {
    open("futu");
    String shown = QUESTION;
    for (int edit = 1; edit <= 3; edit++) {
      String next = QUESTION + " (edit " + edit + ")";
      replace(shown + " {#583}", next + " {#583}");
      shown = next;
      patiently().until(d -> questionText().contains(next));
      awaitLive();
    }
  }

  @Test
  void contentErrorShowsAsAnOverlayOfTextOverTheLastGoodPage() throws IOException {
    open("futu");
    String broken = original + "\nSee [the list](nope.md#<b>bold</b>).\n";
    save(broken);
    int line = (int) broken.lines().count();
    WebElement overlay = patiently().until(d -> d.findElement(By.id("kb-serve-problems")));
    String expected =
        page + ":" + line + ":5: link target 'nope.md#<b>bold</b>' not found for brand futu";
    List<String> problems =
        overlay.findElements(By.className("kb-serve-problem")).stream()
            .map(WebElement::getText)
            .toList();
    assertEquals(expected, problems.get(0), "the overlay names file and line");
    assertEquals("alert", overlay.getAttribute("role"));
    assertTrue(overlay.findElements(By.tagName("b")).isEmpty(), "markup stays text");
    assertTrue(questionText().contains(QUESTION), "the last good page stays");
    assertFalse(driver.findElement(By.tagName("main")).getText().contains("See the list"));
    assertTrue(err.toString().contains(expected), err.toString());

    save(original);
    patiently().until(d -> d.findElements(By.id("kb-serve-problems")).isEmpty());
  }

  @Test
  void editInOneBrandsBlockReloadsOnlyThatBrandsPages() throws IOException {
    open("futu");
    script("window.kbStayed = 'yes';");
    int block = original.indexOf("{% brand moomoo %}\n") + "{% brand moomoo %}\n".length();
    String moomooOnly =
        original.substring(0, block) + "Only moomoo.\n\n" + original.substring(block);
    save(moomooOnly);
    patiently().until(d -> out.toString().contains("rebuilt moomoo in"));
    assertTrue(out.toString().contains("(futu unchanged)"), out.toString());

    // A failed rebuild next: its problems follow moomoo's new version on the page's event stream,
    // so a page that shows them has heard that version, and one that reloaded for it could not.
    save(moomooOnly + "\nSee [nothing](nope.md#1).\n");
    patiently().until(d -> d.findElement(By.id("kb-serve-problems")));
    assertEquals("yes", script("return window.kbStayed;"), "the futu page did not reload");

    save(moomooOnly.replace(QUESTION, QUESTION + " Shared edit."));
    patiently().until(d -> questionText().contains("Shared edit."));
    assertEquals(null, script("return window.kbStayed;"), "a shared edit reloads futu too");
    assertTrue(driver.findElements(By.id("kb-serve-problems")).isEmpty());
  }
}
