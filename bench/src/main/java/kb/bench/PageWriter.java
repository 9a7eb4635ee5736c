package kb.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes the Markdown of one generated page: 5 to 15 questions, each answered with paragraphs and,
 * by chance, lists, code fences, tip callouts, brand blocks, brand variables and links to other
 * pages' questions. About 7.7 KB per page on average. Deterministic from the plan's seed.
 */
final class PageWriter {

  private static final String[] OPENERS = {
    "How to %s the %s %s?",
    "Why does %s %s fail after %s?",
    "What is the %s limit of %s %s?",
    "Can I %s %s with %s?",
    "Is %s %s supported for %s?",
    "Where does %s keep the %s %s?"
  };
  private static final String[] VERBS = {
    "configure", "subscribe", "cancel", "upgrade", "connect", "install", "query", "modify", "reset"
  };
  private static final String[] VARIABLES = {"app_name", "opend.program", "name"};

  private final Lexicon lexicon;
  private final CorpusPlan plan;

  PageWriter(Lexicon lexicon, CorpusPlan plan) {
    this.lexicon = lexicon;
    this.plan = plan;
  }

  GeneratedPage write(CorpusPlan.PagePlan page) {
    SplittableRandom random = new SplittableRandom(plan.seed() * 7_919L + page.number());
    String topic = capitalized(lexicon.word(random)) + " " + capitalized(lexicon.word(random));
    String category = topic + " " + page.number();
    String docPath = page.number() % 5 == 0 ? "en/qa/" + page.slug() + ".html" : "";
    StringBuilder body = new StringBuilder();
    for (int id : page.ids()) {
      question(random, page, id, body);
    }
    return new GeneratedPage(
        page.slug(), category + " Related", category, page.number(), docPath, body.toString());
  }

  private void question(
      SplittableRandom random, CorpusPlan.PagePlan page, int id, StringBuilder out) {
    String opener = OPENERS[random.nextInt(OPENERS.length)];
    String verb = VERBS[random.nextInt(VERBS.length)];
    out.append("## ")
        .append(String.format(opener, verb, lexicon.word(random), lexicon.word(random)))
        .append(" {#")
        .append(id)
        .append("}\n\n");
    out.append("A: ").append(paragraph(random, 2 + random.nextInt(3))).append("\n\n");
    if (random.nextDouble() < 0.5) {
      out.append(paragraph(random, 2 + random.nextInt(4))).append("\n\n");
    }
    if (random.nextDouble() < 0.4) {
      list(random, out);
    }
    if (random.nextDouble() < 0.3) {
      codeFence(random, out);
    }
    if (random.nextDouble() < 0.35) {
      link(random, page, out);
    }
    if (random.nextDouble() < 0.15) {
      tip(random, out);
    }
    if (random.nextDouble() < 0.12) {
      brandBlocks(random, out);
    }
  }

  private String paragraph(SplittableRandom random, int sentences) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < sentences; i++) {
      out.add(sentence(random));
    }
    return String.join(" ", out);
  }

  private String sentence(SplittableRandom random) {
    int words = 8 + random.nextInt(13);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < words; i++) {
      String word;
      double kind = random.nextDouble();
      if (kind < 0.4) {
        word = Lexicon.FUNCTION_WORDS[random.nextInt(Lexicon.FUNCTION_WORDS.length)];
      } else if (kind < 0.42) {
        word = "`" + lexicon.word(random) + "_" + lexicon.word(random) + "`";
      } else if (kind < 0.43) {
        word = "{{" + VARIABLES[random.nextInt(VARIABLES.length)] + "}}";
      } else if (kind < 0.44) {
        word = "**" + lexicon.word(random) + "**";
      } else if (kind < 0.45) {
        word = Integer.toString(1 + random.nextInt(65_535));
      } else {
        word = lexicon.word(random);
      }
      out.append(i == 0 ? capitalized(word) : " " + word);
    }
    return out.append(random.nextInt(6) == 0 ? "," : "").append('.').toString().replace(",.", ".");
  }

  private void list(SplittableRandom random, StringBuilder out) {
    boolean ordered = random.nextBoolean();
    int items = 3 + random.nextInt(3);
    for (int i = 1; i <= items; i++) {
      out.append(ordered ? i + ". " : "- ").append(sentence(random)).append('\n');
    }
    out.append('\n');
  }

  private void codeFence(SplittableRandom random, StringBuilder out) {
    if (random.nextBoolean()) {
      out.append("```python\nfrom {{python.package}} import *\n\n");
      out.append("ctx = OpenQuoteContext(host='127.0.0.1', port=11111)\n");
      String call = lexicon.word(random) + "_" + lexicon.word(random);
      out.append("ret, data = ctx.get_").append(call).append("('HK.00700')\n");
      out.append("print(ret, data)\nctx.close()\n```\n\n");
    } else {
      out.append("```bash\ncd {{data_dir.unix}}\n");
      out.append("./{{opend.program}} -cfg_file={{opend.config_file}}");
      out.append(" -").append(lexicon.word(random)).append("=").append(random.nextInt(100));
      out.append("\n```\n\n");
    }
  }

  private void link(SplittableRandom random, CorpusPlan.PagePlan page, StringBuilder out) {
    String target =
        random.nextInt(4) == 0
            ? "#" + page.ids().get(random.nextInt(page.ids().size()))
            : plan.anchorElsewhere(random);
    out.append("See also [")
        .append(lexicon.word(random))
        .append(' ')
        .append(lexicon.word(random))
        .append("](")
        .append(target)
        .append(") and the [download page]({{links.openapi_download}}).\n\n");
  }

  private void tip(SplittableRandom random, StringBuilder out) {
    out.append("!!! tip \"Tips\"\n");
    int items = 2 + random.nextInt(2);
    for (int i = 0; i < items; i++) {
      out.append("    - ").append(sentence(random)).append('\n');
    }
    out.append('\n');
  }

  private void brandBlocks(SplittableRandom random, StringBuilder out) {
    out.append("{% brand futu %}\n")
        .append("In {{app_name}}: ")
        .append(sentence(random))
        .append("\n{% endbrand %}\n");
    out.append("{% brand moomoo %}\n")
        .append("In {{app_name}}: ")
        .append(sentence(random))
        .append("\n{% endbrand %}\n\n");
  }

  private static String capitalized(String word) {
    if (word.isEmpty() || !Character.isLetter(word.charAt(0))) {
      return word;
    }
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
