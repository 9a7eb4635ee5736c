package kb.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --content} and {@code --templates} options of the commands that build. */
final class SourceFolders {

  @Option(
      names = "--content",
      defaultValue = "content",
      paramLabel = "DIR",
      description = "Content folder. Default: ${DEFAULT-VALUE}.")
  private Path content;

  @Option(
      names = "--templates",
      defaultValue = "templates",
      paramLabel = "DIR",
      description = "Templates folder. Default: ${DEFAULT-VALUE}.")
  private Path templates;

  Path content() {
    return content;
  }

  Path templates() {
    return templates;
  }
}
