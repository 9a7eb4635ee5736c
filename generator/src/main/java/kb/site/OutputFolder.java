package kb.site;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.Diagnostic;
import kb.diagnostic.SourceSpan;

/**
 * The folder a build publishes its sites into, held for that build. Opening it refuses a place kb
 * must not write ({@link OutputLocation}), locks it against other builds ({@link OutputLock}),
 * finishes publishing what a killed build had staged ({@link PublishJournal}), removes what killed
 * builds left, and refuses a folder in a site's place that kb did not write ({@link SiteMarker}).
 * Sites are staged beside their place and published all together. Closing it unlocks it. For one
 * thread.
 */
public final class OutputFolder implements AutoCloseable {

  /** The folder as the user named it, for messages. */
  private final Path shown;

  private final Path root;
  private final List<String> sites;
  private final PublishSteps steps;
  private final OutputLock lock;

  private OutputFolder(
      Path shown, Path root, List<String> sites, PublishSteps steps, OutputLock lock) {
    this.shown = shown;
    this.root = root;
    this.sites = sites;
    this.steps = steps;
    this.lock = lock;
  }

  /** {@link #open(Path, List, List, PublishSteps)} on disk. */
  public static OutputFolder open(Path out, List<Path> sources, List<String> sites) {
    return open(out, sources, sites, PublishSteps.ON_DISK);
  }

  /**
   * Takes the folder {@code out} for a build that reads {@code sources} and publishes {@code
   * sites}, such as {@code futu} and {@code .lucene/futu}, each as a folder of {@code out}.
   *
   * @throws BuildFailedException when kb must not publish there, another build holds the folder, it
   *     cannot be written, or a site's place holds a folder kb did not write
   */
  public static OutputFolder open(
      Path out, List<Path> sources, List<String> sites, PublishSteps steps) {
    String home = System.getProperty("user.home", "");
    return open(out, sources, sites, steps, home.isEmpty() ? null : Path.of(home));
  }

  /** {@link #open(Path, List, List, PublishSteps)} with the home folder given (or null). */
  static OutputFolder open(
      Path out, List<Path> sources, List<String> sites, PublishSteps steps, Path home) {
    for (String site : sites) {
      if (!PublishJournal.SITE_NAME.matcher(site).matches()) {
        throw new IllegalArgumentException("not a site name: " + site);
      }
    }
    Path root = OutputLocation.check(out, sources, sites, home);
    OutputLock lock = OutputLock.take(out, root, steps);
    boolean opened = false;
    try {
      PublishJournal.recover(out, root, steps);
      for (String site : sites) {
        StagedSite.removeLeftovers(root, site, steps);
        SiteMarker.checkBeforeBuild(out.resolve(site), root.resolve(site));
      }
      opened = true;
      return new OutputFolder(out, root, List.copyOf(sites), steps, lock);
    } catch (IOException e) {
      throw cannotWrite(out, e);
    } finally {
      if (!opened) {
        lock.close();
      }
    }
  }

  /**
   * Starts staging the site {@code name}, one of those the folder was opened for.
   *
   * @throws BuildFailedException when the output folder cannot be written
   */
  public StagedSite stage(String name) {
    if (!sites.contains(name)) {
      throw new IllegalArgumentException(name + " is not one of " + sites);
    }
    return StagedSite.open(shown, root, name, steps);
  }

  /**
   * Puts every staged site in place at once: afterwards, and after a failure or a kill at any step
   * once the next build has opened the folder, either all of them are published or none.
   *
   * @throws BuildFailedException when a site's place holds files kb did not write, or publishing
   *     fails; the previous sites are then in place, or the next build finishes publishing these
   */
  public void publish(List<StagedSite> staged) {
    try {
      for (StagedSite site : staged) {
        SiteMarker.checkBeforePublish(shown.resolve(site.name()), site.target(), site.folder());
      }
      for (StagedSite site : staged) {
        steps.write(site.folder().resolve(SiteMarker.NAME), SiteMarker.TEXT);
      }
    } catch (IOException e) {
      throw cannotWrite(shown, e);
    }
    PublishJournal.publish(shown, root, staged, steps);
  }

  /** Unlocks the folder. */
  @Override
  public void close() {
    lock.close();
  }

  static BuildFailedException cannotWrite(Path outDir, Exception e) {
    return new BuildFailedException(
        Diagnostic.input(
                SourceSpan.of(outDir), "cannot write output folder: " + PublishJournal.describe(e))
            .withHint("pass --out DIR with a folder you can write to"));
  }
}
