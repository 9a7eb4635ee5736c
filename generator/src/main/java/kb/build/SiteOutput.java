package kb.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import kb.check.CheckReport;
import kb.site.OutputFolder;
import kb.site.Site;
import kb.site.SiteFile;
import kb.site.StagedSite;

/**
 * Where a brand's files go as the pipeline makes them: staged folders ({@code kb build}, {@code kb
 * bundle}), memory ({@code kb serve}, which updates its folder once the whole build passed), or
 * nowhere ({@code kb check}).
 */
public interface SiteOutput {

  /** Discards everything. */
  SiteOutput NOWHERE =
      new SiteOutput() {
        @Override
        public void file(SiteFile file) {}

        @Override
        public Path luceneFolder() {
          return null;
        }
      };

  /** One file of the site; from any thread. */
  void file(SiteFile file);

  /** The folder to write the Lucene index into, or null to index in a scratch folder, dropped. */
  Path luceneFolder();

  /**
   * The same output, each file in {@code folder} (a language's site inside its brand's), the Lucene
   * index in a folder of that name inside this output's.
   */
  default SiteOutput inFolder(String folder) {
    SiteOutput whole = this;
    return new SiteOutput() {
      @Override
      public void file(SiteFile file) {
        whole.file(new SiteFile(folder + "/" + file.path(), file.bytes(), file.source()));
      }

      @Override
      public Path luceneFolder() {
        Path index = whole.luceneFolder();
        return index == null ? null : index.resolve(folder);
      }
    };
  }

  /** The folders the brands' outputs publish, inside the output folder. */
  static List<String> folders(List<String> brands) {
    return brands.stream()
        .flatMap(brand -> Stream.of(brand, SiteBuild.LUCENE_FOLDER + "/" + brand))
        .toList();
  }

  static Staged staged(OutputFolder folder, Path outDir, String brand) {
    return new Staged(folder, outDir, brand);
  }

  /** A brand's files, kept in memory: {@link #site} once the build is done. Thread-safe. */
  final class InMemory implements SiteOutput {

    private final String brand;
    private final List<SiteFile> files = Collections.synchronizedList(new ArrayList<>());

    public InMemory(String brand) {
      this.brand = brand;
    }

    @Override
    public void file(SiteFile file) {
      files.add(file);
    }

    @Override
    public Path luceneFolder() {
      return null;
    }

    /** Every file given so far, as a site named for the brand. */
    public Site site() {
      synchronized (files) {
        return new Site(brand, files);
      }
    }

    /** Every file given so far, in the order given. */
    public List<SiteFile> files() {
      synchronized (files) {
        return List.copyOf(files);
      }
    }

    /** How many files were given so far: where {@link #since} starts. */
    public int given() {
      return files.size();
    }

    /** The files given after the first {@code given} ones. */
    public List<SiteFile> since(int given) {
      synchronized (files) {
        return List.copyOf(files.subList(given, files.size()));
      }
    }
  }

  /** A brand's site and Lucene index, staged until published; see {@link StagedSite}. */
  final class Staged implements SiteOutput, AutoCloseable {

    private final String brand;
    private final Path outDir;
    private final StagedSite site;
    private final StagedSite lucene;

    private Staged(OutputFolder folder, Path outDir, String brand) {
      this.brand = brand;
      this.outDir = outDir;
      this.site = folder.stage(brand);
      StagedSite index;
      try {
        index = folder.stage(SiteBuild.LUCENE_FOLDER + "/" + brand);
      } catch (RuntimeException e) {
        site.close();
        throw e;
      }
      this.lucene = index;
    }

    @Override
    public void file(SiteFile file) {
      site.write(file);
    }

    @Override
    public Path luceneFolder() {
      return lucene.folder();
    }

    /** What {@link OutputFolder#publish} puts in place: the site and its Lucene index. */
    List<StagedSite> sites() {
      return List.of(site, lucene);
    }

    /** What the published site holds (its Lucene index not counted), its pages as checked. */
    BrandReport report(CheckReport checked) {
      return new BrandReport(
          brand,
          checked.pages(),
          checked.questions(),
          site.files(),
          site.bytes(),
          outDir.resolve(brand));
    }

    @Override
    public void close() {
      lucene.close();
      site.close();
    }
  }
}
