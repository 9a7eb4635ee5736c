package kb.cache;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a value {@link ValueWriter} wrote. A value that does not read back as written (cut short, a
 * length past its end) throws {@link DamagedValue}: the caller then makes the value again.
 */
public final class ValueReader {

  private final ByteBuffer in;

  public ValueReader(byte[] bytes) {
    this.in = ByteBuffer.wrap(bytes);
  }

  /** A value that does not read back as it was written. */
  public static final class DamagedValue extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DamagedValue(String message) {
      super(message);
    }
  }

  /** The length that marks a string written as UTF-16 code units: it holds a lone surrogate. */
  static final int UTF16 = -2;

  public String string() {
    int length = number();
    if (length == -1) {
      return null;
    }
    if (length == UTF16) {
      int chars = count(Character.BYTES);
      char[] text = new char[chars];
      for (int i = 0; i < chars; i++) {
        text[i] = in.getChar();
      }
      return new String(text);
    }
    if (length < 0 || length > in.remaining()) {
      throw new DamagedValue("a string of " + length + " bytes with " + in.remaining() + " left");
    }
    String text = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
    in.position(in.position() + length);
    return text;
  }

  public byte[] bytes() {
    int length = number();
    if (length < 0 || length > in.remaining()) {
      throw new DamagedValue("bytes of " + length + " with " + in.remaining() + " left");
    }
    byte[] value = new byte[length];
    in.get(value);
    return value;
  }

  public int number() {
    if (in.remaining() < Integer.BYTES) {
      throw new DamagedValue("cut short");
    }
    return in.getInt();
  }

  /** A count of things to read, each at least {@code minBytes} long. */
  public int count(int minBytes) {
    int count = number();
    if (count < 0 || (long) count * minBytes > in.remaining()) {
      throw new DamagedValue(count + " items with " + in.remaining() + " bytes left");
    }
    return count;
  }

  public List<String> strings() {
    int count = count(Integer.BYTES);
    List<String> texts = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      texts.add(string());
    }
    return texts;
  }

  public int[] numbers() {
    int[] values = new int[count(Integer.BYTES)];
    for (int i = 0; i < values.length; i++) {
      values[i] = number();
    }
    return values;
  }

  /** Checks that the whole value was read: anything left over means it was not what was read. */
  public void end() {
    if (in.hasRemaining()) {
      throw new DamagedValue(in.remaining() + " bytes left over");
    }
  }
}
