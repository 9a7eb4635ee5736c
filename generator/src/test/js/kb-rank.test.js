// kb-rank.js alone, in Node: query splitting and case folding as the build does them, each rule of
// kb.search.QueryExpander, scoring and ties, which files a query needs and when its top 5 and top
// 10 are certain, and what a file that could not be loaded means. Run by kb.search.RankEngineNodeTest.
"use strict";

const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");
const kbRank = require(path.join(__dirname, "../../../../templates/assets/kb-rank.js"));
const { searchData, rankOver, hex } = require("./search-data.js");

/** The top hits of `query` over `site`, as [question, score] pairs. */
function top(query, site) {
  const { plan } = rankOver(kbRank, query, site);
  assert.equal(plan.failed, null, "failed on " + plan.failed);
  return plan.hits.map((h) => [h.doc, h.score]);
}

/** A site of `words`, each its own term, matching the questions and scores given. */
function site(postings, more = {}, options = {}) {
  const words = {};
  Object.keys(postings).forEach((w) => (words[w] = w));
  return searchData(Object.assign(words, more), postings, 64, options);
}

test.describe("splitting and folding", () => {
  test.it("splits words at anything but letters, digits, _ and . and folds them", () => {
    assert.deepEqual(kbRank.words("How do I set the Telnet port?"), [
      "how", "do", "i", "set", "the", "telnet", "port",
    ]);
    assert.deepEqual(kbRank.words("a-b c/d (e)"), ["a", "b", "c", "d", "e"]);
    assert.deepEqual(kbRank.words(" ... "), []);
  });

  test.it("keeps words with _ or . whole and adds their parts once each", () => {
    assert.deepEqual(kbRank.words("auto_hold_quote_right"), [
      "auto_hold_quote_right", "auto", "hold", "quote", "right",
    ]);
    assert.deepEqual(kbRank.words("OpenD.xml"), ["opend.xml", "opend", "xml"]);
    assert.deepEqual(kbRank.words("127.0.0.1"), ["127.0.0.1", "127", "0", "1"]);
  });

  test.it("trims dots at a word's ends and drops words longer than 255", () => {
    assert.deepEqual(kbRank.words("port. ..telnet.."), ["port", "telnet"]);
    assert.deepEqual(kbRank.words("x".repeat(255)), ["x".repeat(255)]);
    assert.deepEqual(kbRank.words("x".repeat(256) + " y"), ["y"]);
  });

  test.it("folds each letter to the lower case of its upper case, whatever surrounds it", () => {
    assert.equal(kbRank.fold("İSTANBUL"), "istanbul"); // toLowerCase() gives "i̇stanbul"
    assert.equal(kbRank.fold("ΟΔΟΣ"), "οδοσ"); // toLowerCase() ends it with "ς"
    assert.equal(kbRank.fold("οδος"), "οδοσ");
    assert.equal(kbRank.fold("ſ µ ı STRAẞE"), "s μ i straße");
    assert.deepEqual(kbRank.words("Οδός İzmir"), ["οδόσ", "izmir"]);
  });
});

test.describe("which files a query needs", () => {
  test.it("asks first for each word's first-letter shard, once each, side by side", () => {
    const plan = kbRank.plan("telnet port, telnet TCP", {});
    assert.deepEqual(plan.needs, ["w-74", "w-70"]);
    assert.equal(plan.hits, null);
    assert.equal(plan.first, null);
    assert.equal(plan.failed, null);
  });

  test.it("needs nothing for a query without words", () => {
    const plan = kbRank.plan(" ?! ", {});
    assert.deepEqual([plan.needs, plan.hits], [[], []]);
  });

  test.it("asks for every shard on a split word's way at once, after its first letter's", () => {
    const data = site({ gate: { 1: 1 }, gates: { 2: 1 }, gateway: { 3: 1 }, go: { 4: 1 } }, {}, {
      split: ["g", "ga", "gat", "gate"],
    });
    assert.equal(data["w-67"].tree, "a(t(e(sw)))o");
    const { steps } = rankOver(kbRank, "gatew", data);
    assert.deepEqual(steps, [["w-67"], ["w-67-61", "w-67-61-74", "w-67-61-74-65", "w-67-61-74-65-77"]]);
  });

  test.it("asks, for a typed word that ends at a split shard, for every shard below it", () => {
    const data = site({ gate: { 1: 1 }, gates: { 2: 2 }, gateway: { 3: 3 } }, {}, {
      split: ["g", "ga", "gat", "gate"],
    });
    const { plan, steps } = rankOver(kbRank, "gate", data);
    assert.deepEqual(steps[1], ["w-67-61", "w-67-61-74", "w-67-61-74-65", "w-67-61-74-65-73",
      "w-67-61-74-65-77"]);
    assert.deepEqual(plan.hits.map((h) => h.doc), [3, 1, 2]);
  });

  test.it("loads no question data: the hits name the files their questions are in", () => {
    const data = site({ port: { 3: 2, 17: 1 } });
    const { plan } = rankOver(kbRank, "port ", data);
    const asked = kbRank.questions(plan.hits, plan.perChunk, {});
    assert.deepEqual(asked.needs, ["d-0", "d-2"]);
    assert.equal(asked.questions, null);
    const shown = kbRank.questions(plan.hits, plan.perChunk, data);
    assert.deepEqual(shown.questions.map((q) => [q.url, q.number, q.question]), [
      ["faq/page.html#q3", 4, "Question 3"],
      ["faq/page.html#q17", 18, "Question 17"],
    ]);
  });

  test.it("is pure: the files are left as they were, and the same files give the same answer", () => {
    const data = site({ port: { 3: 2, 17: 1 }, portal: { 5: 4 } });
    const before = JSON.stringify(data);
    const first = kbRank.plan("por", data);
    assert.deepEqual(kbRank.plan("por", data), first);
    assert.equal(JSON.stringify(data), before);
  });
});

