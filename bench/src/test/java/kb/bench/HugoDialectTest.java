package kb.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HugoDialectTest {

  private static final String BODY =
      String.join(
          "\n",
          "## Where is the data? {#101}",
          "",
          "A: In {{data_dir.unix}}, written by {{opend.program}}.",
          "{% brand futu %}",
          "Futu only.",
          "{% endbrand %}",
          "{% brand moomoo %}",
          "Moomoo only.",
          "{% endbrand %}",
          "{% brand futu, moomoo %}",
          "Both.",
          "{% brand moomoo %}",
          "Nested, moomoo only.",
          "{% endbrand %}",
          "{% endbrand %}",
          "!!! tip \"Tips\"",
          "    Restart {{app_name}}.",
          "After the tip; see [that](p00042.md#555).",
          "");

  private static final GeneratedPage PAGE =
      new GeneratedPage("p00001", "Data", "OpenD", 3, "", BODY);

  @Test
  void futuPageKeepsFutuBlocksSubstitutesVariablesAndQuotesTips() {
    assertEquals(
        String.join(
            "\n",
            "---",
            "title: \"Data\"",
            "weight: 3",
            "---",
            "",
            "## Where is the data? {#101}",
            "",
            "A: In ~/.com.futunn.FutuOpenD, written by FutuOpenD.",
            "Futu only.",
            "Both.",
            "> **Tips**",
            ">",
            "> Restart Futubull.",
            "After the tip; see [that](../p00042/#555).",
            "",
            ""),
        new HugoDialect("futu").page(PAGE));
  }

  @Test
  void moomooPageKeepsMoomooBlocksIncludingNestedOnes() {
    String page = new HugoDialect("moomoo").page(PAGE);
    assertEquals(
        String.join(
            "\n",
            "A: In ~/.com.moomoo.OpenD, written by OpenD.",
            "Moomoo only.",
            "Both.",
            "Nested, moomoo only.",
            "> **Tips**"),
        page.substring(page.indexOf("A: "), page.indexOf("\n>\n")));
  }
}
