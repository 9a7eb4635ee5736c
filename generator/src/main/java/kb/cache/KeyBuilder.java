package kb.cache;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/**
 * Builds a {@link CacheKey} from the inputs of one result, each added with its length so that no
 * two lists of inputs give the same bytes. For one thread.
 */
public final class KeyBuilder {

  private final MessageDigest digest;

  /** Strings go to the digest as a value's strings are written. */
  private final ValueWriter strings = new ValueWriter(stream());

  private KeyBuilder() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /**
   * A key of inputs alone, to be added to the key of a result made from them (which names kb's
   * version): hashing kb's own code is left to the first result's key.
   */
  public static KeyBuilder ofInputs(String what) {
    return new KeyBuilder().add(what);
  }

  /** A key of {@code stage}'s results, for this version of kb. */
  public static KeyBuilder of(String stage) {
    return new KeyBuilder().add(KbVersion.current()).add(stage);
  }

  /** A string, as {@link ValueWriter#string} writes it: a lone surrogate is kept apart from '?'. */
  public KeyBuilder add(String text) {
    return addNullable(Objects.requireNonNull(text));
  }

  /**
   * Text decoded from UTF-8, such as a file's: it cannot hold a lone surrogate, so it is hashed as
   * its UTF-8 bytes without looking for one (a tenth of an edited build's time at 10,000 pages).
   */
  public KeyBuilder addDecoded(String text) {
    return add(text.getBytes(StandardCharsets.UTF_8));
  }

  /** A string that may be null, told apart from every string. */
  public KeyBuilder addNullable(String text) {
    strings.string(text);
    return this;
  }

  public KeyBuilder add(byte[] bytes) {
    add(bytes.length);
    digest.update(bytes);
    return this;
  }

  public KeyBuilder add(int value) {
    digest.update((byte) (value >>> 24));
    digest.update((byte) (value >>> 16));
    digest.update((byte) (value >>> 8));
    digest.update((byte) value);
    return this;
  }

  public KeyBuilder add(CacheKey key) {
    digest.update(key.bytes());
    return this;
  }

  /**
   * The key's input as a stream, for a value written by its codec; what is written is added as it
   * is, so write it whole and add nothing of variable length after it without its length.
   */
  public OutputStream stream() {
    return new OutputStream() {
      @Override
      public void write(int b) {
        digest.update((byte) b);
      }

      @Override
      public void write(byte[] b, int off, int len) {
        digest.update(b, off, len);
      }
    };
  }

  public CacheKey build() {
    return new CacheKey(digest.digest());
  }
}
