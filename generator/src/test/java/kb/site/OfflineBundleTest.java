package kb.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import kb.diagnostic.BuildFailedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offline zip: one folder, the site's files sorted with fixed times, nothing host-only. */
class OfflineBundleTest {

  @TempDir Path dir;

  private Path site;

  @BeforeEach
  void writeSite() throws IOException {
    site = dir.resolve("futu");
    write("index.html", "<a href=\"faq/a.html\">a</a>");
    write("faq/a.html", "answer");
    write("search/w-61.js", "kbSearch.words({});");
    write("assets/kb.css", "body{}");
    write("robots.txt", "User-agent: *");
    write("sitemap.xml", "<urlset/>");
    write("404.html", "not found");
    write(".DS_Store", "junk");
  }

  private void write(String path, String text) throws IOException {
    Path file = site.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private record Entry(String name, LocalDateTime time, String text) {}

  private static List<Entry> read(Path zip) throws IOException {
    List<Entry> entries = new ArrayList<>();
    try (InputStream in = Files.newInputStream(zip);
        ZipInputStream unzip = new ZipInputStream(in)) {
      for (ZipEntry e = unzip.getNextEntry(); e != null; e = unzip.getNextEntry()) {
        String text = new String(unzip.readAllBytes(), StandardCharsets.UTF_8);
        entries.add(new Entry(e.getName(), e.getTimeLocal(), text));
      }
    }
    return entries;
  }

  @Test
  void zipHoldsTheSiteInOneFolderSortedWithoutHostOnlyOrHiddenFiles() throws IOException {
    Path zip = dir.resolve("futu-offline.zip");
    OfflineBundle.Written written = new OfflineBundle().write(site, "futu-offline", zip);
    List<Entry> entries = read(zip);
    assertEquals(
        List.of(
            "futu-offline/",
            "futu-offline/assets/",
            "futu-offline/assets/kb.css",
            "futu-offline/faq/",
            "futu-offline/faq/a.html",
            "futu-offline/index.html",
            "futu-offline/search/",
            "futu-offline/search/w-61.js"),
        entries.stream().map(Entry::name).toList());
    assertEquals("answer", entries.get(4).text());
    assertEquals(4, written.files());
    assertEquals(Files.size(zip), written.bytes());
  }

  @Test
  void everyEntryHasTheSameFixedTime() throws IOException {
    Path zip = dir.resolve("futu-offline.zip");
    new OfflineBundle().write(site, "futu-offline", zip);
    for (Entry entry : read(zip)) {
      assertEquals(LocalDateTime.of(2000, 1, 1, 0, 0), entry.time(), entry.name());
    }
  }

  @Test
  void sameSiteGivesByteIdenticalZipsWhateverTheFileTimes() throws IOException {
    Path first = dir.resolve("first.zip");
    new OfflineBundle().write(site, "futu-offline", first);
    Files.setLastModifiedTime(site.resolve("faq/a.html"), FileTime.fromMillis(0));
    Path second = dir.resolve("second.zip");
    new OfflineBundle().write(site, "futu-offline", second);
    assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
  }

  @Test
  void symbolicLinkOutOfTheSiteIsAnErrorNamingItAndNoZipIsWritten() throws IOException {
    Path secret = Files.writeString(dir.resolve("passwd"), "root:x:0:0");
    Path link = Files.createSymbolicLink(site.resolve("faq/passwd.svg"), secret);
    Path zip = dir.resolve("futu-offline.zip");
    BuildFailedException e =
        assertThrows(
            BuildFailedException.class, () -> new OfflineBundle().write(site, "futu-offline", zip));
    assertEquals(link, e.diagnostics().get(0).where().file());
    assertEquals("cannot bundle: symbolic link out of the site", e.diagnostics().get(0).message());
    assertFalse(Files.exists(zip));
  }

  @Test
  void symbolicLinkWithinTheSiteIsZippedAsTheFileItLeadsTo() throws IOException {
    Files.createSymbolicLink(site.resolve("faq/b.html"), site.resolve("faq/a.html"));
    Path zip = dir.resolve("futu-offline.zip");
    new OfflineBundle().write(site, "futu-offline", zip);
    assertTrue(
        read(zip).stream()
            .anyMatch(
                e -> e.name().equals("futu-offline/faq/b.html") && e.text().equals("answer")));
  }

  @Test
  void missingSiteIsAnErrorNamingTheFolder() {
    Path missing = dir.resolve("none");
    BuildFailedException e =
        assertThrows(
            BuildFailedException.class,
            () -> new OfflineBundle().write(missing, "x", dir.resolve("x.zip")));
    assertEquals(missing + ": no site to bundle: index.html is missing", e.getMessage());
  }

  @Test
  void unwritableZipIsAnErrorAndLeavesNoTemporaryFile() throws IOException {
    Path zip = dir.resolve("no-such-folder/futu-offline.zip");
    BuildFailedException e =
        assertThrows(
            BuildFailedException.class, () -> new OfflineBundle().write(site, "futu-offline", zip));
    assertTrue(e.getMessage().startsWith(zip + ": cannot write bundle"), e.getMessage());
    try (var left = Files.list(dir)) {
      assertEquals(List.of("futu"), left.map(p -> p.getFileName().toString()).toList());
    }
  }
}
