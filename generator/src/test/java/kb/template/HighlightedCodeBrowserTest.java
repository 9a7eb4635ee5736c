package kb.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import kb.TenLanguagesPage;
import kb.TestContent;
import kb.browser.Browser;
import kb.browser.Emulation;
import kb.build.SiteBuild;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A page with code in all ten highlighted languages, in Chromium: axe finds no violation in the
 * light theme, the dark one chosen with the toggle and the dark one the system asks for, and every
 * token's colour has at least 4.5:1 contrast on the code's background.
 */
class HighlightedCodeBrowserTest {

  @TempDir Path dir;

  @AfterEach
  void backToTheLightSystemTheme() {
    Emulation.colorScheme(Browser.get(), "light");
  }

  @ParameterizedTest
  @ValueSource(strings = {"light", "dark", "system dark"})
  void everyTokenOfEveryLanguagePassesAxeAndAaContrast(String theme) {
    TestContent content = TestContent.twoBrands(dir);
    content.write("faq/a.md", TestContent.page("A", "A", 1, TenLanguagesPage.body()));
    Path out = dir.resolve("out");
    new SiteBuild().run(content.options(out, "alpha"));
    String url = out.resolve("alpha/faq/a.html").toUri().toString();
    ChromeDriver driver = Browser.get();
    if (theme.equals("system dark")) {
      Emulation.colorScheme(driver, "dark");
      driver.get(url);
      ((JavascriptExecutor) driver).executeScript("localStorage.removeItem('kb-theme');");
      driver.get(url);
    } else {
      AccessibilityBrowserTest.useTheme(driver, url, theme);
    }

    List<String> found = new ArrayList<>(AccessibilityBrowserTest.violations(driver, theme));

    @SuppressWarnings("unchecked")
    List<List<String>> tokens =
        (List<List<String>>)
            ((JavascriptExecutor) driver)
                .executeScript(
                    "var out = [];"
                        + " document.querySelectorAll('pre code [class^=tk-]').forEach(function (e)"
                        + " { out.push([e.className, getComputedStyle(e).color,"
                        + " getComputedStyle(e.closest('pre')).backgroundColor]); });"
                        + " return out;");
    Set<String> classes = new TreeSet<>();
    String background = null;
    for (List<String> token : tokens) {
      classes.add(token.get(0));
      background = token.get(2);
      double contrast =
          AccessibilityBrowserTest.rgb(token.get(1))
              .contrast(AccessibilityBrowserTest.rgb(token.get(2)));
      if (contrast < BrandPalette.MIN_CONTRAST) {
        found.add(theme + ": " + token + " has contrast " + contrast);
      }
    }
    assertEquals(
        Set.of(
            "tk-attr",
            "tk-builtin",
            "tk-comment",
            "tk-constant",
            "tk-function",
            "tk-keyword",
            "tk-meta",
            "tk-number",
            "tk-string",
            "tk-tag",
            "tk-type",
            "tk-variable"),
        classes,
        "every token class is on the page");
    assertEquals(
        theme.equals("light") ? "rgb(243, 245, 248)" : "rgb(26, 32, 41)",
        background,
        "the theme's code background");
    assertTrue(tokens.size() > 80, "tokens checked: " + tokens.size());
    assertEquals(List.of(), found, String.join("\n", found));
  }
}
