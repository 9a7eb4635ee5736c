package kb.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import kb.template.BrandPalette.Rgb;
import org.junit.jupiter.api.Test;

/** Colours derived from a brand colour: brand-coloured text passes WCAG AA in both themes. */
class BrandPaletteTest {

  private static void assertReadable(String primary) {
    BrandPalette palette = BrandPalette.of(primary);
    Rgb light = Rgb.parse(palette.accentLight());
    Rgb dark = Rgb.parse(palette.accentDark());
    for (Rgb background :
        List.of(
            BrandPalette.LIGHT_BG, BrandPalette.LIGHT_BG_SOFT, Rgb.parse(palette.tintLight()))) {
      double contrast = light.contrast(background);
      assertTrue(contrast >= 4.5, primary + " light on " + background + ": " + contrast);
    }
    for (Rgb background :
        List.of(BrandPalette.DARK_BG, BrandPalette.DARK_BG_SOFT, Rgb.parse(palette.tintDark()))) {
      double contrast = dark.contrast(background);
      assertTrue(contrast >= 4.5, primary + " dark on " + background + ": " + contrast);
    }
  }

  @Test
  void shippedBrandColoursGiveReadableTextInBothThemes() {
    assertReadable("#1f6fe5");
    assertReadable("#e8590c");
  }

  @Test
  void extremeBrandColoursStillGiveReadableText() {
    for (String primary :
        List.of("#ffff00", "#fff", "#000000", "#777777", "#00ff0080", "#0000ff")) {
      assertReadable(primary);
    }
  }

  @Test
  void aBrandColourThatIsAlreadyReadableIsKept() {
    assertEquals("#1e3a8a", BrandPalette.of("#1e3a8a").accentLight());
  }

  @Test
  void contrastMatchesTheWcagFormula() {
    assertEquals(21.0, Rgb.parse("#000").contrast(Rgb.parse("#fff")), 1e-9);
    assertEquals(1.0, Rgb.parse("#abcdef").contrast(Rgb.parse("#abcdef")), 1e-9);
    // #767676 on white is the well-known darkest grey that passes AA: 4.54:1.
    assertEquals(4.54, Rgb.parse("#767676").contrast(Rgb.WHITE), 0.01);
  }
}
