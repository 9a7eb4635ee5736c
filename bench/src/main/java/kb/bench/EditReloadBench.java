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
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Times a preview server's edit-to-reload on a generated corpus, the same way for kb serve and hugo
 * server: the first page open in headless Chromium, a sentence appended to its source {@value
 * #EDITS} times (saved whole, as editors do: a hidden draft renamed over the file), each time from
 * the moment of the save to the moment the open page holds the sentence, by the page's own clock
 * ({@code Date.now()}, polled every 10 ms: the same machine's clock as the save's). Appends one row
 * per edit to the results file ({@code N edit_reload_ms TOOL MS}); the page's source is restored.
 *
 * <p>Usage: {@code EditReloadBench N TOOL CORPUS RESULTS COMMAND...}: TOOL {@code kb} or {@code
 * hugo}, CORPUS the generated folder ({@code content/} for kb, {@code hugo/content/} for Hugo), and
 * the command that starts the server, which prints its address.
 */
public final class EditReloadBench {

  static final int EDITS = 5;

  private static final Pattern KB_SERVING = Pattern.compile("serving futu at (http://\\S+)");
  private static final Pattern HUGO_SERVING =
      Pattern.compile("Web Server is available at (http://\\S+?)/? ");
  private static final Duration PATIENCE = Duration.ofSeconds(120);

  private EditReloadBench() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    String n = args[0];
    boolean kb = args[1].equals("kb");
    Path corpus = Path.of(args[2]);
    Path results = Path.of(args[3]);
    List<String> command = List.of(args).subList(4, args.length);
    Path page = corpus.resolve(kb ? "content/faq/p00001.md" : "hugo/content/faq/p00001.md");
    String original = Files.readString(page);
    Process server = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      String root = servedAt(server, kb ? KB_SERVING : HUGO_SERVING);
      String url = root.replaceAll("/$", "") + (kb ? "/faq/p00001.html" : "/faq/p00001/");
      ChromeDriver driver = Chromium.start();
      List<Long> millis;
      try {
        millis = edits(driver, url, page, original);
      } finally {
        driver.quit();
      }
      try (PrintWriter out =
          new PrintWriter(
              Files.newBufferedWriter(
                  results,
                  StandardCharsets.UTF_8,
                  StandardOpenOption.CREATE,
                  StandardOpenOption.APPEND))) {
        millis.forEach(ms -> out.printf("%s\tedit_reload_ms\t%s\t%d%n", n, args[1], ms));
      }
      System.out.println(args[1] + " edit to reloaded page, ms: " + millis);
    } finally {
      Files.writeString(page, original);
      server.destroy();
      if (!server.waitFor(30, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    }
  }

  /** Reads the server's output until it names its address, then drains the rest. */
  private static String servedAt(Process server, Pattern serving) throws IOException {
    BufferedReader lines =
        new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      seen.append(line).append('\n');
      Matcher found = serving.matcher(line + " ");
      if (found.find()) {
        Thread drain = new Thread(() -> drain(lines), "server-output");
        drain.setDaemon(true);
        drain.start();
        return found.group(1);
      }
    }
    throw new IllegalStateException("the server stopped before serving:\n" + seen);
  }

  private static void drain(BufferedReader lines) {
    try {
      lines.lines().forEach(line -> {});
    } catch (UncheckedIOException e) {
      // the server stopped: its output is closed
    }
  }

  private static List<Long> edits(ChromeDriver driver, String url, Path page, String original)
      throws IOException, InterruptedException {
    driver.get(url);
    WebDriverWait wait = new WebDriverWait(driver, PATIENCE, Duration.ofMillis(10));
    wait.until(d -> has(d, "A:"));
    List<Long> millis = new ArrayList<>();
    String text = original;
    for (int edit = 1; edit <= EDITS; edit++) {
      Thread.sleep(3000); // the server settled, its reload connection open again
      String marker = "Edited for the benchmark, " + edit + ".";
      text = text + "\n" + marker + "\n";
      Path draft = Files.writeString(page.resolveSibling(".p00001.md.draft"), text);
      long saved = System.currentTimeMillis();
      Files.move(draft, page, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      long shown = wait.until(d -> shownAt(d, marker));
      millis.add(shown - saved);
    }
    return millis;
  }

  private static boolean has(WebDriver driver, String text) {
    return shownAt(driver, text) != null;
  }

  /** The page's clock when it holds {@code text}, or null. */
  private static Long shownAt(WebDriver driver, String text) {
    Object at =
        ((JavascriptExecutor) driver)
            .executeScript(
                "return document.body && document.body.textContent.indexOf(arguments[0]) >= 0"
                    + " ? Date.now() : null;",
                text);
    return at == null ? null : ((Number) at).longValue();
  }
}
