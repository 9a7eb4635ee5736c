package kb.template;

import java.util.Locale;

/**
 * The colours a page derives from a brand's primary colour, so that any primary colour gives text
 * that passes WCAG AA (4.5:1) in both themes. The primary colour itself is kept for what is not
 * text (the logo mark, borders); text and the tinted backgrounds behind it use the derived colours.
 * Immutable; values are {@code #rrggbb}.
 *
 * @param brand the primary colour as configured, without alpha
 * @param accentLight brand-coloured text on the light theme's backgrounds
 * @param accentDark brand-coloured text on the dark theme's backgrounds
 * @param tintLight a light brand tint behind current or selected items, light theme
 * @param tintDark a dark brand tint behind current or selected items, dark theme
 */
record BrandPalette(
    String brand, String accentLight, String accentDark, String tintLight, String tintDark) {

  /** WCAG AA for normal text. */
  static final double MIN_CONTRAST = 4.5;

  /** The lightest and darkest backgrounds of each theme, as kb.css sets them. */
  static final Rgb LIGHT_BG = Rgb.parse("#ffffff");

  static final Rgb LIGHT_BG_SOFT = Rgb.parse("#f3f5f8");
  static final Rgb DARK_BG = Rgb.parse("#0f1419");
  static final Rgb DARK_BG_SOFT = Rgb.parse("#1a2029");

  static BrandPalette of(String primaryColor) {
    Rgb brand = Rgb.parse(primaryColor);
    Rgb tintLight = brand.mix(LIGHT_BG, 0.88);
    Rgb tintDark = brand.mix(DARK_BG, 0.78);
    Rgb accentLight = readable(brand, Rgb.BLACK, tintLight, LIGHT_BG_SOFT);
    Rgb accentDark = readable(brand, Rgb.WHITE, tintDark, DARK_BG_SOFT);
    return new BrandPalette(
        brand.hex(), accentLight.hex(), accentDark.hex(), tintLight.hex(), tintDark.hex());
  }

  /**
   * The brand colour moved towards {@code toward} in small steps until it reaches the contrast on
   * both backgrounds; the brand colour itself when it already does.
   */
  private static Rgb readable(Rgb brand, Rgb toward, Rgb background, Rgb otherBackground) {
    for (int step = 0; step <= 20; step++) {
      Rgb candidate = brand.mix(toward, step * 0.05);
      if (candidate.contrast(background) >= MIN_CONTRAST
          && candidate.contrast(otherBackground) >= MIN_CONTRAST) {
        return candidate;
      }
    }
    return toward;
  }

  /** An sRGB colour with 0-255 channels. */
  record Rgb(int r, int g, int b) {

    static final Rgb BLACK = new Rgb(0, 0, 0);
    static final Rgb WHITE = new Rgb(255, 255, 255);

    /** {@code #rgb}, {@code #rgba}, {@code #rrggbb} or {@code #rrggbbaa}; alpha is ignored. */
    static Rgb parse(String hex) {
      String digits = hex.startsWith("#") ? hex.substring(1) : hex;
      if (digits.length() == 3 || digits.length() == 4) {
        StringBuilder doubled = new StringBuilder();
        for (char c : digits.substring(0, 3).toCharArray()) {
          doubled.append(c).append(c);
        }
        digits = doubled.toString();
      }
      if (digits.length() != 6 && digits.length() != 8) {
        throw new IllegalArgumentException("not a hex colour: " + hex);
      }
      int value = Integer.parseInt(digits.substring(0, 6), 16);
      return new Rgb(value >> 16, (value >> 8) & 0xff, value & 0xff);
    }

    /** This colour with {@code amount} (0 to 1) of {@code other} mixed in. */
    Rgb mix(Rgb other, double amount) {
      return new Rgb(
          channel(r, other.r, amount), channel(g, other.g, amount), channel(b, other.b, amount));
    }

    private static int channel(int from, int to, double amount) {
      return (int) Math.round(from + (to - from) * amount);
    }

    /** WCAG relative luminance. */
    double luminance() {
      return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    }

    private static double linear(int channel) {
      double c = channel / 255.0;
      return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** WCAG contrast ratio, from 1 to 21. */
    double contrast(Rgb other) {
      double a = luminance() + 0.05;
      double b = other.luminance() + 0.05;
      return Math.max(a, b) / Math.min(a, b);
    }

    String hex() {
      return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
    }
  }
}