test.describe("query rules: kb.search.QueryExpander", () => {
  const data = site(
    {
      port: { 1: 2, 2: 1 },
      portal: { 3: 4 },
      ports: { 4: 3 },
      telnet: { 5: 2 },
      quote: { 6: 1 },
      gateway: { 7: 2 },
    },
    { the: null }
  );

  test.it("matches a word of the vocabulary with its own term's scores", () => {
    assert.deepEqual(top("telnet ", data), [[5, 2]]);
  });

  test.it("matches the word being typed to the words it starts, at half their score", () => {
    assert.deepEqual(top("port", data), [[1, 2], [3, 2], [4, 1.5], [2, 1]]);
    assert.deepEqual(top("po", data), [[3, 2], [4, 1.5], [1, 1], [2, 0.5]]);
  });

  test.it("matches no longer words once a space ends the word, nor for one letter", () => {
    assert.deepEqual(top("port ", data), [[1, 2], [2, 1]]);
    assert.deepEqual(top("port telnet", data), [[1, 2], [5, 2], [2, 1]]);
    assert.deepEqual(top("p", data), []);
  });

  test.it("matches at most the 16 most frequent longer words, ties in code point order", () => {
    const words = {}, postings = {};
    for (let i = 0; i < 20; i++) {
      const word = "ga" + String.fromCharCode(0x61 + i); // "gaa" to "gat"
      words[word] = word;
      postings[word] = word === "gat" ? { 0: 1, 1: 1 } : { 0: 1 };
    }
    const plan = rankOver(kbRank, "ga", searchData(words, postings, 8)).plan;
    const expanded = [...plan.highlight].filter((w) => w !== "ga").sort();
    // "gat" is the most frequent; of the others, all as frequent, the first 15 in order.
    assert.deepEqual(expanded, Object.keys(words).filter((w) => !["gap", "gaq", "gar", "gas"].includes(w)));
  });

  test.it("matches a typo of 3 to 5 letters within one edit at a quarter of the score", () => {
    assert.deepEqual(top("portt ", data), [[4, 0.75], [1, 0.5], [2, 0.25]]); // "port", "ports"
    assert.deepEqual(top("qoute ", data), [[6, 0.25]]); // two letters swapped: one edit
    assert.deepEqual(top("pxrtt ", data), []); // two edits
  });

  test.it("matches a longer typo within two edits at an eighth, and one edit at a quarter", () => {
    assert.deepEqual(top("gatewya ", data), [[7, 0.5]]);
    assert.deepEqual(top("gatxwyy ", data), [[7, 0.25]]);
    assert.deepEqual(top("telnxx ", data), [[5, 0.25]]); // 6 letters: two edits
    assert.deepEqual(top("gxtxwyy ", data), []);
  });

  test.it("looks for typos only with the same first letter, 3 letters or more, no match else", () => {
    assert.deepEqual(top("xort ", data), []);
    assert.deepEqual(top("pr ", data), []);
    // An exact word (even a stop word) or a prefix match rules typos out.
    assert.deepEqual(top("the ", data), []);
    assert.equal(rankOver(kbRank, "tel", data).plan.highlight.has("telnet"), true);
    assert.deepEqual(top("tel", data), [[5, 1]]);
  });

  test.it("looks for a typo through every shard of its first letter", () => {
    const split = site({ gate: { 1: 1 }, gateway: { 2: 1 }, gold: { 3: 1 } }, {}, {
      split: ["g", "ga"],
    });
    const { plan, steps } = rankOver(kbRank, "gatq ", split);
    assert.deepEqual(steps, [["w-67"], ["w-67-61", "w-67-61-74"], ["w-67-6f"]]);
    assert.deepEqual(plan.hits.map((h) => [h.doc, h.score]), [[1, 0.25]]);
  });

  test.it("counts each word's best match once, and adds the words up", () => {
    // "port" as typed: question 1 scores 2 for "port" itself, 0.5 for "ports": the best counts.
    const both = site({ port: { 1: 2 }, ports: { 1: 1, 2: 3 }, telnet: { 1: 1.5 } });
    assert.deepEqual(top("port", both), [[1, 2], [2, 1.5]]);
    assert.deepEqual(top("telnet port", both), [[1, 3.5], [2, 1.5]]);
  });

  test.it("ranks equal scores by question, the earlier first", () => {
    const ties = site({ port: { 9: 1, 2: 1, 30: 2, 4: 1 } });
    assert.deepEqual(top("port ", ties), [[30, 2], [2, 1], [4, 1], [9, 1]]);
  });

  test.it("adds the words' float32 scores as Lucene does", () => {
    const floats = site({ alpha: { 1: 0.1 }, beta: { 1: 0.2 } });
    assert.deepEqual(top("alpha beta ", floats), [[1, Math.fround(Math.fround(0.1) + Math.fround(0.2))]]);
  });
});

