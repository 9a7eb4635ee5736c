package kb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import kb.TestContent;
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
    assertTrue(build.out().contains("built futu: 12 pages, 114 questions"), build.out());
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

  @Test
  void launcherSaysItBuildsTheJarShowsMavensStepsAndPrintsTheLogWhenMavenFails() throws Exception {
    Path repo = dir.resolve("repo");
    Files.createDirectories(repo.resolve("generator/src/main"));
    Files.copy(TestContent.repoRoot().resolve("kb"), repo.resolve("kb"));
    FileTime past = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
    for (String source : List.of("pom.xml", "generator/pom.xml", "generator/src/main/A.java")) {
      Files.writeString(repo.resolve(source), "");
      Files.setLastModifiedTime(repo.resolve(source), past);
    }
    // Maven as the launcher sees it: its step lines, then a jar (FAKE_JAR set) or a failure.
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Files.writeString(
        bin.resolve("mvn"),
        String.join(
            "\n",
            "#!/bin/sh",
            "echo '[INFO] Scanning for projects...'",
            "echo '[INFO] --- maven-resources-plugin:3.3.1:resources (default-resources) @ kb-generator ---'",
            "echo '[INFO] --- maven-compiler-plugin:3.13.0:compile (default-compile) @ kb-generator ---'",
            "echo '[INFO] --- maven-surefire-plugin:3.5.4:test (default-test) @ kb-generator ---'",
            "if [ -n \"$FAKE_JAR\" ]; then",
            "  echo '[INFO] --- maven-jar-plugin:3.4.2:jar (default-jar) @ kb-generator ---'",
            "  mkdir -p \"$FAKE_ROOT/generator/target\"",
            "  cp \"$FAKE_JAR\" \"$FAKE_ROOT/generator/target/kb.jar\"",
            "  exit 0",
            "fi",
            "echo '[ERROR] COMPILATION ERROR : A.java:[1,1] reached end of file'",
            "exit 1",
            ""));
    Files.setPosixFilePermissions(
        bin.resolve("mvn"), java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    Map<String, String> env =
        Map.of("PATH", bin + ":" + System.getenv("PATH"), "FAKE_ROOT", repo.toString());
    String building = "kb: building generator/target/kb.jar (first run: about a minute)...\n";
    String steps = "kb:   kb-generator: resources\nkb:   kb-generator: compile\n";

    ProcessRun failed = ProcessRun.in(repo, dir, List.of("sh", "kb", "--version"), env);
    assertEquals(1, failed.exitCode(), failed.err());
    assertTrue(failed.err().startsWith(building + steps), failed.err());
    assertTrue(!failed.err().contains("kb-generator: test"), "skipped steps are not shown");
    assertTrue(failed.err().contains("[ERROR] COMPILATION ERROR : A.java"), failed.err());
    assertEquals("", failed.out());

    Path jar = Path.of(System.getProperty("kb.jar")).toAbsolutePath();
    Map<String, String> withJar = new java.util.HashMap<>(env);
    withJar.put("FAKE_JAR", jar.toString());
    ProcessRun built = ProcessRun.in(repo, dir, List.of("sh", "kb", "--version"), withJar);
    assertEquals(0, built.exitCode(), built.err());
    assertEquals("kb 0.1.0", built.out().strip());
    assertEquals(building + steps + "kb:   kb-generator: jar\n", built.err());

    ProcessRun again = ProcessRun.in(repo, dir, List.of("sh", "kb", "--version"), withJar);
    assertEquals("", again.err(), "a jar newer than its sources is not built again");
  }
}
