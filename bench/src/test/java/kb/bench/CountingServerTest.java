package kb.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's server: files as they are, every one logged, slowed down when asked. */
class CountingServerTest {

  @TempDir Path dir;

  private static long millisToGet(String url, int expectedStatus) throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    long start = System.nanoTime();
    HttpResponse<byte[]> response =
        client.send(
            HttpRequest.newBuilder(URI.create(url)).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertEquals(expectedStatus, response.statusCode(), url);
    return millis;
  }

  @Test
  void aSlowedResponseIsHeldItsLatencyPlusItsSizeAtTheRate() {
    CountingServer.Network network = new CountingServer.Network(40, 1_250_000);
    // 40 ms, plus 125,000 bytes at 1,250,000 bytes a second: 100 ms.
    assertEquals(140, network.holdMillis(125_000));
    assertEquals(40, network.holdMillis(0), "a missing file costs a round trip");
    assertEquals(40, new CountingServer.Network(40, 0).holdMillis(125_000), "no rate: latency");
    assertEquals(0, new CountingServer.Network(0, 0).holdMillis(125_000), "not slowed");
  }

  @Test
  void aSlowedServerHoldsEachResponseAndLogsOnlyTheFilesSent() throws Exception {
    Files.write(dir.resolve("big.js"), new byte[125_000]);
    try (CountingServer server = CountingServer.serve(Map.of("/s/", dir), Map.of())) {
      server.slow(40, 1_250_000);
      // At least the hold: a busy machine can only add to it, so no upper bound is asserted.
      long file = millisToGet(server.url("/s/big.js"), 200);
      assertTrue(file >= 140, "file in " + file + " ms");
      long missing = millisToGet(server.url("/s/missing.js"), 404);
      assertTrue(missing >= 40, "404 in " + missing + " ms");
      assertEquals(1, server.log().size(), "only the file sent is logged: " + server.log());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
