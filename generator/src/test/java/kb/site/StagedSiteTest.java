package kb.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedSiteTest {

  @TempDir Path out;

  @Test
  void filesWrittenBeforePublishingStayOutOfTheSiteUntilThen() throws IOException {
    Files.createDirectories(out.resolve("b"));
    Files.writeString(out.resolve("b/index.html"), "old");
    try (StagedSite site = StagedSite.open(out, "b")) {
      site.write(List.of("index.html", "faq/a.html"), p -> SiteFile.text(p, "new " + p));
      assertEquals("old", Files.readString(out.resolve("b/index.html")));
      assertFalse(Files.exists(out.resolve("b/faq")));
      site.publish();
      assertEquals(2, site.files());
      assertEquals("new index.html".length() + "new faq/a.html".length(), site.bytes());
    }
    assertEquals("new faq/a.html", Files.readString(out.resolve("b/faq/a.html")));
  }

  @Test
  void aFailingFileStopsTheWriteOnlyOnceEveryOtherFileIsWritten() throws IOException {
    try (StagedSite site = StagedSite.open(out, "b")) {
      List<Integer> items = java.util.stream.IntStream.range(0, 200).boxed().toList();
      IllegalStateException e =
          assertThrows(
              IllegalStateException.class,
              () ->
                  site.write(
                      items,
                      i -> {
                        if (i == 100) {
                          throw new IllegalStateException("page 100");
                        }
                        return SiteFile.text("p/" + i + ".html", "x");
                      }));
      assertEquals("page 100", e.getMessage());
      // Nothing is still being written when the failure reaches the caller, who then cleans up.
      try (var written = Files.list(site.folder().resolve("p"))) {
        assertEquals(199, written.count());
      }
    }
    try (var left = Files.list(out)) {
      assertEquals(List.of(), left.toList());
    }
  }

  @Test
  void anUnpublishedSiteLeavesNothingBehindNotEvenTheFoldersMadeForIt() throws IOException {
    try (StagedSite site = StagedSite.open(out, ".lucene/b")) {
      site.write(List.of(SiteFile.text("x", "x")));
      assertTrue(Files.isDirectory(out.resolve(".lucene")));
    }
    try (var left = Files.list(out)) {
      assertEquals(List.of(), left.toList());
    }
  }
}
