package kb.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options that say what to build, shared by every command that builds: a picocli mixin. */
final class BuildSource {

  @Option(
      names = "--brand",
      defaultValue = "all",
      paramLabel = "ID",
      description =
          "Brand id (a file name in content/brands/), or 'all'. Default: ${DEFAULT-VALUE}.")
  String brand;

  @Option(
      names = "--content",
      defaultValue = "content",
      paramLabel = "DIR",
      description = "Content folder. Default: ${DEFAULT-VALUE}.")
  Path content;

  @Option(
      names = "--templates",
      defaultValue = "templates",
      paramLabel = "DIR",
      description = "Templates folder. Default: ${DEFAULT-VALUE}.")
  Path templates;

  @Option(names = "--verbose", description = "Show stack traces of errors.")
  boolean verbose;
}