test.describe("when the top 5 and the top 10 are certain", () => {
  // "duo": 5 questions at 2, 15 at 1, so its 10th ties the 10 in its next chunk. "solo": 20
  // different scores, so its 10th beats the rest.
  const postings = { duo: {}, solo: {} };
  for (let q = 0; q < 20; q++) {
    postings.duo[q] = q < 5 ? 2 : 1;
    postings.solo[40 + q] = 20 - q;
  }

  test.it("needs no later chunk when the rest scores less than the 10th", () => {
    const { plan, steps } = rankOver(kbRank, "solo ", site(postings));
    assert.deepEqual(steps, [["w-73"]]);
    assert.deepEqual(plan.hits.map((h) => h.doc), [40, 41, 42, 43, 44, 45, 46, 47, 48, 49]);
  });

  test.it("says the top 5 before the 10th is certain, and needs the chunk the 10th waits for", () => {
    const data = site(postings);
    const plan = kbRank.plan("duo ", { "w-64": data["w-64"] });
    assert.deepEqual(plan.first.map((h) => [h.doc, h.score]), [[0, 2], [1, 2], [2, 2], [3, 2], [4, 2]]);
    assert.equal(plan.hits, null);
    assert.deepEqual(plan.needs, ["p-1-0"]);
    const done = kbRank.plan("duo ", { "w-64": data["w-64"], "p-1-0": data["p-1-0"] });
    assert.deepEqual(done.hits.map((h) => h.doc), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    assert.deepEqual(done.first, done.hits.slice(0, 5));
    assert.deepEqual(done.needs, []);
  });

  test.it("says nothing is certain while a question not loaded could still reach the 5th", () => {
    const flat = {};
    for (let q = 0; q < 20; q++) flat[q] = 1;
    const plan = kbRank.plan("flat ", { "w-66": site({ flat })["w-66"] });
    assert.deepEqual([plan.first, plan.hits, plan.needs], [null, null, ["p-1-0"]]);
  });

  test.it("asks for one later chunk at a time, the one that can change the most", () => {
    // 70 words between "duo" and "solo" with later chunks of their own put the later chunks of
    // "duo" and "solo" in different files (64 terms' chunk 1 a file).
    const between = {};
    for (let i = 0; i < 70; i++) {
      between["e" + (1000 + i)] = {};
      for (let q = 0; q < 11; q++) between["e" + (1000 + i)][100 + q] = 1;
    }
    const apart = site(Object.assign({}, postings, between));
    const { plan, steps } = rankOver(kbRank, "duo solo ", apart);
    // "solo" can add 10 to a question, "duo" 1: solo's chunk first, then duo's for the 10th.
    assert.deepEqual(steps, [["w-64", "w-73"], ["p-1-1"], ["p-1-0"]]);
    assert.deepEqual(plan.hits.map((h) => h.doc), [40, 41, 42, 43, 44, 45, 46, 47, 48, 49]);
  });

  test.it("uses a later chunk loaded for a neighbouring term, and ranks the same", () => {
    const data = site(postings);
    const alone = kbRank.plan("duo ", { "w-64": data["w-64"], "p-1-0": data["p-1-0"] });
    const both = kbRank.plan("duo solo ", { "w-64": data["w-64"], "w-73": data["w-73"], "p-1-0": data["p-1-0"] });
    assert.deepEqual(both.needs, []);
    assert.deepEqual(both.hits.map((h) => h.doc), [40, 41, 42, 43, 44, 45, 46, 47, 48, 49]);
    assert.deepEqual(alone.hits.map((h) => h.doc), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});

test.describe("files that could not be loaded", () => {
  const port = {}; // 30 questions of one score: the 10th needs the next chunk
  for (let q = 0; q < 30; q++) port[q] = 1;
  const data = site({ gate: { 1: 1 }, gateway: { 2: 1 }, port }, {}, { split: ["g"] });

  test.it("a first letter's shard is no match: no word starts with that letter", () => {
    const plan = kbRank.plan("zebra gate", { "w-7a": null, "w-67": data["w-67"], "w-67-61": data["w-67-61"] });
    assert.equal(plan.failed, null);
    assert.deepEqual(plan.hits.map((h) => h.doc), [1, 2]);
  });

  test.it("a shard below a first letter fails the query, naming it", () => {
    const plan = kbRank.plan("gate", { "w-67": data["w-67"], "w-67-61": null });
    assert.deepEqual([plan.failed, plan.incomplete, plan.needs, plan.hits], ["w-67-61", false, [], null]);
  });

  test.it("a word shard of the format before packing fails the query, naming it", () => {
    const old = Object.assign({}, data["w-70"], { w: ["port"] });
    const plan = kbRank.plan("port ", { "w-70": old });
    assert.deepEqual([plan.failed, plan.needs, plan.hits], ["w-70", [], null]);
  });

  test.it("a shard or later chunk with float scores, not score codes, fails the query", () => {
    const old = Object.assign({}, data["w-70"], { s: "AACAPw==" });
    delete old.sc;
    const plan = kbRank.plan("port ", { "w-70": old });
    assert.deepEqual([plan.failed, plan.needs, plan.hits], ["w-70", [], null]);
    const chunk = { t: [0], d: [[1]], s: ["AACAPw=="] };
    const later = kbRank.plan("port ", { "w-70": data["w-70"], "p-1-0": chunk });
    assert.deepEqual([later.failed, later.hits], ["p-1-0", null]);
  });

  test.it("a later chunk fails the query, naming it, and so does one that lacks the term", () => {
    const shard = { "w-70": data["w-70"] };
    assert.equal(kbRank.plan("port ", shard).needs[0], "p-1-0");
    const lost = kbRank.plan("port ", Object.assign({ "p-1-0": null }, shard));
    assert.deepEqual([lost.failed, lost.incomplete], ["p-1-0", false]);
    const other = Object.assign({ "p-1-0": { t: [7], d: [[1]], sc: ["AAA/gAAA"] } }, shard);
    const wrong = kbRank.plan("port ", other);
    assert.deepEqual([wrong.failed, wrong.incomplete], ["p-1-0", true]);
  });

  test.it("a question file fails the list, naming it", () => {
    const asked = kbRank.questions([{ doc: 3, score: 1 }, { doc: 9, score: 1 }], 8, { "d-0": null });
    assert.deepEqual([asked.failed, asked.questions], ["d-0", null]);
  });

  test.it("names shard files by the code points of their key, outside the BMP too", () => {
    assert.equal(hex("\u{10428}a"), "10428-61");
    const plan = kbRank.plan("\u{10428}a", {});
    assert.deepEqual(plan.needs, ["w-10428"]);
  });
});

// ---- Chinese: a site whose page says lang="zh-…" -------------------------------------------

/** A Chinese site of `postings` (each word its own term): shards per first character, named by
 * search/a.js, with the Traditional-Simplified pairs `fold`. */
function chineseSite(postings, fold = "", questions = 64) {
  const files = site(postings, {}, {});
  const firsts = [...new Set(Object.keys(postings).map((w) => codePointOf(w)))].sort((a, b) => a - b);
  files.a = { shards: firsts, fold: fold };
  return files;
}

function codePointOf(word) {
  return word.codePointAt(0);
}

function topIn(query, files, lang = "zh-CN") {
  const { plan } = rankOver(kbRank, query, files, lang);
  assert.equal(plan.failed, null, "failed on " + plan.failed);
  return plan.hits.map((h) => [h.doc, h.score]);
}

test.describe("Chinese analysis", () => {
  const a = { a: { shards: [], fold: "設设備备鎖锁" } };

  test.it("cuts runs of Han characters into bigrams, each once a run, and keeps other words whole", () => {
    assert.deepEqual(kbRank.words("在同一设备多次验证设备锁", "zh-CN", a), [
      "在同", "同一", "一设", "设备", "备多", "多次", "次验", "验证", "证设", "备锁",
    ]);
    assert.deepEqual(kbRank.words("OpenD行情，将OpenD.xml配置 行", "zh-HK", a), [
      "opend", "行情", "将", "opend.xml", "opend", "xml", "配置", "行",
    ]);
  });

  test.it("folds full-width forms to ASCII and Traditional to Simplified by a.js's pairs", () => {
    assert.deepEqual(kbRank.words("ＯｐｅｎＤ　１１１１１", "zh", a), ["opend", "11111"]);
    assert.deepEqual(kbRank.words("設備鎖", "zh-CN", a), ["设备", "备锁"]);
  });

  test.it("leaves every other language, and Chinese before a.js is at hand, as English", () => {
    assert.deepEqual(kbRank.words("設備鎖 OpenD", "en", a), ["設備鎖", "opend"]);
    assert.deepEqual(kbRank.words("设备锁", "zh-CN", {}), ["设备锁"]);
    assert.equal(kbRank.isChinese("zh-Hant-TW"), true);
    assert.equal(kbRank.isChinese("zhx"), false);
  });

  test.it("needs search/a.js before anything else, and fails without it", () => {
    const files = chineseSite({ 行情: { 0: 1 } });
    const { steps } = rankOver(kbRank, "行情", files, "zh-CN");
    assert.deepEqual(steps[0], ["a"]);
    assert.deepEqual(kbRank.plan("行情", { a: null }, "zh-CN").failed, "a");
  });
});

test.describe("Chinese ranking", () => {
  const f = Math.fround;
  const files = chineseSite(
    {
      连接: { 0: f(1.1), 1: f(2.3) },
      接断: { 0: f(0.7) },
      断开: { 0: f(0.6), 2: f(3.3) },
      opend: { 1: f(0.9), 3: f(0.4) },
    },
    "連连斷断開开"
  );

  test.it("matches a run only where all its bigrams are, adding their scores", () => {
    assert.deepEqual(topIn("连接断开", files), [[0, f(f(1.1) + f(0.7) + f(0.6))]]);
    assert.deepEqual(topIn("連接斷開", files), topIn("连接断开", files));
  });

  test.it("adds separate runs and other words as Lucene's SHOULD clauses", () => {
    assert.deepEqual(topIn("连接 断开 opend", files), [
      [2, f(3.3)], [1, f(f(2.3) + f(0.9))], [0, f(f(1.1) + f(0.6))], [3, f(0.4)],
    ]);
  });

  test.it("matches a lone character as the start of its bigrams, at half weight", () => {
    assert.deepEqual(topIn("断", files), [[2, f(3.3) / 2], [0, f(0.6) / 2]]);
  });

  test.it("ranks runs over long postings exactly, loading chunks until the top is certain", () => {
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let round = 0; round < 30; round++) {
      const postings = {};
      for (const word of ["甲乙", "乙丙", "丙丁", "ab"]) {
        postings[word] = {};
        for (let doc = 0; doc < 300; doc++) {
          if (random() < 0.4) postings[word][doc] = f(0.1 + random() * 3);
        }
      }
      const data = chineseSite(postings, "", 300);
      for (const query of ["甲乙丙丁", "甲乙丙 ab", "乙丙丁 甲乙 ab"]) {
        assert.deepEqual(topIn(query, data), bruteForce(query, postings), query);
      }
    }
  });
});

/** The top 10 by FaqSearcher's rules, computed over every posting: runs are conjunctions. */
function bruteForce(query, postings) {
  const groups = query.split(" ").map((raw) => {
    const cps = Array.from(raw);
    if (!/[\u4e00-\u9fff]/.test(cps[0])) return [raw];
    const bigrams = [];
    for (let i = 0; i + 1 < cps.length; i++) bigrams.push(cps[i] + cps[i + 1]);
    return bigrams;
  });
  const scores = [];
  for (let doc = 0; doc < 300; doc++) {
    let score = 0;
    groups.forEach((words) => {
      const each = words.map((w) => (postings[w] || {})[doc] || 0);
      if (each.every((s) => s > 0)) score += Math.fround(each.reduce((x, y) => x + y, 0));
    });
    if (score > 0) scores.push([doc, Math.fround(score)]);
  }
  scores.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
  return scores.slice(0, 10);
}
