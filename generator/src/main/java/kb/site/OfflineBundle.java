package kb.site;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.Diagnostic;
import kb.diagnostic.SourceSpan;

/**
 * Zips a written site for offline readers: unzipped anywhere, its {@code index.html} opens from
 * disk and everything works, search included, because the site uses relative URLs and its search
 * data are plain scripts. The zip holds one folder with the site inside. Deterministic: entries
 * sorted by path, one fixed timestamp, fixed compression, so the same site gives the same bytes.
 * Files only a web host reads ({@link #HOST_ONLY}, also a language site's own {@code 404.html}) and
 * hidden files are left out.
 */
public final class OfflineBundle {

  /** Files at a site's root that serve web hosts and crawlers, not a reader on disk. */
  public static final Set<String> HOST_ONLY = Set.of("robots.txt", "sitemap.xml", "404.html");

  /** Every entry's time: a zip stores local times, so a fixed one keeps bytes equal anywhere. */
  private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

  /**
   * What was written. Immutable.
   *
   * @param zip the zip file
   * @param files the files in it (folders not counted)
   * @param bytes the zip's size
   */
  public record Written(Path zip, int files, long bytes) {}

  /**
   * Writes the zip whole or not at all: it is written beside its place and moved there at the end.
   *
   * @param site the site's folder, as {@link StagedSite} published it
   * @param folderName the folder the zip unpacks to, for example {@code futu-offline}
   * @param zip where to write the zip
   * @throws BuildFailedException when the site is missing or the zip cannot be written
   */
  public Written write(Path site, String folderName, Path zip) {
    if (!Files.isRegularFile(site.resolve("index.html"))) {
      throw new BuildFailedException(
          Diagnostic.input(SourceSpan.of(site), "no site to bundle: index.html is missing"));
    }
    Path temp = null;
    try {
      List<String> entries = entries(site);
      // A hidden name of its own beside the zip: a plain new file, with the usual permissions.
      temp = zip.resolveSibling("." + zip.getFileName() + ".tmp");
      try (OutputStream out = Files.newOutputStream(temp)) {
        writeZip(site, folderName, entries, out);
      }
      move(temp, zip);
      int files = (int) entries.stream().filter(e -> !e.endsWith("/")).count();
      return new Written(zip, files, Files.size(zip));
    } catch (IOException | UncheckedIOException e) {
      deleteQuietly(temp);
      throw new BuildFailedException(
          Diagnostic.input(SourceSpan.of(zip), "cannot write bundle: " + e.getMessage())
              .withHint("pass --out DIR with a folder you can write to"));
    }
  }

  /** The site's folders (ending in {@code /}) and files, relative and sorted. */
  private static List<String> entries(Path site) throws IOException {
    Path realSite = site.toRealPath();
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(site)) {
      paths = walk.filter(path -> !path.equals(site)).toList();
    }
    paths.forEach(path -> requireInside(path, realSite));
    return paths.stream()
        .map(path -> relative(site, path))
        .filter(entry -> isForReaders(site, entry))
        .sorted()
        .toList();
  }

  /**
   * A zip holds what the site holds, never a file a symbolic link brings in from elsewhere: kb
   * writes no links, so one that leaves the site is an error naming it, and no zip is written.
   */
  private static void requireInside(Path path, Path realSite) {
    if (Files.isSymbolicLink(path) && !leadsInto(path, realSite)) {
      throw new BuildFailedException(
          Diagnostic.input(SourceSpan.of(path), "cannot bundle: symbolic link out of the site")
              .withHint("build the site again with kb bundle, which writes no links"));
    }
  }

  private static boolean leadsInto(Path link, Path realSite) {
    try {
      return link.toRealPath().startsWith(realSite);
    } catch (IOException e) {
      return false; // a link to nothing inside: where it would lead is not known
    }
  }

  private static String relative(Path site, Path path) {
    String name = site.relativize(path).toString().replace('\\', '/');
    return Files.isDirectory(path) ? name + "/" : name;
  }

  private static boolean isForReaders(Path site, String entry) {
    if (HOST_ONLY.contains(entry)) {
      return false;
    }
    int slash = entry.indexOf('/');
    if (slash > 0 && entry.endsWith("/404.html") && entry.indexOf('/', slash + 1) < 0) {
      // Another language's site, in a folder of its own, has its own page for missing URLs.
      Path folder = site.resolve(entry.substring(0, slash));
      if (Files.isRegularFile(folder.resolve("index.html"))
          && Files.isDirectory(folder.resolve("search"))) {
        return false;
      }
    }
    for (String part : entry.split("/")) {
      if (part.startsWith(".")) {
        return false;
      }
    }
    return true;
  }

  private static void writeZip(Path site, String folderName, List<String> entries, OutputStream out)
      throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.setLevel(Deflater.BEST_COMPRESSION);
      zip.putNextEntry(entry(folderName + "/"));
      zip.closeEntry();
      for (String name : entries) {
        zip.putNextEntry(entry(folderName + "/" + name));
        if (!name.endsWith("/")) {
          Files.copy(site.resolve(name), zip);
        }
        zip.closeEntry();
      }
    }
  }

  private static ZipEntry entry(String name) {
    ZipEntry entry = new ZipEntry(name);
    entry.setTimeLocal(ENTRY_TIME);
    return entry;
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      if (file != null) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      // A leftover temporary file is harmless; it is hidden.
    }
  }
}
