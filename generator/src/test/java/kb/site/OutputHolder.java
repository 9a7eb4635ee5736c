package kb.site;

import java.nio.file.Path;
import java.util.List;

/**
 * A process that opens an output folder, as a build does, says so on its first line, and holds it
 * until its input ends or it is killed: the other build of a lock test.
 */
public final class OutputHolder {

  private OutputHolder() {}

  public static void main(String[] args) throws Exception {
    OutputFolder folder = OutputFolder.open(Path.of(args[0]), List.of(), List.of());
    try {
      System.out.println("holding " + ProcessHandle.current().pid());
      System.out.flush();
      System.in.read();
    } finally {
      folder.close();
    }
  }
}
