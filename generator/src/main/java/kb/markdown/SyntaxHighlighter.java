package kb.markdown;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Highlights code at build time, so no highlighter runs in the reader's browser: each token becomes
 * a {@code <span class="tk-…">} that the site's CSS colours in both themes. The text is unchanged,
 * only escaped and wrapped; a language without a grammar (such as {@code text}) is escaped only.
 * Stateless and thread-safe.
 */
final class SyntaxHighlighter {

  private SyntaxHighlighter() {}

  /** The code as HTML: escaped, tokens wrapped in spans when the language is known. */
  static String toHtml(String code, String language) {
    Optional<Grammar> grammar = Grammars.forLanguage(language.toLowerCase(Locale.ROOT));
    if (grammar.isEmpty()) {
      return HtmlText.escape(code);
    }
    return toHtml(code, grammar.get());
  }

  /** The code as HTML, cut into tokens by {@code grammar}. */
  static String toHtml(String code, Grammar grammar) {
    StringBuilder html = new StringBuilder(code.length() * 2);
    highlight(code, grammar, html);
    return html.toString();
  }

  private static void highlight(String code, Grammar grammar, StringBuilder html) {
    Matcher[] matchers = new Matcher[grammar.rules().size()];
    for (int i = 0; i < matchers.length; i++) {
      // Transparent bounds let look-behinds and \b see the text before the current position.
      matchers[i] = grammar.rules().get(i).pattern().matcher(code).useTransparentBounds(true);
    }
    int plainFrom = 0;
    int at = 0;
    while (at < code.length()) {
      int rule = firstMatch(matchers, grammar, code, at);
      if (rule < 0) {
        at += Character.charCount(code.codePointAt(at));
        continue;
      }
      html.append(HtmlText.escape(code.substring(plainFrom, at)));
      int end = matchers[rule].end();
      emit(code.substring(at, end), grammar.rules().get(rule), html);
      at = end;
      plainFrom = end;
    }
    html.append(HtmlText.escape(code.substring(plainFrom)));
  }

  private static int firstMatch(Matcher[] matchers, Grammar grammar, String code, int at) {
    char first = code.charAt(at);
    for (int i = 0; i < matchers.length; i++) {
      if (!grammar.rules().get(i).canStartWith(first)) {
        continue;
      }
      Matcher m = matchers[i].region(at, code.length());
      if (m.lookingAt() && m.end() > at) {
        return i;
      }
    }
    return -1;
  }

  private static void emit(String text, Grammar.Rule rule, StringBuilder html) {
    if (rule.inside() != null) {
      highlight(text, rule.inside(), html);
      return;
    }
    String token = rule.tokenOf(text);
    if (token.isEmpty()) {
      html.append(HtmlText.escape(text));
    } else {
      html.append("<span class=\"tk-").append(token).append("\">");
      html.append(HtmlText.escape(text)).append("</span>");
    }
  }
}
