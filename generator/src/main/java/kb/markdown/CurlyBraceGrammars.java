package kb.markdown;

import static kb.markdown.Grammar.Rule.nested;
import static kb.markdown.Grammar.Rule.token;
import static kb.markdown.Grammar.Rule.words;
import static kb.markdown.Grammars.DOUBLE_QUOTED;
import static kb.markdown.Grammars.SINGLE_QUOTED;
import static kb.markdown.Grammars.wordsOf;

import java.util.Map;

/**
 * The grammars of the languages with C's comments and braces that the API's examples are written
 * in: Protobuf, C#, Java, C++ and JavaScript. They share their rules' order: comments, strings,
 * what only the language has (preprocessor lines, annotations), declared names, calls, type names,
 * other words, numbers. The rules follow {@link Grammars}' safety rules (open strings and comments
 * end instead of failing, possessive repetitions, every word taken whole).
 */
final class CurlyBraceGrammars {

  private static final String IDENT = "[A-Za-z_$][\\w$]*+";

  private static final Grammar.Rule LINE_COMMENT = token("//[^\\n]*+", "comment").startingWith("/");
  private static final Grammar.Rule BLOCK_COMMENT =
      token("/\\*[\\s\\S]*?(?:\\*/|$)", "comment").startingWith("/");

  private static final Map<String, String> PROTO_WORDS =
      wordsOf(
          "keyword",
          "syntax edition package import option message enum service rpc returns stream repeated"
              + " optional required oneof map reserved extend extensions to max public weak group",
          "type",
          "double float int32 int64 uint32 uint64 sint32 sint64 fixed32 fixed64 sfixed32 sfixed64"
              + " bool string bytes",
          "constant",
          "true false inf nan");

  private static final Map<String, String> CSHARP_WORDS =
      wordsOf(
          "keyword",
          "abstract as async await base break case catch checked class const continue default"
              + " delegate do else enum event explicit extern finally fixed for foreach get goto"
              + " if implicit in init interface internal is lock namespace new operator out"
              + " override params partial private protected public readonly record ref return"
              + " sealed set sizeof stackalloc static struct switch this throw try typeof"
              + " unchecked unsafe using var virtual volatile when where while yield nameof",
          "type",
          "bool byte char decimal double dynamic float int long nint nuint object sbyte short"
              + " string uint ulong ushort void",
          "constant",
          "true false null");

  private static final Map<String, String> JAVA_WORDS =
      wordsOf(
          "keyword",
          "abstract assert break case catch class continue default do else enum extends final"
              + " finally for if implements import instanceof interface native new package"
              + " permits private protected public record return sealed static strictfp super"
              + " switch synchronized this throw throws transient try var volatile while yield",
          "type",
          "boolean byte char double float int long short void",
          "constant",
          "true false null");

  private static final Map<String, String> CPP_WORDS =
      wordsOf(
          "keyword",
          "alignas alignof and auto break case catch class const consteval constexpr constinit"
              + " const_cast continue co_await co_return co_yield decltype default delete do"
              + " dynamic_cast else enum explicit export extern final for friend goto if inline"
              + " mutable namespace new noexcept not operator or override private protected"
              + " public register reinterpret_cast return sizeof static static_assert"
              + " static_cast struct switch template this thread_local throw try typedef typeid"
              + " typename union using virtual volatile while",
          "type",
          "bool char char8_t char16_t char32_t double float int long short signed unsigned void"
              + " wchar_t size_t int8_t int16_t int32_t int64_t uint8_t uint16_t uint32_t"
              + " uint64_t",
          "constant",
          "true false nullptr NULL");

  private static final Map<String, String> JAVASCRIPT_WORDS =
      wordsOf(
          "keyword",
          "as async await break case catch class const continue debugger default delete do"
              + " else export extends finally for from function get if import in instanceof let"
              + " new of return set static super switch this throw try typeof var void while"
              + " with yield",
          "constant",
          "true false null undefined NaN Infinity",
          "builtin",
          "console require module exports window document globalThis JSON Math parseInt"
              + " parseFloat setTimeout setInterval clearTimeout clearInterval");

