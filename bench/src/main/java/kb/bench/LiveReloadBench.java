package kb.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Times kb serve's live reload on the shipped content (target 500 ms, docs/commands.md): a question
 * of {@code faq/opend.md} is edited {@value #EDITS} times, each time from the moment the page is
 * saved to the moment the futu page open in headless Chromium has loaded again with the edit (its
 * DOMContentLoaded), both brands served, as a user runs {@code ./kb serve}. Appends one row per
 * edit to the results file ({@code shipped live_reload_ms kb MS}). The edit is stamped with the
 * JVM's wall clock and the page with {@code performance.timeOrigin} plus its navigation timing: the
 * same machine's clock.
 *
 * <p>Usage: {@code LiveReloadBench KB REPO WORK RESULTS}: the {@code kb} launcher, the repository
 * whose {@code content/} and {@code templates/} are copied into the folder {@code WORK} and served
 * from there.
 */
public final class LiveReloadBench {

  static final int EDITS = 5;

  private static final String QUESTION = "How to verify the mobile phone verification code?";
  private static final String ID = "583";
  private static final Pattern SERVING = Pattern.compile("serving futu at (http://\\S+)");
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  private LiveReloadBench() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    Path repo = Path.of(args[1]);
    Path work = Path.of(args[2]).toAbsolutePath();
    deleteTree(work);
    copyTree(repo.resolve("content"), work.resolve("content"));
    copyTree(repo.resolve("templates"), work.resolve("templates"));
    Process serve =
        new ProcessBuilder(
                args[0],
                "serve",
                "--brand",
                "all",
                "--port",
                "0",
                "--content",
                work.resolve("content").toString(),
                "--templates",
                work.resolve("templates").toString())
            .redirectErrorStream(true)
            .start();
    try {
      String url = servedAt(serve);
      ChromeDriver driver = Chromium.start();
      List<Long> millis;
      try {
        millis = edits(driver, url + "faq/opend.html", work.resolve("content/faq/opend.md"));
      } finally {
        driver.quit();
      }
      try (PrintWriter results =
          new PrintWriter(
              Files.newBufferedWriter(
                  Path.of(args[3]),
                  StandardCharsets.UTF_8,
                  StandardOpenOption.CREATE,
                  StandardOpenOption.APPEND))) {
        millis.forEach(ms -> results.printf("shipped\tlive_reload_ms\tkb\t%d%n", ms));
      }
      System.out.println("edit to reloaded page, ms: " + millis);
    } finally {
      serve.destroy(); // kb serve removes its preview folder as it stops
      if (!serve.waitFor(30, TimeUnit.SECONDS)) {
        serve.destroyForcibly();
      }
    }
  }

  /** Reads kb serve's output until it names the futu site's URL, then drains the rest. */
  private static String servedAt(Process serve) throws IOException {
    BufferedReader lines =
        new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      seen.append(line).append('\n');
      Matcher serving = SERVING.matcher(line);
      if (serving.find()) {
        Thread drain = new Thread(() -> lines.lines().forEach(l -> {}), "kb-serve-output");
        drain.setDaemon(true);
        drain.start();
        return serving.group(1);
      }
    }
    throw new IllegalStateException("kb serve stopped before serving futu:\n" + seen);
  }

  private static List<Long> edits(ChromeDriver driver, String pageUrl, Path page)
      throws IOException {
    driver.get(pageUrl);
    awaitLive(driver);
    String text = Files.readString(page);
    String shown = QUESTION;
    List<Long> millis = new ArrayList<>();
    for (int edit = 1; edit <= EDITS; edit++) {
      String next = QUESTION + " (edit " + edit + ")";
      String heading = shown + " {#" + ID + "}";
      if (!text.contains(heading)) {
        throw new IllegalStateException(page + " has no question '" + heading + "'");
      }
      text = text.replace(heading, next + " {#" + ID + "}");
      shown = next;
      // Saved whole, as editors do: written under a hidden name kb serve ignores, then renamed.
      Path draft = Files.writeString(page.resolveSibling(".opend.md.draft"), text);
      long saved = System.currentTimeMillis();
      Files.move(draft, page, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      patiently(driver).until(d -> d.findElement(By.id(ID)).getText().contains(next));
      double ready =
          ((Number)
                  driver.executeScript(
                      "var n = performance.getEntriesByType('navigation')[0];"
                          + " return performance.timeOrigin + n.domContentLoadedEventEnd;"))
              .doubleValue();
      millis.add(Math.round(ready - saved));
      awaitLive(driver);
    }
    return millis;
  }

  /** Waits until the page's event stream is open, so it hears of the next rebuild. */
  private static void awaitLive(ChromeDriver driver) {
    patiently(driver)
        .until(d -> "live".equals(d.findElement(By.tagName("html")).getAttribute("data-kb-serve")));
  }

  private static WebDriverWait patiently(ChromeDriver driver) {
    WebDriverWait wait = new WebDriverWait(driver, PATIENCE, Duration.ofMillis(20));
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : files.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    }
  }

  private static void deleteTree(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
