package kb.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes the Simplified Chinese translation of one generated page: the page's question ids (so
 * links and the language switcher reach the same question), and its own text drawn from the {@link
 * ChineseLexicon}: no spaces between Chinese words, ASCII names and code between spaces, full-width
 * punctuation, with lists, code fences, tip callouts, brand blocks, variables and links to other
 * pages' questions as often as the English pages have them. Deterministic from the plan's seed.
 */
final class ChinesePageWriter {

  private static final String[] OPENERS = {
    "如何%1$s%2$s的%3$s？",
    "为什么%2$s在%1$s%3$s后失败？",
    "%1$s%2$s时%3$s的限制是多少？",
    "可以用%3$s%1$s%2$s吗？",
    "%1$s%2$s是否支持%3$s？",
    "%1$s%2$s后%3$s保存在哪里？"
  };
  private static final String[] VERBS = {"配置", "订阅", "取消", "升级", "连接", "安装", "查询", "修改", "重置"};
  private static final String[] VARIABLES = {"app_name", "opend.program", "name"};

  private final Lexicon words;
  private final Lexicon english;
  private final CorpusPlan plan;

  /**
   * @param words the Chinese words
   * @param english the English words, for the API names in code
   */
  ChinesePageWriter(Lexicon words, Lexicon english, CorpusPlan plan) {
    this.words = words;
    this.english = english;
    this.plan = plan;
  }

  GeneratedPage write(CorpusPlan.PagePlan page) {
    SplittableRandom random = new SplittableRandom(plan.seed() * 6_151L + page.number() + 17);
    String category = words.word(random) + words.word(random) + " " + page.number();
    String docPath = page.number() % 5 == 0 ? "en/qa/" + page.slug() + ".html" : "";
    StringBuilder body = new StringBuilder();
    for (int id : page.ids()) {
      question(random, page, id, body);
    }
    return new GeneratedPage(
        page.slug(), category + " 相关", category, page.number(), docPath, body.toString());
  }

  private void question(
      SplittableRandom random, CorpusPlan.PagePlan page, int id, StringBuilder out) {
    String opener = OPENERS[random.nextInt(OPENERS.length)];
    String verb = VERBS[random.nextInt(VERBS.length)];
    out.append("## ")
        .append(String.format(opener, verb, words.word(random), words.word(random)))
        .append(" {#")
        .append(id)
        .append("}\n\n");
    out.append("A：").append(paragraph(random, 2 + random.nextInt(3))).append("\n\n");
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
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < sentences; i++) {
      out.append(sentence(random));
    }
    return out.toString();
  }

  /** 8 to 20 words, joined without spaces but around ASCII, ending in a full stop. */
  String sentence(SplittableRandom random) {
    int count = 8 + random.nextInt(13);
    List<String> units = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      double kind = random.nextDouble();
      if (kind < 0.3) {
        units.add(
            ChineseLexicon.FUNCTION_WORDS[random.nextInt(ChineseLexicon.FUNCTION_WORDS.length)]);
      } else if (kind < 0.32) {
        units.add("`" + english.word(random) + "_" + english.word(random) + "`");
      } else if (kind < 0.33) {
        units.add("{{" + VARIABLES[random.nextInt(VARIABLES.length)] + "}}");
      } else if (kind < 0.34 && (units.isEmpty() || !units.get(units.size() - 1).endsWith("*"))) {
        units.add("**" + words.word(random) + "**");
      } else if (kind < 0.35) {
        units.add(Integer.toString(1 + random.nextInt(65_535)));
      } else if (kind < 0.39) {
        units.add(ChineseLexicon.ASCII_TERMS[random.nextInt(ChineseLexicon.ASCII_TERMS.length)]);
      } else {
        units.add(words.word(random));
      }
      if (i > 0 && i < count - 1 && random.nextInt(8) == 0) {
        units.add("，");
      }
    }
    StringBuilder out = new StringBuilder();
    String previous = "";
    for (String unit : units) {
      if (!previous.isEmpty() && (isAscii(last(previous)) || isAscii(unit.charAt(0)))) {
        out.append(' ');
      }
      out.append(unit);
      previous = unit;
    }
    return out.append('。').toString().replace("，。", "。").replace(" ，", "，");
  }

  private static char last(String s) {
    return s.charAt(s.length() - 1);
  }

  /** Whether a word boundary at this character takes a space: ASCII letters, digits, code, `{}`. */
  private static boolean isAscii(char c) {
    return c < 0x80 && c != '*';
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
      out.append("# ").append(words.word(random)).append(words.word(random)).append('\n');
      out.append("ctx = OpenQuoteContext(host='127.0.0.1', port=11111)\n");
      String call = english.word(random) + "_" + english.word(random);
      out.append("ret, data = ctx.get_").append(call).append("('HK.00700')\n");
      out.append("print(ret, data)\nctx.close()\n```\n\n");
    } else {
      out.append("```bash\ncd {{data_dir.unix}}\n");
      out.append("./{{opend.program}} -cfg_file={{opend.config_file}}");
      out.append(" -").append(english.word(random)).append("=").append(random.nextInt(100));
      out.append("\n```\n\n");
    }
  }

  private void link(SplittableRandom random, CorpusPlan.PagePlan page, StringBuilder out) {
    String target =
        random.nextInt(4) == 0
            ? "#" + page.ids().get(random.nextInt(page.ids().size()))
            : plan.anchorElsewhere(random);
    out.append("另见[")
        .append(words.word(random))
        .append(words.word(random))
        .append("](")
        .append(target)
        .append(")和[下载页面]({{links.openapi_download}})。\n\n");
  }

  private void tip(SplittableRandom random, StringBuilder out) {
    out.append("!!! tip \"提示\"\n");
    int items = 2 + random.nextInt(2);
    for (int i = 0; i < items; i++) {
      out.append("    - ").append(sentence(random)).append('\n');
    }
    out.append('\n');
  }

  private void brandBlocks(SplittableRandom random, StringBuilder out) {
    out.append("{% brand futu %}\n")
        .append("在{{app_name}}中：")
        .append(sentence(random))
        .append("\n{% endbrand %}\n");
    out.append("{% brand moomoo %}\n")
        .append("在{{app_name}}中：")
        .append(sentence(random))
        .append("\n{% endbrand %}\n\n");
  }
}