  /** Inside C#'s $"…{x}…": the holes are variables, {{ and }} are the string's braces. */
  private static final Grammar CSHARP_INTERPOLATED =
      Grammar.of(
          token("\\{\\{|}}", "string").startingWith("{}"),
          token("\\{[^{}]*+}", "variable").startingWith("{"),
          token("[^{}]++|[{}]", "string"));

  /** Inside JavaScript's `…${x}…`: the holes are variables. */
  private static final Grammar TEMPLATE_LITERAL =
      Grammar.of(
          token("\\$\\{[^}]*+}?", "variable").startingWith("$"),
          token("(?:\\\\[\\s\\S]|\\$(?!\\{)|[^$\\\\])++|[$\\\\]", "string"));

  static final Grammar PROTO =
      Grammar.of(
          LINE_COMMENT,
          BLOCK_COMMENT,
          token(DOUBLE_QUOTED + "|" + SINGLE_QUOTED, "string").startingWith("\"'"),
          // A field's type is the name before its name and "= number"; qualified ones have dots.
          words("\\.?[A-Za-z_][\\w.]*+(?=[ \\t]++[A-Za-z_]\\w*+[ \\t]*+=)", PROTO_WORDS, "type")
              .startingWith("A-Za-z_."),
          words("[A-Za-z_]\\w*+(?=[ \\t]*+=)", PROTO_WORDS, "attr").startingWith("A-Za-z_"),
          declaredName("message|enum|service|extend", "[A-Za-z_][\\w.]*+"),
          words("[A-Za-z_]\\w*+(?=[ \\t]*+\\()", PROTO_WORDS, "function").startingWith("A-Za-z_"),
          // Dotted names are taken whole: the type rule read them, and must not from each dot
          // again.
          words("[A-Z](?=\\w*?[a-z])[\\w.]*+", PROTO_WORDS, "type").startingWith("A-Z"),
          words("[A-Za-z_][\\w.]*+", PROTO_WORDS, "").startingWith("A-Za-z_"),
          number("_", ""));

  static final Grammar CSHARP =
      Grammar.of(
          LINE_COMMENT,
          BLOCK_COMMENT,
          token("\"\"\"[\\s\\S]*?(?:\"\"\"|$)", "string").startingWith("\""),
          nested("(?:\\$@|@\\$)\"(?:\"\"|[^\"])*+\"?", CSHARP_INTERPOLATED).startingWith("$@"),
          nested("\\$\"(?:\\\\.|\\{[^{}\\n]*+}|[^\"\\\\\\n])*+\"?", CSHARP_INTERPOLATED)
              .startingWith("$"),
          token("@\"(?:\"\"|[^\"])*+\"?", "string").startingWith("@"),
          token(DOUBLE_QUOTED + "|" + SINGLE_QUOTED, "string").startingWith("\"'"),
          token("#[ \\t]*+[a-z]++", "meta").startingWith("#"),
          // An attribute's name: [Serializable], [DllImport("x")] at the start of a line.
          token("(?m)(?<=^[ \\t]{0,40}\\[)[A-Za-z_][\\w.]*+", "meta").startingWith("A-Za-z_"),
          declaredName("class|interface|struct|enum|record|namespace|new", "[A-Za-z_][\\w.]*+"),
          call(CSHARP_WORDS),
          capitalised(CSHARP_WORDS),
          words(IDENT, CSHARP_WORDS, "").startingWith("A-Za-z_$"),
          number("_", "uUlLfFdDmM"));

  static final Grammar JAVA =
      Grammar.of(
          LINE_COMMENT,
          BLOCK_COMMENT,
          token("\"\"\"[\\s\\S]*?(?:\"\"\"|$)", "string").startingWith("\""),
          token(DOUBLE_QUOTED + "|" + SINGLE_QUOTED, "string").startingWith("\"'"),
          token("@[A-Za-z_][\\w.]*+", "meta").startingWith("@"),
          declaredName("class|interface|enum|record|new", "[A-Za-z_$][\\w$.]*+"),
          call(JAVA_WORDS),
          capitalised(JAVA_WORDS),
          words(IDENT, JAVA_WORDS, "").startingWith("A-Za-z_$"),
          number("_", "lLfFdD"));

