package kb.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The highlighter tries a rule only where a match can start (its first characters); its HTML is
 * that of trying every rule at every code point. A first character left out of a rule's list shows
 * here as a token missed.
 */
class RuleFirstCharsTest {

  @Property(tries = 3000, seed = "20261126")
  void tryingRulesOnlyWhereTheyCanStartGivesTheSameHtml(
      @ForAll("code") String code, @ForAll("languages") String language) {
    assertEquals(
        SyntaxHighlighter.toHtml(
            code, Grammars.forLanguage(language).orElseThrow().triedEverywhere()),
        SyntaxHighlighter.toHtml(code, language),
        language + ": " + code);
  }

  @Provide
  Arbitrary<String> languages() {
    return Arbitraries.of(
        "python", "shell", "xml", "json", "yaml", "proto", "csharp", "java", "cpp", "javascript");
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
                "é",
                "//",
                "/*",
                "*/",
                "`",
                "${",
                "$\"",
                "@\"",
                "$@\"",
                "\"\"\"",
                "{{",
                "R\"x(",
                ")x\"",
                "u8\"",
                "L'",
                "#include <",
                "\n#region",
                "\n  [Obsolete",
                "@Override",
                "new Foo",
                "class X",
                "message C2S",
                "Qot_Common.Security",
                " x = 1",
                "repeated ",
                "MMAPI_Qot",
                "nullptr",
                "10_000L",
                "1'000",
                "0x1Fu",
                "10n",
                "\n---\n",
                "key: ",
                "- a: ",
                "!!str",
                " &a",
                " *a",
                " ~",
                "'it''s'",
                "12:30",
                "+1.5e3 "));
    return piece.list().ofMaxSize(24).map(pieces -> String.join("", pieces));
  }
}
