package kb.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's server: files as they are, every one logged, slowed down when asked. */
class CountingServerTest {

  @TempDir Path dir;

  private static void get(String url, int expectedStatus) throws Exception {
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(expectedStatus, response.statusCode(), url);
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
      List<Long> holds = new CopyOnWriteArrayList<>();
      server.pauseWith(holds::add); // the holds it makes, not a clock's reading of them
      get(server.url("/s/big.js"), 200);
      get(server.url("/s/missing.js"), 404);
      assertEquals(List.of(140L, 40L), holds, "the file, then the missing file's round trip");
      assertEquals(1, server.log().size(), "only the file sent is logged: " + server.log());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
