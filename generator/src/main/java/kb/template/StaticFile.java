package kb.template;

import java.nio.file.Path;

/**
 * A file of the templates folder copied into every site as it is, such as the stylesheet.
 * Immutable.
 *
 * @param path where it is written in the site, for example {@code assets/kb.css}
 * @param file the file in the templates folder
 */
public record StaticFile(String path, Path file) {}
