package kb.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;

/** Decoding a source file: strict UTF-8, line ends made {@code \n}, a byte order mark dropped. */
class SourceTextTest {

  private static final Path FILE = Path.of("faq/a.md");

  private static String decode(String text) {
    return SourceText.decode(FILE, text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void keepsTextOutsideAsciiAndAReplacementCharacterWrittenOnPurpose() {
    assertEquals(
        "caf\u00e9 \u671f\u6743 \ud83d\ude00 \ufffd",
        decode("caf\u00e9 \u671f\u6743 \ud83d\ude00 \ufffd"));
  }

  @Test
  void makesEveryLineEndALineFeedAndDropsAByteOrderMark() {
    assertEquals("a\nb\nc\n\nd", decode("\ufeffa\r\nb\rc\n\r\nd"));
  }

  @Test
  void badByteAfterAReplacementCharacterIsStillFoundWithItsLineAndColumn() {
    // U+FFFD as UTF-8, then a line with a sequence cut short.
    byte[] bytes = {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD, '\n', 'a', 'b', (byte) 0xC3, '\n'};
    Diagnostic d =
        assertThrows(BuildFailedException.class, () -> SourceText.decode(FILE, bytes))
            .diagnostics()
            .get(0);
    assertEquals("not valid UTF-8 (byte 0xC3)", d.message());
    assertEquals(2, d.where().line());
    assertEquals(3, d.where().column());
  }

  /**
   * Random bytes, mostly valid UTF-8 with bad bytes and cut sequences mixed in: decoded exactly as
   * a strict decoder does, or refused where it refuses.
   */
  @Test
  void decodesRandomBytesAsAStrictDecoderDoes() {
    Random random = new Random(20261126);
    String[] pieces = {
      "a", " ", "\n", "\r", "\r\n", "\u00e9", "\u671f", "\ud83d\ude00", "\ufffd", "\ufeff"
    };
    for (int round = 0; round < 3_000; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(40);
      for (int i = 0; i < length; i++) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
      if (bytes.length > 0 && random.nextInt(3) == 0) {
        bytes[random.nextInt(bytes.length)] = (byte) (0x80 + random.nextInt(0x80));
      }
      String expected = strictReference(bytes);
      if (expected == null) {
        assertThrows(BuildFailedException.class, () -> SourceText.decode(FILE, bytes));
      } else {
        assertEquals(expected, SourceText.decode(FILE, bytes), text.toString());
      }
    }
  }

  /** The text as a strict decoder reads it, line ends and mark handled; null where it refuses. */
  private static String strictReference(byte[] bytes) {
    try {
      CharBuffer chars =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes));
      String text = chars.toString();
      if (text.startsWith("\ufeff")) {
        text = text.substring(1);
      }
      return text.replace("\r\n", "\n").replace('\r', '\n');
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
