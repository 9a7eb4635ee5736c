package kb.url;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import kb.url.UrlPolicy.Use;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which URLs a site may carry, read the way a browser reads them. */
class UrlPolicyTest {

  private static String reason(String url, Use use) {
    return UrlPolicy.refusal(url, use).map(UrlPolicy.Refusal::reason).orElse("allowed");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "#1",
        "#a:b",
        "other.md#3127",
        "../images/a.png",
        "./a:b.md",
        "faq/a:b.html",
        "?q=a:b",
        "//cdn.example/x.js",
        "http://example.com/",
        "https://example.com/a?b=c:d#e",
        "HTTPS://EXAMPLE.COM/",
        "mailto:help@example.com",
        "MailTo:help@example.com",
        " \t https://example.com/ \n",
      })
  void relativeUrlsFragmentsHttpHttpsAndMailtoAreAllowed(String url) {
    assertEquals("allowed", reason(url, Use.LINK), url);
    assertEquals("allowed", reason(url, Use.IMAGE), url);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "JAVASCRIPT:alert(1)",
        " javascript:alert(1)",
        "\u0000\u0001\u001f javascript:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "java\rscript:alert(1)",
        "j\ta\nv\ra\tscript:alert(1)",
        "javascript\t:alert(1)",
        "javascript:alert(1)\u0000",
      })
  void javascriptIsRefusedHoweverABrowserWouldStillReadIt(String url) {
    assertEquals(
        "uses the URL scheme 'javascript:', which kb does not allow", reason(url, Use.LINK), url);
    assertEquals(
        "uses the URL scheme 'javascript:', which kb does not allow", reason(url, Use.IMAGE), url);
  }

  @Test
  void everyOtherSchemeIsRefusedByName() {
    assertEquals(
        "uses the URL scheme 'vbscript:', which kb does not allow", reason("VBScript:x", Use.LINK));
    assertEquals(
        "uses the URL scheme 'file:', which kb does not allow",
        reason("file:///etc/passwd", Use.LINK));
    assertEquals(
        "uses the URL scheme 'c:', which kb does not allow", reason("C:\\x.png", Use.IMAGE));
    assertEquals(
        "uses the URL scheme 'x-a.b+c:', which kb does not allow", reason("x-a.b+c:y", Use.LINK));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1a:b",
        ":x",
        "%6aavascript:alert(1)",
        "\u00a0javascript:alert(1)",
        "jav ascript:alert(1)",
        "\uff4aavascript:alert(1)",
      })
  void aColonInTheFirstPathSegmentIsRefusedThoughNoValidSchemeEndsThere(String url) {
    Optional<UrlPolicy.Refusal> refusal = UrlPolicy.refusal(url, Use.LINK);
    assertEquals(
        "has a ':' in its first path segment, which browsers may read as a scheme",
        refusal.map(UrlPolicy.Refusal::reason).orElse("allowed"),
        url);
    assertTrue(refusal.get().hint().startsWith("write ./"), refusal.get().hint());
  }

  @Test
  void dataUrlsAreImagesOfFourRasterTypesOnly() {
    assertEquals("allowed", reason("data:image/png;base64,iVBORw0KGgo=", Use.IMAGE));
    assertEquals("allowed", reason("DATA:Image/JPEG;base64,/9j/", Use.IMAGE));
    assertEquals("allowed", reason("data:image/gif,GIF89a", Use.IMAGE));
    assertEquals("allowed", reason("data:image/webp;base64,UklGRg==", Use.IMAGE));
    String otherType = "is a data: URL of another type than PNG, JPEG, GIF or WebP";
    assertEquals(otherType, reason("data:image/svg+xml,<svg onload=alert(1)>", Use.IMAGE));
    assertEquals(otherType, reason("data:text/html,<script>alert(1)</script>", Use.IMAGE));
    assertEquals(otherType, reason("data:image/png", Use.IMAGE));
    String inLink = "is a data: URL, which kb does not allow in links";
    assertEquals(inLink, reason("data:image/png;base64,iVBORw0KGgo=", Use.LINK));
    assertEquals(inLink, reason("da\tta:text/html,<script>alert(1)</script>", Use.LINK));
  }

  @Test
  void schemeAndDataAreReadAsBrowsersReadThem() {
    assertTrue(UrlPolicy.hasScheme(" https://example.com/"));
    assertTrue(UrlPolicy.hasScheme("ht\ttp://example.com/"));
    assertFalse(UrlPolicy.hasScheme("a.md#b:c"));
    assertFalse(UrlPolicy.hasScheme("1a:b"));
    assertTrue(UrlPolicy.isData(" DATA:image/png,x"));
    assertFalse(UrlPolicy.isData("data.png"));
  }

  @Test
  void aMessageShowsControlsAsEscapesAndCutsLongUrls() {
    assertEquals("java\\u0009script:\\u000a\\u2028x", UrlPolicy.shown("java\tscript:\n\u2028x"));
    String shown = UrlPolicy.shown("data:image/png;base64," + "A".repeat(5000));
    assertEquals(83, shown.length());
    assertTrue(shown.endsWith("AAA..."), shown);
  }
}
