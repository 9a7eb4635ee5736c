package kb.build;

import java.nio.file.Path;

/**
 * What one brand's build produced. Immutable.
 *
 * @param brand the brand id
 * @param pages FAQ pages (the home page not counted)
 * @param questions questions over all pages
 * @param files files written
 * @param bytes total size of the files written
 * @param folder where the site was written
 */
public record BrandReport(
    String brand, int pages, int questions, int files, long bytes, Path folder) {}
