package kb.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import kb.TestContent;
import kb.browser.Browser;
import kb.build.SiteBuild;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A reader who came by a translation's old deep link (an anchor alias) and switches language lands
 * on the same question, by its own id, in a language that never had that alias.
 */
class LanguageSwitcherAliasBrowserTest {

  @TempDir Path dir;

  @Test
  void switchingFromAnAliasLandsOnTheQuestionInTheOtherLanguage() {
    TestContent content = TestContent.twoBrands(dir);
    content.write("languages.yml", "source: en\ntranslations: [zh-CN]\n");
    content.write(
        "brands/alpha.yml",
        TestContent.brand("alpha", "Alpha", "alpha", "#112233")
            .replace("\nsite:\n", "\nsite:\n  languages: [en, zh-CN]\n"));
    StringBuilder en = new StringBuilder();
    StringBuilder zh = new StringBuilder();
    for (int i = 1; i <= 12; i++) { // enough questions that each landing scrolls
      en.append("## Question ").append(i).append(" {#").append(i).append("}\n\n");
      zh.append("## 问题 ").append(i).append(" {#").append(i);
      zh.append(i == 9 ? " aliases=9-2,q-old}" : "}").append("\n\n");
      for (int p = 0; p < 6; p++) {
        en.append("Answer paragraph ").append(p).append(".\n\n");
        zh.append("回答段落 ").append(p).append("。\n\n");
      }
    }
    content.write("faq/a.md", TestContent.page("Start", "Start", 1, en.toString()));
    content.write("faq/a.zh-CN.md", TestContent.page("开始", "开始", 1, zh.toString()));
    Path out = dir.resolve("out");
    new SiteBuild().run(content.options(out, "alpha"));

    ChromeDriver driver = Browser.get();
    driver.get(out.resolve("alpha/zh-CN/faq/a.html").toUri() + "#q-old");
    driver.findElement(By.cssSelector(".languages a[hreflang='en']")).click();
    new WebDriverWait(driver, Browser.PATIENCE)
        .until(d -> d.getCurrentUrl().contains("/alpha/faq/a.html"));
    assertEquals(out.resolve("alpha/faq/a.html").toUri() + "#9", driver.getCurrentUrl());
    Object target =
        ((JavascriptExecutor) driver)
            .executeScript("return document.querySelector(':target').textContent.trim();");
    assertTrue(target.toString().endsWith("Question 9"), target.toString());
  }
}