  static final Grammar CPP =
      Grammar.of(
          LINE_COMMENT,
          BLOCK_COMMENT,
          // R"delim( … )delim"; open, it runs to the end of the code.
          token("(?:u8|[uUL])?R\"([^()\\\\\\s]{0,16})\\([\\s\\S]*?(?:\\)\\1\"|$)", "string")
              .startingWith("uULR"),
          token("(?:u8|[uUL])?(?:" + DOUBLE_QUOTED + "|" + SINGLE_QUOTED + ")", "string")
              .startingWith("uUL\"'"),
          token("(?<=#[ \\t]{0,8}include[ \\t]{0,8})<[^>\\n]*+>?", "string").startingWith("<"),
          token("#[ \\t]*+[A-Za-z]\\w*+", "meta").startingWith("#"),
          declaredName("class|struct|union|enum|namespace|new", "[A-Za-z_]\\w*+"),
          call(CPP_WORDS),
          capitalised(CPP_WORDS),
          words(IDENT, CPP_WORDS, "").startingWith("A-Za-z_$"),
          number("_'", "uUlLfFzZ"));

  static final Grammar JAVASCRIPT =
      Grammar.of(
          LINE_COMMENT,
          BLOCK_COMMENT,
          nested("`(?:\\\\[\\s\\S]|\\$\\{[^}`]*+}?|[^`\\\\])*+`?", TEMPLATE_LITERAL)
              .startingWith("`"),
          token(DOUBLE_QUOTED + "|" + SINGLE_QUOTED, "string").startingWith("\"'"),
          declaredName("class|extends|new", "[A-Za-z_$][\\w$.]*+"),
          call(JAVASCRIPT_WORDS),
          capitalised(JAVASCRIPT_WORDS),
          words(IDENT, JAVASCRIPT_WORDS, "").startingWith("A-Za-z_$"),
          number("_", "n"));

  private CurlyBraceGrammars() {}

  /** Adds each grammar under its fence names. */
  static void addTo(Map<String, Grammar> names) {
    names.put("proto", PROTO);
    names.put("protobuf", PROTO);
    for (String name : new String[] {"csharp", "cs", "c#"}) {
      names.put(name, CSHARP);
    }
    names.put("java", JAVA);
    for (String name : new String[] {"cpp", "c++", "cc", "h", "hpp"}) {
      names.put(name, CPP);
    }
    for (String name : new String[] {"javascript", "js", "mjs"}) {
      names.put(name, JAVASCRIPT);
    }
  }

  /** The name a declaration keyword introduces ({@code class QotDemo}, {@code new Foo}): a type. */
  private static Grammar.Rule declaredName(String keywords, String name) {
    return token("(?<=\\b(?:" + keywords + ")[ \\t]{1,8})" + name, "type")
        .startingWith("A-Za-z_$.");
  }

  /** A name before "(": a function, unless it is a keyword ({@code if (}). */
  private static Grammar.Rule call(Map<String, String> words) {
    return words(IDENT + "(?=[ \\t]*+\\()", words, "function").startingWith("A-Za-z_$");
  }

  /**
   * A capitalised name with a small letter: a type or class ({@code OpenQuoteContext}, {@code
   * Qot_Sub}); names all in capitals are constants as often, and stay plain.
   */
  private static Grammar.Rule capitalised(Map<String, String> words) {
    return words("[A-Z](?=[\\w$]*?[a-z])[\\w$]*+", words, "type").startingWith("A-Z");
  }

  /** Decimal, hexadecimal and binary numbers, with digit separators and type suffixes. */
  private static Grammar.Rule number(String separators, String suffixes) {
    String digits = "[\\d" + separators + "]*+";
    String suffix = suffixes.isEmpty() ? "" : "[" + suffixes + "]*+";
    return token(
            "(?:0[xX][\\da-fA-F"
                + separators
                + "]++|0[bB][01"
                + separators
                + "]++|(?:\\d"
                + digits
                + "(?:\\.\\d"
                + digits
                + ")?|\\.\\d"
                + digits
                + ")(?:[eE][+-]?\\d++)?)"
                + suffix,
            "number")
        .startingWith("0-9.");
  }
}
