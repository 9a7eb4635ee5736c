package kb.cache;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Which kb made a cached result: the SHA-256 of kb's own code (the jar, or the classes folder it
 * runs from) and of the JDK running it, so that a result of any other build of kb, even of the same
 * version number, or of another JDK is never taken.
 */
public final class KbVersion {

  private static volatile String current;

  private KbVersion() {}

  /** This kb's code, as a hash. */
  public static String current() {
    String version = current;
    if (version == null) {
      version = hashOf(codeLocation());
      current = version;
    }
    return version;
  }

  private static Path codeLocation() {
    CodeSource code = KbVersion.class.getProtectionDomain().getCodeSource();
    try {
      return Path.of(code.getLocation().toURI());
    } catch (URISyntaxException | RuntimeException e) {
      throw new IllegalStateException("cannot tell where kb's code is: " + code, e);
    }
  }

  private static String hashOf(Path code) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      List<Path> files;
      if (Files.isDirectory(code)) {
        try (Stream<Path> walk = Files.walk(code)) {
          files = walk.filter(Files::isRegularFile).sorted().toList();
        }
      } else {
        files = List.of(code);
      }
      byte[] buffer = new byte[1 << 16];
      for (Path file : files) {
        digest.update(code.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
          while (in.read(buffer) >= 0) {
            // digested as read
          }
        }
      }
      // Results depend on the JDK too: its Unicode tables, normalizer and locale data.
      digest.update(
          (Runtime.version()
                  + "\n"
                  + System.getProperty("java.vendor")
                  + "\n"
                  + System.getProperty("java.vm.name"))
              .getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new UncheckedIOException("reading kb's own code at " + code, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
