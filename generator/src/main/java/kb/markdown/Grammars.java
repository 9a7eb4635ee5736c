package kb.markdown;

import static kb.markdown.Grammar.Rule.nested;
import static kb.markdown.Grammar.Rule.token;
import static kb.markdown.Grammar.Rule.words;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The grammars of the languages FAQ code uses, under their usual fence names: Python, shell, XML,
 * JSON and YAML here, Protobuf, C#, Java, C++ and JavaScript in {@link CurlyBraceGrammars}. They
 * aim at what a reader needs to tell apart (comments, strings, keywords, names), not at a full
 * parse: anything they do not recognise stays plain text.
 *
 * <p>Every fence of every page is highlighted, so no rule may cost more than the text it takes: a
 * rule that reads far and then fails is tried again at the next place it can start, and code such
 * as an unclosed quote followed by many escaped ones would take quadratic time. So a string or
 * comment left open runs to the end of its line (or of the code) instead of failing, repetitions
 * are possessive, and a rule that may fail after reading a word is followed by one that takes the
 * whole word.
 */
final class Grammars {

  // Possessive (*+): Java's regular expressions recurse once per repetition of a group with
  // alternatives, so a string literal of some thousand characters overflowed the stack. Giving
  // characters back could never help: the alternatives cannot match what ends the string.
  // The closing quote is optional (see above): an open string ends with its line.
  static final String DOUBLE_QUOTED = "\"(?:\\\\.|[^\"\\\\\\n])*+\"?";
  static final String SINGLE_QUOTED = "'(?:\\\\.|[^'\\\\\\n])*+'?";

  private static final Map<String, String> PYTHON_WORDS = pythonWords();
  private static final Map<String, String> SHELL_WORDS = shellWords();

  private static final Grammar PYTHON =
      Grammar.of(
          token("#[^\\n]*", "comment").startingWith("#"),
          token("(?i:[rbuf]{0,2})(\"\"\"|''')[\\s\\S]*?(?:\\1|$)", "string")
              .startingWith("rbufRBUF\"'"),
          token("(?i:[rbuf]{0,2})(?:" + DOUBLE_QUOTED + "|" + SINGLE_QUOTED + ")", "string")
              .startingWith("rbufRBUF\"'"),
          token("@[A-Za-z_][\\w.]*", "meta").startingWith("@"),
          token("(?<=\\b(?:def|class)[ \\t]{1,8})[A-Za-z_]\\w*", "function")
              .startingWith("A-Za-z_"),
          words("[A-Za-z_]\\w*(?=[ \\t]*\\()", PYTHON_WORDS, "function").startingWith("A-Za-z_"),
          words("[A-Za-z_]\\w*", PYTHON_WORDS, "").startingWith("A-Za-z_"),
          token(
                  "(?:0[xXoObB][0-9a-fA-F_]+|\\d[\\d_]*(?:\\.\\d*)?(?:[eE][+-]?\\d+)?j?"
                      + "|\\.\\d+(?:[eE][+-]?\\d+)?j?)",
                  "number")
              .startingWith("0-9."));

  private static final Grammar SHELL =
      Grammar.of(
          token("(?<![^\\s;|&(])#[^\\n]*", "comment").startingWith("#"),
          token("\"(?:\\\\.|[^\"\\\\])*+\"?", "string").startingWith("\""),
          token("'[^']*'", "string").startingWith("'"),
          token("\\$(?:\\{[^}\\n]*+}?|\\w+|[@#?$!*-])", "variable").startingWith("$"),
          token("(?<=\\s)--?[A-Za-z][\\w-]*", "attr").startingWith("-"),
          words(
                  "(?m)(?<=(?:^|[;|&]|\\b(?:sudo|nohup|then|do))[ \\t]{0,16})[\\w./-]+",
                  SHELL_WORDS,
                  "function")
              .startingWith("\\w./-"),
          words("[A-Za-z_][\\w-]*", SHELL_WORDS, "").startingWith("A-Za-z_"),
          token("\\b\\d+\\b", "number").startingWith("0-9"));

  private static final Grammar XML_TAG =
      Grammar.of(
          token("</?[\\w:.-]+", "tag").startingWith("<"),
          token("/?>", "tag").startingWith("/>"),
          token("[\\w:.-]++(?=\\s*+=)", "attr").startingWith("\\w:.-"),
          token("[\\w:.-]++", "").startingWith("\\w:.-"),
          token("\"[^\"]*\"|'[^']*'", "string").startingWith("\"'"));

  private static final Grammar XML =
      Grammar.of(
          token("<!--[\\s\\S]*?(?:-->|$)", "comment").startingWith("<"),
          token("<!\\[CDATA\\[[\\s\\S]*?(?:]]>|$)", "string").startingWith("<"),
          token("<[?!][^>]*+>?", "meta").startingWith("<"),
          nested("</?[A-Za-z_:][\\w:.-]*+(?:\"[^\"<]*+\"|'[^'<]*+'|[^'\"<>])*+>", XML_TAG)
              .startingWith("<"),
          token("&#?\\w+;", "constant").startingWith("&"));

