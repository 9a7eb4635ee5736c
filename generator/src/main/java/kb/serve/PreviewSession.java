package kb.serve;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kb.build.BrandReport;
import kb.build.BuildOptions;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.Diagnostic;
import kb.diagnostic.SourceSpan;

/**
 * A running {@code kb serve}: builds the brands into the options' output folder, serves them, and
 * after every change under the content or templates folder builds again what changed and reloads
 * the open pages of the brands rebuilt. A failed rebuild is printed and shown over the open pages
 * while the last good build stays served. Close it to stop.
 */
public final class PreviewSession implements AutoCloseable {

  private static final int MAX_PORT = 65535;

  /** The longest the search data wait for the open pages to reload after an edit. */
  static final long RELOAD_WAIT_MILLIS = 1000;

  private final PreviewBuild build;
  private final List<String> brands;
  private final ReloadChannel channel;
  private final PreviewServer server;
  private final SourceWatcher watcher;
  private final PrintWriter out;
  private final PrintWriter err;
  private final Thread watching;

  /** Whether the watcher watched the folders through the whole time since the last rebuild. */
  private boolean watchedSinceLastBuild;

  private PreviewSession(
      BuildOptions options,
      PreviewBuild build,
      List<String> brands,
      int port,
      PrintWriter out,
      PrintWriter err) {
    this.build = build;
    this.brands = List.copyOf(brands);
    this.channel = new ReloadChannel(brands);
    this.watcher = new SourceWatcher(List.of(options.contentDir(), options.templatesDir()));
    try {
      this.server = PreviewServer.start(port, options.outDir(), brands, channel);
    } catch (BuildFailedException e) {
      watcher.close();
      throw e;
    }
    this.out = out;
    this.err = err;
    this.watching = new Thread(this::watch, "kb-serve-watch");
    this.watching.setDaemon(true);
  }

  /**
   * Builds every brand asked for once, then serves them and starts watching.
   *
   * @param port the port, or 0 for any free one
   * @param out where each rebuild is reported
   * @param err where the problems of a failed rebuild are printed
   * @throws BuildFailedException when the port is not a port number (0 to 65535), the first build
   *     fails, or the port cannot be used
   */
  public static PreviewSession start(
      BuildOptions options, int port, PrintWriter out, PrintWriter err) {
    checkPort(port); // before the build, which may take a while
    PreviewBuild build = new PreviewBuild(options);
    List<String> brands = ids(build.rebuild().built());
    PreviewSession session = new PreviewSession(options, build, brands, port, out, err);
    session.watching.start();
    return session;
  }

  private static void checkPort(int port) {
    if (port < 0 || port > MAX_PORT) {
      throw new BuildFailedException(
          Diagnostic.input(
                  SourceSpan.of(Path.of("--port")),
                  "port must be from 0 to " + MAX_PORT + ", not " + port)
              .withHint("--port 0 picks any free port"));
    }
  }

  /** The brands served, sorted by id. */
  public List<String> brands() {
    return brands;
  }

  /** The address of a brand's site, for example {@code http://127.0.0.1:8000/futu/}. */
  public URI url(String brand) {
    return server.url(brand);
  }

  /** The address of the server: the brand's site with one brand, a list of brands otherwise. */
  public URI root() {
    return server.root();
  }

  private void watch() {
    try {
      while (!Thread.currentThread().isInterrupted()) {
        rebuild(watcher.nextChanges());
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // Closed: the session is over.
    }
  }

  private void rebuild(Set<Path> changed) {
    long start = System.nanoTime();
    try {
      // The open pages reload as soon as the new pages are written, before the search data.
      // Changes made while the first build ran were not watched: the first rebuild compares every
      // file, as does any rebuild once the watcher could not watch a folder.
      boolean seenAll = watchedSinceLastBuild && watcher.seesEveryChange();
      watchedSinceLastBuild = true;
      build.rebuild(
          seenAll ? changed : null,
          shown -> {
            // Printed first, so whoever sees a page reload can already read why.
            report(changed, shown, (System.nanoTime() - start) / 1_000_000);
            channel.rebuilt(shown.changed());
            awaitReloads();
          },
          watcher::changesWaiting);
    } catch (BuildFailedException e) {
      List<String> problems = e.diagnostics().stream().map(Diagnostic::format).toList();
      problems.forEach(err::println);
      err.println("kb: the content does not build; still serving the last good build");
      err.flush();
      channel.failed(problems);
    } catch (RuntimeException e) {
      err.println("kb: internal error while rebuilding: " + e);
      err.flush();
      channel.failed(List.of("kb: internal error while rebuilding: " + e));
    }
  }

  /**
   * Lets the open pages reload before the search data take every core: at 10,000 pages those take
   * seconds, and a page reloading beside them took up to four times as long to show the edit.
   */
  private void awaitReloads() {
    try {
      channel.awaitReloads(RELOAD_WAIT_MILLIS, watcher::changesWaiting);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void report(Set<Path> changed, PreviewBuild.Shown shown, long millis) {
    String what =
        changed.size() == 1 ? changed.iterator().next().toString() : changed.size() + " files";
    List<String> built = shown.changed();
    String result =
        built.isEmpty()
            ? "nothing to rebuild"
            : "rebuilt " + String.join(", ", built) + " in " + millis + " ms";
    String skipped =
        shown.unchanged().isEmpty()
            ? ""
            : " (" + String.join(", ", shown.unchanged()) + " unchanged)";
    out.println(what + " changed: " + result + skipped);
    out.flush();
  }

  private static List<String> ids(List<BrandReport> reports) {
    List<String> ids = new ArrayList<>();
    reports.forEach(report -> ids.add(report.brand()));
    return ids;
  }

  /** Stops watching and serving; open pages keep trying to reconnect. */
  @Override
  public void close() {
    watching.interrupt();
    watcher.close();
    server.close();
    try {
      watching.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
