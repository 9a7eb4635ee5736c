package kb.cli;

import picocli.CommandLine.Option;

/** The {@code --brand} option of the commands that build every brand unless told otherwise. */
final class BrandChoice {

  @Option(
      names = "--brand",
      defaultValue = "all",
      paramLabel = "ID",
      description =
          "Brand id (a file name in content/brands/), or 'all'. Default: ${DEFAULT-VALUE}.")
  private String brand;

  String brand() {
    return brand;
  }

  /** Whether every brand is meant, as by default. */
  boolean all() {
    return brand.equals("all");
  }
}
