package kb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kb.TestContent;
import kb.browser.NodeJs;
import org.junit.jupiter.api.Test;

/**
 * The ranking engine's own tests, {@code src/test/js/*.test.js}, pass in Node ({@code node
 * --test}): kb-rank.js with plain objects for search data, without a browser.
 */
class RankEngineNodeTest {

  @Test
  void rankingEngineTestsPassInNode() throws IOException {
    Path folder = TestContent.repoRoot().resolve("generator/src/test/js");
    List<String> arguments = new ArrayList<>(List.of("--test"));
    try (Stream<Path> files = Files.list(folder)) {
      files
          .map(Path::toString)
          .filter(name -> name.endsWith(".test.js"))
          .sorted()
          .forEach(arguments::add);
    }
    assertTrue(arguments.size() > 1, "no *.test.js in " + folder);
    NodeJs.Run node = NodeJs.run(arguments);
    assertEquals(0, node.exitCode(), node.output());
    assertTrue(node.output().contains("\n# fail 0\n"), node.output());
    assertTrue(node.output().matches("(?s).*\n# pass [1-9]\\d*\n.*"), node.output());
  }
}
