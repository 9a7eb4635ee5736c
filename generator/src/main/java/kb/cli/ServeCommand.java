package kb.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kb.build.BuildOptions;
import kb.diagnostic.ExitCode;
import kb.serve.PreviewSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kb serve}: a live preview on localhost. Builds go to a temporary folder, removed on exit,
 * so a preview never replaces what {@code kb build} wrote.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the sites on localhost and rebuilds them on every edit.",
      "Watches the content and templates folders; open pages reload by themselves and show"
          + " build problems over the page while the last good build stays served."
    })
final class ServeCommand implements Callable<Integer> {

  /** The port when none is given; 0 means any free port. */
  static final int DEFAULT_PORT = 8000;

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin private BrandChoice brand;

  @Option(
      names = "--port",
      defaultValue = "" + DEFAULT_PORT,
      paramLabel = "N",
      description = "Port on 127.0.0.1; 0 for any free port. Default: ${DEFAULT-VALUE}.")
  private int port;

  @CommandLine.Mixin private SourceFolders folders;

  @CommandLine.Mixin private Verbosity verbosity;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    return Reporter.run(err, verbosity.verbose(), () -> serve(out, err));
  }

  private ExitCode serve(PrintWriter out, PrintWriter err) {
    Path preview = temporaryFolder();
    CountDownLatch stop = new CountDownLatch(1);
    CountDownLatch cleanedUp = new CountDownLatch(1);
    // Ctrl+C runs this hook; it holds the JVM until the preview folder is removed.
    Thread onExit = new Thread(() -> stopAndWait(stop, cleanedUp), "kb-serve-exit");
    try (PreviewSession session =
        PreviewSession.start(
            new BuildOptions(folders.content(), folders.templates(), preview, brand.brand()),
            port,
            out,
            err)) {
      for (String id : session.brands()) {
        out.println("serving " + id + " at " + session.url(id));
      }
      out.println("preview files in " + preview + " (removed on exit)");
      out.println(
          "watching " + folders.content() + " and " + folders.templates() + "; Ctrl+C stops");
      out.flush();
      Runtime.getRuntime().addShutdownHook(onExit);
      stop.await();
    } catch (InterruptedException e) {
      // Stopped by the caller, as a test does.
      Thread.currentThread().interrupt();
    } finally {
      delete(preview);
      cleanedUp.countDown();
      removeHook(onExit);
    }
    return ExitCode.OK;
  }

  private static void stopAndWait(CountDownLatch stop, CountDownLatch cleanedUp) {
    stop.countDown();
    try {
      cleanedUp.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Path temporaryFolder() {
    try {
      return Files.createTempDirectory("kb-serve-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException | IllegalArgumentException e) {
      // The JVM is already shutting down, or the hook was never added.
    }
  }

  private static void delete(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // The system's temporary folder is cleaned up eventually anyway.
    }
  }
}
