package kb.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.Diagnostic;
import kb.diagnostic.SourceSpan;

/**
 * Reads source files as strict UTF-8 with {@code \n} line ends; a bad byte is an error naming its
 * line and column, never a silent replacement character.
 */
public final class SourceText {

  private SourceText() {}

  /**
   * @throws BuildFailedException when the file cannot be read or is not valid UTF-8
   */
  public static String read(Path file) {
    try {
      return decode(file, Files.readAllBytes(file));
    } catch (IOException e) {
      throw new BuildFailedException(
          Diagnostic.input(SourceSpan.of(file), "cannot read file: " + e.getMessage()));
    }
  }

  static String decode(Path file, byte[] bytes) {
    // The JDK's own decoding copies ASCII as it is, where a strict decoder widens every character
    // to two bytes and back: half the profile samples of reading 10,000 pages. It replaces bad
    // bytes with U+FFFD, so only text holding one (rarely a valid one) is decoded again, strictly,
    // to tell where.
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') >= 0) {
      text = strictlyDecoded(file, bytes);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
  }

  private static String strictlyDecoded(Path file, byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int offset = in.position();
      throw new BuildFailedException(
          Diagnostic.input(
                  SourceSpan.at(file, lineOf(bytes, offset), columnOf(bytes, offset)),
                  "not valid UTF-8 (byte 0x%02X)".formatted(bytes[offset] & 0xFF))
              .withHint("save the file as UTF-8"));
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  private static int lineOf(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  private static int columnOf(byte[] bytes, int offset) {
    int start = offset;
    while (start > 0 && bytes[start - 1] != '\n') {
      start--;
    }
    return offset - start + 1;
  }
}
