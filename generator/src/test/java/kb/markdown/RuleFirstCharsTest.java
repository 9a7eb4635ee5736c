package kb.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Matcher;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The highlighter tries a rule only where a match can start (its first characters); its HTML is
 * that of trying every rule at every code point, the plain way kept here as the reference. A first
 * character left out of a rule's list shows here as a token missed.
 */
class RuleFirstCharsTest {

  @Property(tries = 3000, seed = "20261126")
  void tryingRulesOnlyWhereTheyCanStartGivesTheSameHtml(
      @ForAll("code") String code, @ForAll("languages") String language) {
    assertEquals(
        tryingEveryRule(code, Grammars.forLanguage(language).orElseThrow()),
        SyntaxHighlighter.toHtml(code, language),
        language + ": " + code);
  }

  @Provide
  Arbitrary<String> languages() {
    return Arbitraries.of("python", "shell", "xml", "json");
  }

  /** Code from every printable ASCII character, and pieces the grammars know. */
  @Provide
  Arbitrary<String> code() {
    Arbitrary<String> piece =
        Arbitraries.oneOf(
            Arbitraries.strings().ascii().ofMaxLength(4),
            Arbitraries.strings()
                .withChars("ab1_. \t\n\"'#<>/!?-=:;|&$({[]})\\rbuf")
                .ofMaxLength(6),
            Arbitraries.of(
                "def ",
                "class ",
                "import",
                "print(",
                "True",
                "0x1F",
                "1.5e3j",
                ".5",
                "\"\"\"",
                "'''",
                "rb'x'",
                "F\"y\"",
                "@dec.x",
                "sudo ",
                "then ",
                "--opt",
                " -l",
                "${HOME}",
                "$?",
                "./run",
                "<!--",
                "-->",
                "<![CDATA[",
                "]]>",
                "<?xml ?>",
                "<a b=\"1\">",
                "</a>",
                "&amp;",
                "true",
                "null",
                "false",
                "-2.5e-3",
                "\"k\": ",
                "𝄞",
                "\uD800",
                "é"));
    return piece.list().ofMaxSize(24).map(pieces -> String.join("", pieces));
  }

  /** Highlighting as it was before first characters: every rule tried at every code point. */
  private static String tryingEveryRule(String code, Grammar grammar) {
    StringBuilder html = new StringBuilder();
    highlight(code, grammar, html);
    return html.toString();
  }

  private static void highlight(String code, Grammar grammar, StringBuilder html) {
    Matcher[] matchers = new Matcher[grammar.rules().size()];
    for (int i = 0; i < matchers.length; i++) {
      matchers[i] = grammar.rules().get(i).pattern().matcher(code).useTransparentBounds(true);
    }
    int plainFrom = 0;
    int at = 0;
    while (at < code.length()) {
      int rule = -1;
      for (int i = 0; i < matchers.length && rule < 0; i++) {
        Matcher m = matchers[i].region(at, code.length());
        if (m.lookingAt() && m.end() > at) {
          rule = i;
        }
      }
      if (rule < 0) {
        at += Character.charCount(code.codePointAt(at));
        continue;
      }
      html.append(HtmlText.escape(code.substring(plainFrom, at)));
      int end = matchers[rule].end();
      Grammar.Rule matched = grammar.rules().get(rule);
      String text = code.substring(at, end);
      if (matched.inside() != null) {
        highlight(text, matched.inside(), html);
      } else if (matched.tokenOf(text).isEmpty()) {
        html.append(HtmlText.escape(text));
      } else {
        html.append("<span class=\"tk-").append(matched.tokenOf(text)).append("\">");
        html.append(HtmlText.escape(text)).append("</span>");
      }
      at = end;
      plainFrom = end;
    }
    html.append(HtmlText.escape(code.substring(plainFrom)));
  }
}
