package kb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's {@code ./kb}: runs the packaged jar with a class archive it makes once per jar and
 * JDK.
 */
class KbLauncherIT {

  @TempDir Path dir;

  private ProcessRun run(String... command) throws IOException, InterruptedException {
    return ProcessRun.of(dir, List.of(command));
  }

  @Test
  void launcherMakesAClassArchiveForItsJarOnceAndBuildsWithIt() throws Exception {
    Path jar = Path.of(System.getProperty("kb.jar")).toAbsolutePath();
    Path archive = jar.resolveSibling("kb.jsa");
    Files.deleteIfExists(archive);

    ProcessRun version = run("sh", "kb", "--version");
    assertEquals(0, version.exitCode(), version.err());
    assertEquals("kb 0.1.0", version.out().strip());
    assertEquals("", version.err(), "the jar is not built again, and the JVM says nothing");
    assertTrue(Files.isRegularFile(archive));
    FileTime made = Files.getLastModifiedTime(archive);

    ProcessRun build = run("sh", "kb", "build", "--out", dir.resolve("out").toString());
    assertEquals(0, build.exitCode(), build.err());
    assertTrue(build.out().contains("built futu: 3 pages, 63 questions"), build.out());
    assertEquals("", build.err());
    assertEquals(made, Files.getLastModifiedTime(archive), "made once for this jar");

    Path jdk = jar.resolveSibling("kb.jsa.jdk");
    String thisJdk = Files.readString(jdk);
    Files.writeString(jdk, "another JDK\n");
    Files.delete(archive);
    Files.createFile(archive);
    assertEquals(0, run("sh", "kb", "--version").exitCode());
    assertEquals(thisJdk, Files.readString(jdk), "made again for this JDK");
    assertTrue(Files.size(archive) > 0);

    // -Xshare:on fails instead of running without the archive when it does not fit the jar.
    ProcessRun shared =
        run(
            "java",
            "-Xshare:on",
            "-XX:SharedArchiveFile=" + archive,
            "-XX:+UseParallelGC",
            "-XX:TieredStopAtLevel=1",
            "-jar",
            jar.toString(),
            "--version");
    assertEquals(0, shared.exitCode(), shared.err());
  }
}
