package kb.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The output folder as the user wrote it, normalized to the folder it names. */
class BuildOptionsTest {

  private static Path out(String written) {
    return new BuildOptions(Path.of("content"), Path.of("templates"), Path.of(written), "all")
        .outDir();
  }

  @Test
  void dotsAndDotDotsAreResolvedAsWritten() {
    assertEquals(Path.of("public"), out("./public"));
    assertEquals(Path.of("a/b"), out("a/./b"));
    assertEquals(Path.of("/y"), out("/x/../y"));
  }

  @Test
  void theWorkingFolderStaysTheWorkingFolder() {
    assertEquals(Path.of("."), out("."));
    assertEquals(Path.of("."), out("a/.."));
    assertEquals(Path.of(".."), out("./.."));
  }

  @Test
  void anEmptyFolderStaysEmptyToBeRefused() {
    assertEquals(Path.of(""), out(""));
  }
}
