package kb.site;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Publish steps on disk that fail at the n-th step (counted from 1), or stop there as a kill of the
 * process would: then that step and every later one throw {@link Killed}, so nothing runs after it,
 * not even cleanup.
 */
public final class FaultySteps implements PublishSteps {

  /** What happens at the chosen step. */
  public enum Fault {
    /** The step throws an IOException; later steps run. */
    FAIL,
    /** The step and every later one throw {@link Killed}. */
    KILL
  }

  /** A step after the process was "killed". */
  public static final class Killed extends Error {
    private static final long serialVersionUID = 1L;

    Killed(String step) {
      super("killed at " + step);
    }
  }

  private final Fault fault;
  private final BiPredicate<Integer, String> chosen;
  private final List<String> log = new ArrayList<>();
  private int taken;
  private boolean reached;
  private boolean killed;

  private FaultySteps(Fault fault, BiPredicate<Integer, String> chosen) {
    this.fault = fault;
    this.chosen = chosen;
  }

  /** The fault at the n-th step, counted from 1. */
  public static FaultySteps at(Fault fault, int n) {
    return new FaultySteps(fault, (step, what) -> step == n);
  }

  /** The fault at the first step whose description (such as "move /x to /y") ends with text. */
  public static FaultySteps atFirstEndingWith(Fault fault, String text) {
    return new FaultySteps(fault, (step, what) -> what.endsWith(text));
  }

  /** Whether the build came as far as the chosen step. */
  public synchronized boolean reached() {
    return reached;
  }

  /** The steps taken, for a failure's message. */
  public synchronized List<String> log() {
    return List.copyOf(log);
  }

  private synchronized void step(String what) throws IOException {
    if (killed) {
      throw new Killed(what);
    }
    taken++;
    log.add(taken + ": " + what);
    if (!reached && chosen.test(taken, what)) {
      reached = true;
      if (fault == Fault.KILL) {
        killed = true;
        throw new Killed(what);
      }
      throw new IOException("injected failure at step " + taken + ": " + what);
    }
  }

  @Override
  public void move(Path from, Path to) throws IOException {
    step("move " + from + " to " + to);
    ON_DISK.move(from, to);
  }

  @Override
  public void write(Path file, byte[] bytes) throws IOException {
    step("write " + file);
    ON_DISK.write(file, bytes);
  }

  @Override
  public void delete(Path path) throws IOException {
    step("delete " + path);
    ON_DISK.delete(path);
  }

  @Override
  public void deleteTree(Path folder) throws IOException {
    step("delete tree " + folder);
    ON_DISK.deleteTree(folder);
  }
}
