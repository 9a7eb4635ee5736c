package kb.template;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A file of the templates folder that every site gets, such as the stylesheet: copied as it is, or
 * written as {@code text} when the templates stage changed it (a script without its comments, see
 * {@link CompactScript}). Immutable.
 *
 * @param path where it is written in the site, for example {@code assets/kb.css}
 * @param file the file in the templates folder
 * @param text what is written instead of the file's bytes, if anything
 */
public record StaticFile(String path, Path file, Optional<String> text) {}
