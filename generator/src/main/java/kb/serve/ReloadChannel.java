package kb.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * Server-sent events that keep the open pages current. Each brand's site has a version, raised by
 * every rebuild of that brand; a page knows the version it was served at. Events:
 *
 * <ul>
 *   <li>{@code versions}: {@code futu=3 moomoo=1}, when a page connects and after a rebuild; a page
 *       of a brand whose version moved on reloads itself.
 *   <li>{@code problems}: their count, then one line each ({@code file:line: message}), when a page
 *       connects and after every rebuild; {@code 0} once the content builds again.
 * </ul>
 *
 * Thread-safe.
 */
final class ReloadChannel {

  /** Put on a client's queue to end its stream. */
  private static final String END = "end";

  private static final long KEEP_ALIVE_SECONDS = 15;

  /** How often {@link #awaitReloads} asks whether to give up. */
  private static final long GIVE_UP_POLL_MILLIS = 10;

  private final Map<String, Integer> versions = new TreeMap<>();

  /** Each open page's stream, with the brand and version the page was served at (null: unnamed). */
  private final Map<BlockingQueue<String>, Page> clients = new HashMap<>();

  private List<String> problems = List.of();
  private boolean closed;

  /** Pages told to reload by the last rebuild, and how many have connected again since. */
  private int reloading;

  private int reloaded;

  private Set<String> reloadingBrands = Set.of();

  /** An open page, as its event stream names it ({@code ?brand=futu&version=3}). */
  record Page(String brand, int version) {

    /** The page a stream's query names, or null when it names none (an older live script). */
    static Page of(String query) {
      String brand = null;
      int version = -1;
      for (String pair : query == null ? new String[0] : query.split("&")) {
        String[] parts = pair.split("=", 2);
        if (parts.length == 2 && parts[0].equals("brand")) {
          brand = parts[1];
        } else if (parts.length == 2
            && parts[0].equals("version")
            && parts[1].matches("\\d{1,9}")) {
          version = Integer.parseInt(parts[1]);
        }
      }
      return brand == null || version < 0 ? null : new Page(brand, version);
    }
  }

  ReloadChannel(Collection<String> brands) {
    brands.forEach(brand -> versions.put(brand, 1));
  }

  synchronized int version(String brand) {
    return versions.getOrDefault(brand, 0);
  }

  /** The brands were built again: their pages reload, and any problem shown is gone. */
  synchronized void rebuilt(Collection<String> brands) {
    // Pages shown at the version now replaced: a page an earlier rebuild replaced is gone, though
    // its stream is found closed only once an event is written to it.
    reloading =
        (int)
            clients.values().stream()
                .filter(page -> page != null && brands.contains(page.brand()))
                .filter(page -> page.version() == version(page.brand()))
                .count();
    reloaded = 0;
    reloadingBrands = Set.copyOf(brands);
    brands.forEach(brand -> versions.merge(brand, 1, Integer::sum));
    problems = List.of();
    broadcast(versionsEvent() + problemsEvent());
  }

  /**
   * Waits until every page the last {@link #rebuilt} told to reload is open again (its new event
   * stream connected, which its script does once the page is parsed and styled), for at most {@code
   * millis}, or until {@code giveUp} is true. kb serve builds the search data after this, so that
   * on a loaded machine the reloading pages do not wait for cores the search index takes.
   *
   * @return whether every such page reloaded
   */
  boolean awaitReloads(long millis, BooleanSupplier giveUp) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    while (true) {
      synchronized (this) {
        if (reloaded >= reloading || closed) {
          return reloaded >= reloading;
        }
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
          return false;
        }
        wait(Math.min(left, GIVE_UP_POLL_MILLIS));
      }
      // Asked outside the lock: the watcher may read the disk, and pages wait for the lock.
      if (giveUp.getAsBoolean()) {
        return false;
      }
    }
  }

  /** Registers a page's stream; a page of the current version counts as reloaded. */
  synchronized BlockingQueue<String> connect(Page page) {
    BlockingQueue<String> queue = new LinkedBlockingQueue<>();
    queue.add(versionsEvent() + problemsEvent());
    clients.put(queue, page);
    if (page != null
        && reloadingBrands.contains(page.brand())
        && page.version() == version(page.brand())) {
      reloaded++;
      notifyAll();
    }
    return queue;
  }

  synchronized void disconnect(BlockingQueue<String> queue) {
    clients.remove(queue);
  }

  /** A rebuild failed: every page shows the problems over the last good build. */
  synchronized void failed(List<String> lines) {
    problems = List.copyOf(lines);
    broadcast(problemsEvent());
  }

  /** Holds the response open and streams events to one page until it goes away or we close. */
  void stream(HttpExchange exchange) throws IOException {
    BlockingQueue<String> queue;
    synchronized (this) {
      if (closed) {
        exchange.sendResponseHeaders(503, -1);
        exchange.close();
        return;
      }
      queue = connect(Page.of(exchange.getRequestURI().getRawQuery()));
    }
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(200, 0);
    try (OutputStream body = exchange.getResponseBody()) {
      for (String event = queue.poll(0, TimeUnit.SECONDS);
          !END.equals(event);
          event = queue.poll(KEEP_ALIVE_SECONDS, TimeUnit.SECONDS)) {
        // A comment line keeps proxies from closing the stream and finds pages that went away.
        body.write((event == null ? ": keep-alive\n\n" : event).getBytes(StandardCharsets.UTF_8));
        body.flush();
      }
    } catch (IOException e) {
      // The page was closed or reloaded; its next page opens a stream of its own.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      disconnect(queue);
    }
  }

  /** Ends every stream; pages keep trying to reconnect, as EventSource does. */
  synchronized void close() {
    closed = true;
    notifyAll();
    clients.keySet().forEach(queue -> queue.add(END));
  }

  private void broadcast(String event) {
    clients.keySet().forEach(queue -> queue.add(event));
  }

  private String versionsEvent() {
    String data =
        versions.entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining(" "));
    return event("versions", List.of(data));
  }

  private String problemsEvent() {
    List<String> lines = new ArrayList<>();
    lines.add(Integer.toString(problems.size()));
    problems.forEach(problem -> problem.lines().forEach(lines::add));
    return event("problems", lines);
  }

  private static String event(String name, List<String> lines) {
    StringBuilder event = new StringBuilder("event: ").append(name).append('\n');
    lines.forEach(line -> event.append("data: ").append(line).append('\n'));
    return event.append('\n').toString();
  }
}
