package kb.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** The tests of the site's scripts find Node as the browser tests find Chromium, and run it. */
class NodeJsTest {

  @TempDir Path dir;

  @Test
  void withoutNodeTheTestsAreSkippedSayingHowToGetIt() {
    TestAbortedException e =
        assertThrows(
            TestAbortedException.class,
            () -> NodeJs.require(NodeJs.NODE, Map.of("PATH", dir.toString())));
    assertEquals(
        "Assumption failed: node tests skipped: no node (not on the PATH; or set KB_NODE to its"
            + " file) (apt-get install nodejs)",
        e.getMessage());
  }

  @Test
  void withoutNodeOnCiTheTestsFail() {
    AssertionFailedError e =
        assertThrows(
            AssertionFailedError.class,
            () -> NodeJs.require(NodeJs.NODE, Map.of("PATH", dir.toString(), "CI", "true")));
    assertEquals(
        "CI=true but node (not on the PATH; or set KB_NODE to its file) is missing: install"
            + " nodejs (.ci/run does)",
        e.getMessage());
  }

  @Test
  void theVariableNamesTheProgram() throws IOException {
    Path node = dir.resolve("node20");
    Files.writeString(node, "#!/bin/sh\n");
    Files.setPosixFilePermissions(node, PosixFilePermissions.fromString("rwxr-xr-x"));
    assertEquals(node, NodeJs.require(NodeJs.NODE, Map.of("KB_NODE", node.toString())));
  }

  @Test
  void aRunGivesWhatNodePrintedAndHowItExited() {
    NodeJs.Run run =
        NodeJs.run(List.of("-e", "console.log('out'); console.error('err'); process.exit(3)"));
    assertEquals(new NodeJs.Run(3, "out\nerr\n"), run);
  }
}
