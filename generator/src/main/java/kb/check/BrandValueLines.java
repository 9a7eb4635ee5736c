package kb.check;

import java.nio.file.Files;
import java.util.Optional;
import kb.brand.Brand;
import kb.content.SourceText;
import kb.diagnostic.BuildFailedException;
import kb.yaml.YamlReader;
import kb.yaml.YamlValue;

/**
 * Where in a brand file a value that templates wrote comes from, for problems in what a template
 * filled in ({@code {{brand.links.x}}}), which {@link TemplateLines} cannot find: the brand file is
 * read again only when such a problem is reported.
 */
final class BrandValueLines {

  private BrandValueLines() {}

  /** The brand file's value equal to {@code text}, the site's language's own first. */
  static Optional<YamlValue> find(Brand brand, String text) {
    if (brand.file() == null || !Files.isRegularFile(brand.file().file())) {
      return Optional.empty();
    }
    try {
      var values =
          YamlReader.read(brand.file().file(), SourceText.read(brand.file().file()), 1)
              .all()
              .values();
      String own = Brand.LANGUAGE_VALUES + brand.language() + ".";
      Optional<YamlValue> inLanguage =
          values.stream()
              .filter(v -> v.key().startsWith(own) && !v.list() && v.text().equals(text))
              .findFirst();
      return inLanguage.or(
          () ->
              values.stream()
                  .filter(v -> !v.list() && v.text().equals(text))
                  .filter(v -> !v.key().startsWith(Brand.LANGUAGE_VALUES))
                  .findFirst());
    } catch (BuildFailedException e) {
      return Optional.empty(); // the brand file was read once already; it changed since
    }
  }
}
