package kb.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueCodecTest {

  @Test
  void everyStringReadsBackAsWrittenLoneSurrogatesAndNullIncluded() {
    List<String> texts =
        Arrays.asList(
            "",
            "plain",
            "富途牛牛 moomoo",
            "pair \uD83D\uDE00",
            "lone \uD800 high",
            "lone \uDC00 low",
            "\uD800",
            null);
    ValueWriter out = new ValueWriter();
    texts.forEach(out::string);
    out.strings(texts.subList(0, 7)).numbers(new int[] {3, -1, Integer.MAX_VALUE});
    ValueReader in = new ValueReader(out.toBytes());
    List<String> read = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      read.add(in.string());
    }
    assertEquals(texts, read);
    assertEquals(texts.subList(0, 7), in.strings());
    assertEquals(List.of(3, -1, Integer.MAX_VALUE), Arrays.stream(in.numbers()).boxed().toList());
    in.end();
  }

  @Test
  void aStringWithALoneSurrogateKeysApartFromItsUtf8Replacement() {
    assertNotEquals(
        KeyBuilder.of("t").add("a\uD800").build(), KeyBuilder.of("t").add("a?").build());
    assertNotEquals(
        KeyBuilder.of("t").addNullable(null).build(), KeyBuilder.of("t").add("").build());
    assertEquals(
        KeyBuilder.of("t").add("a\uD800").build(), KeyBuilder.of("t").add("a\uD800").build());
  }

  @Test
  void aValueCutShortOrWithALengthPastItsEndIsDamaged() {
    byte[] bytes = new ValueWriter().string("some text").toBytes();
    assertThrows(
        ValueReader.DamagedValue.class,
        () -> new ValueReader(Arrays.copyOf(bytes, bytes.length - 1)).string());
    byte[] huge = new ValueWriter().number(Integer.MAX_VALUE).toBytes();
    assertThrows(ValueReader.DamagedValue.class, () -> new ValueReader(huge).string());
    assertThrows(ValueReader.DamagedValue.class, () -> new ValueReader(huge).strings());
    assertNull(new ValueReader(new ValueWriter().string(null).toBytes()).string());
  }
}
