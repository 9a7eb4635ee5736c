package kb.cli;

import kb.build.SiteBuild;
import picocli.CommandLine.Option;

/** The {@code --no-cache} option of the commands that write sites. */
final class CacheChoice {

  @Option(
      names = "--no-cache",
      description =
          "Build everything anew, neither reading nor writing the build cache (DIR/.kb-cache/).")
  private boolean noCache;

  /** {@code build}, with the build cache unless {@code --no-cache}. */
  SiteBuild applyTo(SiteBuild build) {
    return noCache ? build : build.withCache();
  }
}
