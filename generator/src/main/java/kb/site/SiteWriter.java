package kb.site;

import java.nio.file.Path;

/**
 * Writes a whole site built in memory into {@code <out>/<name>/} through a {@link StagedSite}: the
 * site appears complete or, if anything fails, the previous one stays exactly as it was.
 */
public final class SiteWriter {

  /**
   * @throws kb.diagnostic.BuildFailedException when the output folder cannot be written
   */
  public void write(Site site, Path outDir) {
    try (StagedSite staged = StagedSite.open(outDir, site.name())) {
      staged.write(site.files());
      staged.publish();
    }
  }
}