  private static final Grammar JSON =
      Grammar.of(
          token(DOUBLE_QUOTED + "(?=\\s*:)", "attr").startingWith("\""),
          token(DOUBLE_QUOTED, "string").startingWith("\""),
          token("-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?", "number").startingWith("0-9-"),
          token("\\b(?:true|false|null)\\b", "constant").startingWith("tfn"));

  private static final Map<String, String> YAML_WORDS =
      wordsOf("constant", "true false null True False TRUE FALSE Null NULL");

  /** A key: up to five words before a colon that ends the line or is followed by a space. */
  private static final String YAML_KEY =
      "(?:[A-Za-z_$][\\w.$/-]*+(?:[ ]++[\\w.$/-]++){0,4}+|"
          + DOUBLE_QUOTED
          + "|'(?:''|[^'\\n])*+'?)(?=[ \\t]*+:(?:\\s|$))";

  // A quote, #, a number or ~ means something only at the start of a value, where a space or a
  // flow collection's bracket or comma comes before it: "it's" and "a#b" are plain text.
  private static final Grammar YAML =
      Grammar.of(
          token("(?<!\\S)#[^\\n]*+", "comment").startingWith("#"),
          token("(?<![^\\n])(?:---|\\.\\.\\.)(?=\\s|$)", "meta").startingWith("-."),
          token("(?<![^\\s\\[{,])" + YAML_KEY, "attr").startingWith("A-Za-z_$\"'"),
          token("(?<![^\\s\\[{,])(?:" + DOUBLE_QUOTED + "|'(?:''|[^'\\n])*+'?)", "string")
              .startingWith("\"'"),
          token("(?<!\\S)!!?[\\w/.:-]*+", "meta").startingWith("!"),
          token("(?<!\\S)[&*][\\w.-]++", "variable").startingWith("&*"),
          token("(?<![^\\s\\[{,])~(?=[\\s,\\]}]|$)", "constant").startingWith("~"),
          token(
                  "(?<![^\\s\\[{,])[-+]?(?:0x[\\da-fA-F]++|0o[0-7]++"
                      + "|\\d[\\d_]*+(?:\\.\\d*+)?(?:[eE][+-]?\\d++)?)(?=[\\s,\\]}]|$)",
                  "number")
              .startingWith("0-9+-"),
          // Takes what the key rule read, so that it is not read again from each dot.
          words("[A-Za-z_$][\\w.$/-]*+", YAML_WORDS, "").startingWith("A-Za-z_$"));

  private static final Map<String, Grammar> BY_NAME = byName();

  private Grammars() {}

  /** The grammar for a fence's language name, if there is one. */
  static Optional<Grammar> forLanguage(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  private static Map<String, Grammar> byName() {
    Map<String, Grammar> names = new HashMap<>();
    for (String name : new String[] {"python", "py", "python3"}) {
      names.put(name, PYTHON);
    }
    for (String name : new String[] {"shell", "sh", "bash", "zsh", "console"}) {
      names.put(name, SHELL);
    }
    for (String name : new String[] {"xml", "html", "svg"}) {
      names.put(name, XML);
    }
    names.put("json", JSON);
    names.put("yaml", YAML);
    names.put("yml", YAML);
    CurlyBraceGrammars.addTo(names);
    return Map.copyOf(names);
  }

  private static Map<String, String> pythonWords() {
    Map<String, String> words = new HashMap<>();
    put(
        words,
        "keyword",
        "and as assert async await break class continue def del elif else except finally for"
            + " from global if import in is lambda nonlocal not or pass raise return try while"
            + " with yield");
    put(words, "constant", "True False None");
    put(
        words,
        "builtin",
        "abs all any bool bytes dict enumerate Exception filter float format getattr hasattr"
            + " int isinstance iter len list map max min next object open print range repr"
            + " round set setattr sorted str sum super tuple type zip");
    return words;
  }

  private static Map<String, String> shellWords() {
    Map<String, String> words = new HashMap<>();
    put(
        words,
        "keyword",
        "if then else elif fi for in while until do done case esac function return export"
            + " local select");
    return words;
  }

  private static void put(Map<String, String> words, String token, String list) {
    for (String word : list.split(" ")) {
      words.put(word, token);
    }
  }

  /**
   * Words and their class, from pairs of a class and its space-separated words: {@code
   * wordsOf("keyword", "if else", "constant", "true false")}.
   */
  static Map<String, String> wordsOf(String... classAndWords) {
    Map<String, String> words = new HashMap<>();
    for (int i = 0; i < classAndWords.length; i += 2) {
      put(words, classAndWords[i], classAndWords[i + 1]);
    }
    return Map.copyOf(words);
  }
}
