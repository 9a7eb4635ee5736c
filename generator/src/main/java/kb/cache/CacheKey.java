package kb.cache;

import java.util.Arrays;
import java.util.HexFormat;

/** The SHA-256 of everything one cached result depends on ({@link KeyBuilder}). Immutable. */
public final class CacheKey {

  static final int BYTES = 32;

  private final byte[] hash;

  CacheKey(byte[] hash) {
    if (hash.length != BYTES) {
      throw new IllegalArgumentException("a key has " + BYTES + " bytes, not " + hash.length);
    }
    this.hash = hash.clone();
  }

  byte[] bytes() {
    return hash.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CacheKey key && Arrays.equals(hash, key.hash);
  }

  @Override
  public int hashCode() {
    return (hash[0] & 0xff) | (hash[1] & 0xff) << 8 | (hash[2] & 0xff) << 16 | hash[3] << 24;
  }

  @Override
  public String toString() {
    return HexFormat.of().formatHex(hash);
  }
}
