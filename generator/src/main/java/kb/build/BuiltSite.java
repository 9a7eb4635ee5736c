package kb.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kb.brand.Brand;
import kb.check.CheckReport;
import kb.markdown.RenderedPage;
import kb.site.Site;
import kb.site.SiteFile;

/**
 * One brand's site, built in memory (for kb serve), with the pages it was made from and, once
 * checked, the check's report. Immutable.
 */
record BuiltSite(Brand brand, Site site, List<RenderedPage> pages, CheckReport check) {

  BuiltSite {
    pages = List.copyOf(pages);
  }

  BuiltSite withCheck(CheckReport report) {
    return new BuiltSite(brand, site, pages, report);
  }

  /** What the written site holds, for the summary the CLI prints. */
  BrandReport report(Path outDir) {
    Path folder = outDir.resolve(site.name());
    int questions = pages.stream().mapToInt(p -> p.questions().size()).sum();
    long bytes = 0;
    for (SiteFile file : site.files()) {
      bytes += size(folder.resolve(file.path()));
    }
    return new BrandReport(
        site.name(), pages.size(), questions, site.files().size(), bytes, folder);
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
