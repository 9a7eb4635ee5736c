package kb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Generated script data: no content can close a script element or break a JavaScript line. */
class JsonWriterTest {

  @Test
  void scriptEndTagsAndLineSeparatorsAreEscaped() {
    String json =
        new JsonWriter()
            .beginObject()
            .name("t")
            .value("</script><b>&\u2028\u2029\"\\\n\u0001x\t")
            .endObject()
            .toString();
    assertEquals(
        "{\"t\":\"\\u003c/script\\u003e\\u003cb\\u003e\\u0026\\u2028\\u2029\\\"\\\\\\n\\u0001x\\t\"}",
        json);
    assertFalse(json.contains("</"));
  }

  @Test
  void arraysAndNumbersAreSeparatedByCommas() {
    String json =
        new JsonWriter()
            .beginArray()
            .strings(List.of("a", "b"))
            .numbers(new int[] {1, 2})
            .value(3)
            .endArray()
            .toString();
    assertEquals("[[\"a\",\"b\"],[1,2],3]", json);
  }

  @Test
  void controlCharactersQuotesAndMarkupAreEscapedAndEveryOtherCharacterIsWrittenAsItIs() {
    String escaped = "\"\\<>&\u2028\u2029";
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      String json = new JsonWriter().value("a" + c + "b").toString();
      String asItIs = "\"a" + c + "b\"";
      if (c < 0x20 || escaped.indexOf(c) >= 0) {
        assertNotEquals(asItIs, json, "U+" + Integer.toHexString(c));
      } else {
        assertEquals(asItIs, json, "U+" + Integer.toHexString(c));
      }
    }
  }
}
