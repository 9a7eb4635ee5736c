package kb.cli;

import kb.build.BuildOptions;
import picocli.CommandLine.Option;

/** The {@code --lang} option of the commands that build every language unless told otherwise. */
final class LanguageChoice {

  @Option(
      names = "--lang",
      defaultValue = BuildOptions.ALL,
      paramLabel = "L",
      description =
          "Build each brand's site in this language alone, at its root (a tag such as zh-CN), or"
              + " 'all'. Default: ${DEFAULT-VALUE}.")
  private String language;

  String language() {
    return language;
  }

  /** Whether every language is meant, as by default. */
  boolean all() {
    return language.equals(BuildOptions.ALL);
  }
}
