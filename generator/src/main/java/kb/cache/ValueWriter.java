package kb.cache;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;

/**
 * Writes a cached value: strings, numbers and lists of them, each read back in the same order by
 * {@link ValueReader}. The same writing can go to a {@link KeyBuilder#stream()}, to key a later
 * stage's result on this value. For one thread.
 */
public final class ValueWriter {

  private final ByteArrayOutputStream bytes;
  private final DataOutputStream out;

  /** A writer into memory: {@link #toBytes()}. */
  public ValueWriter() {
    this.bytes = new ByteArrayOutputStream(4096);
    this.out = new DataOutputStream(bytes);
  }

  /** A writer into {@code stream}. */
  public ValueWriter(OutputStream stream) {
    this.bytes = null;
    this.out = new DataOutputStream(stream);
  }

  /** A string, or null. */
  public ValueWriter string(String text) {
    try {
      if (text == null) {
        out.writeInt(-1);
      } else if (Utf16.hasLoneSurrogate(text)) {
        out.writeInt(ValueReader.UTF16);
        out.writeInt(text.length());
        out.writeChars(text);
      } else {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
      }
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public ValueWriter bytes(byte[] value) {
    try {
      out.writeInt(value.length);
      out.write(value);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public ValueWriter number(int value) {
    try {
      out.writeInt(value);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public ValueWriter strings(Collection<String> texts) {
    number(texts.size());
    texts.forEach(this::string);
    return this;
  }

  public ValueWriter numbers(int[] values) {
    number(values.length);
    for (int value : values) {
      number(value);
    }
    return this;
  }

  /** What was written, when writing into memory. */
  public byte[] toBytes() {
    if (bytes == null) {
      throw new IllegalStateException("this writer writes into a stream");
    }
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
