// kb's search ranking, pure: a query and the search data files at hand in, what the query still
// needs or its ranked question ids out. Ranks exactly like `kb search` (Lucene): the build exports,
// per surface word, its index term and that term's BM25F score per question, best first, in chunks;
// this splits the query the way the build splits text, expands words (prefix, typos) by the rules
// of kb.search.QueryExpander, and adds up scores. It never loads anything and touches no page,
// timer or network: kb-search.js loads what it asks for and asks again. Loads in Node as well,
// where generator/src/test/js/ tests it. A site in Chinese (its page's lang zh, zh-CN, zh-HK...) is
// analysed as kb.search.SearchAnalysis analyses Chinese: folded (full-width, Traditional), runs of
// Han characters cut into bigrams, words looked up in shards that search/a.js lists.
var kbRank = (function () {
  "use strict";

  var WORD = /[\p{L}\p{N}_.]+/gu; // used with match() only; exec() loops make their own copy
  var WORD_CHAR = /[\p{L}\p{N}_.]$/u;
  var MAX_WORD = 255; // longer words are not indexed (kb.search.SearchAnalysis.MAX_WORD)
  var EXACT = 1, PREFIX = 0.5, ONE_EDIT = 0.25, TWO_EDITS = 0.125;
  var MAX_EXPANSIONS = 16, MIN_PREFIX = 2, MIN_FUZZY = 3, MAX_RESULTS = 10;
  var FIRST_SHOWN = 5; // results shown as soon as their questions load, before the rest of the list
  // kb.search.HanCharacters.RANGES: fixed ranges, not \p{Script=Han}, so that this browser's
  // Unicode version and Java's agree.
  var HAN = "\u3005\u3007\u3021-\u3029\u3038-\u303B\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF" +
    "\u{20000}-\u{323AF}";
  var HAN_START = new RegExp("^[" + HAN + "]", "u");
  // kb.search.SearchAnalysis.CHINESE_WORD: a run of Han characters, or of other word characters.
  var CHINESE_WORD = new RegExp("[" + HAN + "]+|(?:(?![" + HAN + "])[\\p{L}\\p{N}_.])+", "gu");
  var CHINESE_WORD_CHAR = new RegExp("[" + HAN + "\\p{L}\\p{N}_.]$", "u");

  // ---- the files at hand ------------------------------------------------------------------
  // `files` maps a data file's name ("w-74", "p-1-0", "d-3") to its payload, or to null when it
  // could not be loaded; a name it lacks is a file not loaded yet. What a step lacks is gathered
  // in `lack`: the files to load next, and the first file it needed that could not be loaded.

  function lacking() {
    return { needs: [], failed: null, incomplete: false };
  }

  // The payload of a file the data say exists; failing to load it means the site is incomplete.
  // Undefined while it is missing, so the step stops there.
  function file(files, name, lack) {
    if (!Object.prototype.hasOwnProperty.call(files, name)) {
      if (lack.needs.indexOf(name) < 0) lack.needs.push(name);
      return undefined;
    }
    if (files[name] === null || !packed(name, files[name])) {
      if (!lack.failed) lack.failed = name;
      return undefined;
    }
    return files[name];
  }

  // A word shard or postings chunk in an earlier format (a browser may keep one from an earlier
  // upload): failed, so that kb-search.js asks for it anew. Shards were once not packed (their
  // words a list), and both once held scores as floats (`s`), not as score codes (`sc`).
  function packed(name, payload) {
    if (name.lastIndexOf("w-", 0) === 0) {
      return typeof payload.w === "string" && typeof payload.sc === "string";
    }
    return name.lastIndexOf("p-", 0) !== 0 || Array.isArray(payload.sc);
  }

  // A first character's word shard, which need not exist: null when it could not be loaded (no
  // word starts with that character, or a site uploaded in part: either way, no match).
  function firstShard(files, name, lack) {
    return files[name] === null ? null : file(files, name, lack);
  }

  // ---- analysis: the same split as kb.search.SearchAnalysis ---------------------------------

  function codePoints(text) { return Array.from(text); }

  function hex(key) {
    return codePoints(key).map(function (c) { return c.codePointAt(0).toString(16); }).join("-");
  }

  // kb.search.CaseFold as a table, not toLowerCase(), which expands "İ", makes a final "Σ" a "ς"
  // and follows this browser's Unicode version: each code point that folds, in runs
  // "gap,delta,count,step" (base 36; gap from the previous run's first code point; trailing 1s
  // left out). kb.search.CaseFoldParityTest holds it to Java's fold for every code point.
  var FOLDS = "1t,w,q 38,lj b,w,n o,w,7 14,1,o,2 1c,-5j 1,-5k 1,1,3,2 7,1,8,2 h,1,n,2 1a,-3d 1,1,3,2 6,-7g 2,5u 1,1,2,2 4,5q 1 2,5p,2 2 3,27 1,5m 1,5n 1 2,5p 1,5r 2,5v 1,5t 1 4,5v 1,5x 2,5y 1,1,3,2 6,62 1 2,62 3 2,62 1 2,61,2 2,1,2,2 4,63 1 4 8,2 1 2,2 1 2,2 1,1,9,2 j,1,9,2 j,2 1,1,2,2 4,-2p 1,-1k 1,1,k,2 14,-3m 2,1,9,2 o,8bv 1 2,-4j 1,8bs 3 2,-5f 1,1x 1,1z 1,1,5,2 73,38 17,1,2,2 6 9,38 7,12 2,11,3 4,1s 2,1r,2 3,w,h i,w,9 v d,8 1,-u 1,-p 4,-f 1,-m 2,1,c,2 o,-1i 1,-1c 3,-1o 1,-1s 2 2,-7 1 3,-3m,3 3,28,g g,w,w 28,1,h,2 16,1,r,2 1i,f 1,1,7,2 f,1,1c,2 2p,1c,12 29b,5ls,12 13,5ls 6,5ls k3,tzk,28 28,8,6 1ow,-4su 1,-4st 1,-4sk 1,-4si,2 2,-4sj 1,-4sc 1,-4ro 1,r7n 8,-2bk,17 19,-2bk,3 8z,1,23,2 4b,-1m 3,-5vj 2,1,1c,2 2w,-8,8 g,-8,6 g,-8,8 g,-8,8 g,-8,6 h,-8,4,2 f,-8,8 w,-8,8 g,-8,8 g,-8,8 g,-8,2 2,-22,2 2,-9 2,-5j9 a,-2e,4 4,-9 c,-8,2 2,-2s,2 e,-8,2 2,-34,2 2,-7 c,-3k,2 2,-3i,2 2,-9 8a,-5st 4,-6gv 1,-6di 7,s 1a,g,g z mr,q,q 1fu,1c,1b 2o 2,-8af 1,-2xy 1,-89z 3,1,3,2 6,-8bg 1,-8al 1,-8bj 1,-8bi 2 3 9,-8cf,2 2,1,1e,2 2z,1,2,2 7 nym,1,n,2 1s,1,e,2 4i,1,7,2 g,1,v,2 1z,1,2,2 4,-r9g 1,1,5,2 d 2,-wmg 3,1,2,2 6,1,a,2 k,-wn8 1,-wnj 1,-wnf 1,-wn5 1,-wn8 2,-wlu 1,-wmi 1,-wlx 1,ps 1,1,6,2 e 2,-1c 1,-wn7 1,-raw 1,1,2,2 1a h7w,w,q yn,14,14 4w,14,10 1jk,1s,1f 2e8,w,w gww,w,w o8w,y,y";
  var folds = null; // code point -> folded code point, made from FOLDS when first needed

  function fold(text) {
    if (!/[^\x00-\x7f]/.test(text)) return text.toLowerCase(); // ASCII folds the same everywhere
    if (!folds) folds = foldTable();
    var out = "";
    for (var ch of text) {
      var to = folds.get(ch.codePointAt(0));
      out += to === undefined ? ch : String.fromCodePoint(to);
    }
    return out;
  }

  function foldTable() {
    var map = new Map(), first = 0;
    FOLDS.split(" ").forEach(function (run) {
      var f = run.split(",").map(function (n) { return parseInt(n, 36); });
      first += f[0];
      var delta = f.length > 1 ? f[1] : 1, count = f.length > 2 ? f[2] : 1, step = f.length > 3 ? f[3] : 1;
      for (var i = 0; i < count; i++) map.set(first + i * step, first + i * step + delta);
    });
    return map;
  }

  // Words are found in the text as typed, then folded, as the build's tokenizer does.
  function surfaceWords(text) {
    var out = [];
    (text.match(WORD) || []).forEach(function (raw) { pushWord(fold(raw), out); });
    return out;
  }

  // A raw word, folded: dots trimmed, too long dropped, a compound followed by its parts.
  function pushWord(raw, out) {
    var word = raw.replace(/^\.+|\.+$/g, "");
    if (!word || word.length > MAX_WORD) return;
    out.push(word);
    if (/[._]/.test(word)) {
      var parts = [];
      word.split(/[._]+/).forEach(function (part) {
        if (part && part !== word && parts.indexOf(part) < 0) parts.push(part);
      });
      out.push.apply(out, parts);
    }
  }

  // ---- Chinese: kb.search.ChineseFold, SurfaceWordTokenizer.chinese(), HanBigramFilter -------

  function isChinese(lang) { return /^zh(-|$)/i.test(lang || ""); }

  var analyses = new WeakMap(); // a.js payload -> {starts, folds}

  // What search/a.js says, read once: the first code point of each word shard, and the
  // Traditional-Simplified pairs whose Simplified character the site's words hold.
  function chinese(payload) {
    var data = analyses.get(payload);
    if (!data) {
      var folds = new Map(), cps = codePoints(payload.fold);
      for (var i = 0; i + 1 < cps.length; i += 2) folds.set(cps[i], cps[i + 1]);
      data = { starts: payload.shards, folds: folds };
      analyses.set(payload, data);
    }
    return data;
  }

  // Full-width ASCII to ASCII, the ideographic space to a space, Traditional to Simplified; then
  // case, each code point on its own, as the build folds Chinese text before cutting it.
  function foldChinese(text, data) {
    var out = "";
    for (var ch of text) {
      var c = ch.codePointAt(0);
      if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
      else if (c === 0x3000) out += " ";
      else out += data.folds.get(ch) || ch;
    }
    return fold(out);
  }

  // A Chinese text's words, in order: [{word, run}], `run` numbering the runs of Han characters,
  // each cut into its bigrams, each bigram once a run (a lone character stays a word); -1 for
  // other words (kb.search.SearchAnalysis.queryWords).
  function chineseWords(text, data) {
    var out = [], run = -1;
    (foldChinese(text, data).match(CHINESE_WORD) || []).forEach(function (raw) {
      if (!HAN_START.test(raw)) {
        var words = [];
        pushWord(raw, words);
        words.forEach(function (word) { out.push({ word: word, run: -1 }); });
        return;
      }
      var cps = codePoints(raw), seen = new Set();
      run++;
      if (cps.length === 1) out.push({ word: raw, run: run });
      for (var i = 0; i + 1 < cps.length; i++) {
        var bigram = cps[i] + cps[i + 1];
        if (!seen.has(bigram)) { seen.add(bigram); out.push({ word: bigram, run: run }); }
      }
    });
    return out;
  }

  // The query's words as the site's language has them, or undefined until search/a.js is at hand.
  function queryWords(query, lang, files, lack) {
    if (!isChinese(lang)) {
      return { data: null, words: surfaceWords(query).map(function (w) { return { word: w, run: -1 }; }) };
    }
    var payload = file(files, "a", lack);
    if (!payload) return undefined;
    var data = chinese(payload);
    return { data: data, words: chineseWords(query, data) };
  }

  function compareCodePoints(a, b) {
    var x = codePoints(a), y = codePoints(b);
    for (var i = 0; i < x.length && i < y.length; i++) {
      var d = x[i].codePointAt(0) - y[i].codePointAt(0);
      if (d) return d;
    }
    return x.length - y.length;
  }

  // ---- word shards -------------------------------------------------------------------------
  // What is read from a shard once is kept beside it, never in it: the payloads stay as loaded.

  var trees = new WeakMap(); // first character's shard -> {keys, keySet}
  var unpacked = new WeakMap(); // shard -> what unpack() read from it

  // kb.search.FrontCoding.PREFIX_CODES: how many leading units a word shares with the one before.
  // Its backtick written \x60: a line with a backtick may be in a template literal, and
  // kb.template.CompactScript would then leave the whole script as it is.
  var PREFIX_CODES = "!#$%'()*+,-/:;=?@[]^\x60{|}~";

  function frontDecoded(coded) {
    var words = [], last = "";
    for (var i = 0; i < coded.length;) {
      var shared = PREFIX_CODES.indexOf(coded[i]), end = i + 1;
      while (end < coded.length && PREFIX_CODES.indexOf(coded[end]) < 0) end++;
      last = last.slice(0, shared) + coded.slice(i + 1, end);
      words.push(last);
      i = end;
    }
    return words;
  }

  // A word shard as kb.search.BrowserIndexExporter packs it, read once: its words and their
  // positions, each word's term in the shard (word i has term i when `t` is left out), each term's
  // id (from the runs of `g`), where its first chunk starts in `d` (min(f, c) ids a term) and in
  // the scores of `sc` (one more when postings follow), and how its scores are rebuilt.
  function unpack(shard) {
    var u = unpacked.get(shard);
    if (u) return u;
    u = { words: frontDecoded(shard.w), index: new Map(), docAt: [], scoreAt: [] };
    u.words.forEach(function (word, i) { u.index.set(word, i); });
    u.terms = shard.t || u.words.map(function (word, i) { return i; });
    u.ids = fromRuns(shard.g);
    // A term with later chunks (f > c) has a place among all such terms: its later ordinal.
    var ordinals = fromRuns(shard.o || []), o = 0;
    u.later = shard.f.map(function (f) { return f > shard.c ? ordinals[o++] : -1; });
    u.weights = weights(shard);
    u.cache = normCache(floatAt(shard.l, 0));
    u.scores = [];
    var docs = 0, at = 0;
    shard.f.forEach(function (f, t) {
      u.docAt.push(docs);
      u.scoreAt.push(u.scores.length);
      docs += Math.min(f, shard.c);
      at = readScores(shard.sc, at, Math.min(f, shard.c + 1), u.weights[t], u.cache, u.scores);
    });
    unpacked.set(shard, u);
    return u;
  }

  // Numbers written as runs of neighbours, [first, length, ...] (kb.search.BrowserIndexExporter.runs).
  function fromRuns(runs) {
    var out = [];
    for (var r = 0; r < runs.length; r += 2) {
      for (var k = 0; k < runs[r + 1]; k++) out.push(runs[r] + k);
    }
    return out;
  }

  // ---- scores: kb.search.ScoreCodes -------------------------------------------------------
  // A score is written as what BM25 computes it from: two base64 characters, a question's
  // length byte (norm) and its weighted term frequency (1 to 15), or code 0 and the float itself
  // in six more. Math.fround after each step rounds as Java's float arithmetic does, so the floats
  // are Lucene's, bit for bit.

  var BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  var K1 = Math.fround(1.2), B = Math.fround(0.75);
  var bits = new DataView(new ArrayBuffer(4));

  function sixAt(text, at) { return BASE64.indexOf(text[at]); }

  // A float's 32 bits in six characters, the highest first.
  function floatAt(text, at) {
    var value = 0;
    for (var i = 0; i < 6; i++) value = value * 64 + sixAt(text, at + i);
    bits.setUint32(0, value % 4294967296);
    return bits.getFloat32(0);
  }

  // The length a norm byte stands for: org.apache.lucene.util.SmallFloat.byte4ToInt.
  function normLength(norm) {
    if (norm < 24) return norm;
    var x = norm - 24, low = x & 7, shift = (x >>> 3) - 1;
    return 24 + (shift < 0 ? low : (low | 8) * Math.pow(2, shift));
  }

  // BM25Similarity's cache: 1 / (k1 * ((1 - b) + b * length / average)) per norm byte.
  function normCache(average) {
    var cache = [], f = Math.fround;
    for (var i = 0; i < 256; i++) {
      cache.push(f(1 / f(K1 * f(f(1 - B) + f(f(B * f(normLength(i))) / average)))));
    }
    return cache;
  }

  // Each term's weight (its idf): `i` holds one per distinct document frequency the shard's terms
  // are scored with, smallest first; that is `f` unless `q` pairs the term with another.
  function weights(shard) {
    var df = shard.f.slice(), q = shard.q || [];
    for (var p = 0; p < q.length; p += 2) df[q[p]] = q[p + 1];
    var distinct = Array.from(new Set(df)).sort(function (a, b) { return a - b; });
    var weightOf = new Map();
    distinct.forEach(function (d, k) { weightOf.set(d, floatAt(shard.i, k * 6)); });
    return df.map(function (d) { return weightOf.get(d); });
  }

  // Reads `n` scores (all that are left when n < 0) from `text` at `at` into `out`; returns where
  // they end. BM25Scorer.score: w - w / (1 + freq * cache[norm]).
  function readScores(text, at, n, w, cache, out) {
    var f = Math.fround;
    for (var k = 0; (n < 0 ? at < text.length : k < n); k++) {
      var code = sixAt(text, at) * 64 + sixAt(text, at + 1);
      at += 2;
      if (code === 0) {
        out.push(floatAt(text, at));
        at += 6;
      } else {
        out.push(f(w - f(w / f(1 + f((code & 15) * cache[code >>> 4])))));
      }
    }
    return at;
  }

  // A term's first chunk, from its shard's lists.
  function firstChunk(shard, t) {
    var u = unpack(shard), n = Math.min(shard.f[t], shard.c);
    var docs = shard.d.slice(u.docAt[t], u.docAt[t] + n);
    return chunkAt(docs, u.scores, u.scoreAt[t], shard.f[t] > n);
  }

  // The keys of every shard below a first character, from its shard's `tree`: each part is its
  // last character, followed by its own parts in parentheses when it is split again ("a(b)c"
  // under "x": "xa", "xab", "xc").
  function shardTree(top, first) {
    var tree = trees.get(top);
    if (!tree) {
      var keys = [], path = [first], last = first;
      codePoints(top.tree || "").forEach(function (c) {
        if (c === "(") path.push(last);
        else if (c === ")") path.pop();
        else { last = path[path.length - 1] + c; keys.push(last); }
      });
      tree = { keys: keys, keySet: new Set(keys) };
      trees.set(top, tree);
    }
    return tree;
  }

  // The shards named by `keys`, after `top`; undefined until all are at hand.
  function shardsAt(top, keys, files, lack) {
    var shards = [top], complete = true;
    keys.forEach(function (key) {
      var shard = file(files, "w-" + hex(key), lack);
      if (shard === undefined) complete = false;
      else shards.push(shard);
    });
    return complete ? shards : undefined;
  }

  // The shards on the way to `word` (a large shard is split by one more character, again and
  // again), and when the way ends at a split shard of the whole word, every shard below it: the
  // words the typed word may be a prefix of. [] when no word starts with its first character.
  function shardsFor(word, files, lack, data) {
    if (data) return rangeShard(word, files, lack, data);
    var cps = codePoints(word);
    var top = firstShard(files, "w-" + hex(cps[0]), lack);
    if (!top) return top === null ? [] : undefined;
    var tree = shardTree(top, cps[0]), way = [], key = cps[0];
    for (var depth = 1; depth < cps.length && tree.keySet.has(key + cps[depth]); depth++) {
      key += cps[depth];
      way.push(key);
    }
    if (key === word) {
      tree.keys.forEach(function (k) {
        if (k.length > key.length && k.lastIndexOf(key, 0) === 0) way.push(k);
      });
    }
    return shardsAt(top, way, files, lack);
  }

  // A Chinese site's words are cut by ranges of first code points (search/a.js): the one shard
  // holding every word that starts as `word` does; [] when none may.
  function rangeShard(word, files, lack, data) {
    var c = word.codePointAt(0), at = -1;
    data.starts.forEach(function (start, i) { if (start <= c) at = i; });
    if (at < 0) return [];
    var shard = file(files, "w-" + data.starts[at].toString(16), lack);
    return shard && [shard];
  }

  // Every shard of words sharing the first code point: what a typo search looks through.
  function shardsStartingWith(word, files, lack, data) {
    if (data) return rangeShard(word, files, lack, data);
    var first = codePoints(word)[0], top = files["w-" + hex(first)];
    return shardsAt(top, shardTree(top, first).keys, files, lack);
  }

  // ---- vocabulary entries ------------------------------------------------------------------

  function entry(shard, i) {
    var u = unpack(shard), term = u.terms[i];
    return { word: u.words[i], term: term, shard: shard, df: term < 0 ? 0 : shard.f[term] };
  }

  function find(shards, word) {
    for (var s = 0; s < shards.length; s++) {
      var i = unpack(shards[s]).index.get(word);
      if (i !== undefined) return entry(shards[s], i);
    }
    return null;
  }

  // Calls fn(shard, i, word, term) for every word of the shards.
  function eachEntry(shards, fn) {
    shards.forEach(function (shard) {
      var u = unpack(shard);
      for (var i = 0; i < u.words.length; i++) fn(shard, i, u.words[i], u.terms[i]);
    });
  }

  function byFrequency(a, b) {
    return b.df - a.df || compareCodePoints(a.word, b.word);
  }

  // ---- query expansion: the rules of kb.search.QueryExpander -----------------------------

  // The index of the word being typed: the first surface word of the last raw word, if the query
  // does not end with a separator; else -1.
  function prefixIndex(query, words, data) {
    if (!data) {
      if (!query || !WORD_CHAR.test(query)) return -1;
      var raws = query.match(WORD) || [];
      var lastWords = raws.length ? surfaceWords(raws[raws.length - 1]).length : 0;
      return lastWords === 0 ? -1 : words.length - lastWords;
    }
    var folded = foldChinese(query, data);
    if (!folded || !CHINESE_WORD_CHAR.test(folded)) return -1;
    var chineseRaws = folded.match(CHINESE_WORD) || [];
    var last = chineseRaws.length ? chineseWords(chineseRaws[chineseRaws.length - 1], data).length : 0;
    return last === 0 ? -1 : words.length - last;
  }

  // Optimal string alignment distance over code points, given up past `max`.
  function editDistance(a, b, max) {
    var d = [];
    for (var i = 0; i <= a.length; i++) { d[i] = [i]; }
    for (var j = 0; j <= b.length; j++) { d[0][j] = j; }
    for (i = 1; i <= a.length; i++) {
      var rowMin = Infinity;
      for (j = 1; j <= b.length; j++) {
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        var best = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
          best = Math.min(best, d[i - 2][j - 2] + 1);
        }
        d[i][j] = best;
        rowMin = Math.min(rowMin, best);
      }
      if (rowMin > max) return max + 1;
    }
    return Math.min(d[a.length][b.length], max + 1);
  }

  // What one query word matches: [{entry, boost}], strongest first; undefined until the shards
  // it looks through are at hand.
  function expandWord(word, isPrefix, files, lack, data) {
    var length = codePoints(word).length;
    var shards = shardsFor(word, files, lack, data);
    // No word starts with its first letter: no typo of it does either (typos keep it).
    if (!shards || !shards.length) return shards;
    var out = [];
    var exact = find(shards, word);
    if (exact && exact.term >= 0) out.push({ entry: exact, boost: EXACT });
    var prefixMatched = false;
    if (isPrefix && length >= MIN_PREFIX) {
      var longer = [];
      eachEntry(shards, function (shard, i, w, term) {
        if (term >= 0 && w !== word && w.lastIndexOf(word, 0) === 0) longer.push(entry(shard, i));
      });
      longer.sort(byFrequency).slice(0, MAX_EXPANSIONS).forEach(function (e) {
        out.push({ entry: e, boost: PREFIX });
      });
      prefixMatched = longer.length > 0;
    }
    if (exact || prefixMatched || length < MIN_FUZZY) return out;
    var all = shardsStartingWith(word, files, lack, data);
    return all && out.concat(fuzzy(word, all));
  }

  // What a word of a Han run matches (kb.search.QueryExpander): a bigram itself only, a lone
  // character itself and the words it starts.
  function expandHan(word, files, lack, data) {
    var shards = shardsFor(word, files, lack, data);
    if (!shards || !shards.length) return shards;
    var out = [], exact = find(shards, word);
    if (exact && exact.term >= 0) out.push({ entry: exact, boost: EXACT });
    if (codePoints(word).length === 1) {
      var longer = [];
      eachEntry(shards, function (shard, i, w, term) {
        if (term >= 0 && w !== word && w.lastIndexOf(word, 0) === 0) longer.push(entry(shard, i));
      });
      longer.sort(byFrequency).slice(0, MAX_EXPANSIONS).forEach(function (e) {
        out.push({ entry: e, boost: PREFIX });
      });
    }
    return out;
  }

  function fuzzy(word, shards) {
    var typed = codePoints(word), max = typed.length <= 5 ? 1 : 2, near = [];
    eachEntry(shards, function (shard, i, w, term) {
      if (term < 0) return;
      var candidate = codePoints(w);
      if (Math.abs(candidate.length - typed.length) > max || candidate[0] !== typed[0]) return;
      var edits = editDistance(typed, candidate, max);
      if (edits <= max) near.push({ entry: entry(shard, i), edits: edits });
    });
    near.sort(function (a, b) { return a.edits - b.edits || byFrequency(a.entry, b.entry); });
    return near.slice(0, MAX_EXPANSIONS).map(function (n) {
      return { entry: n.entry, boost: n.edits === 1 ? ONE_EDIT : TWO_EDITS };
    });
  }

  // ---- scoring: Lucene's DisjunctionMax per word, Boolean sum over words -----------------
  // Each term's postings come best score first, in chunks. A question's score is known once, for
  // every word, what is at hand is at least what the word's other postings could still give; the
  // most promising next chunk is asked for until the top k known scores beat every bound.

  // A chunk's scores, and after them, when postings follow (`more`), the best of those: `rest`,
  // the most a question not loaded yet can get from the term. A term's last chunk has none:
  // nothing follows. The scores are read from `all`, the chunk's first at `at`.
  function chunkAt(docs, all, at, more) {
    var n = docs.length, scores = all.slice(at, at + n);
    var rest = more ? all[at + n] : n ? scores[n - 1] : 0;
    return { docs: docs, scores: scores, rest: rest };
  }

  // A later chunk of term `t` of `shard`, from its file: its own scores.
  function decode(docs, text, shard, t) {
    var u = unpack(shard), scores = [];
    readScores(text, 0, -1, u.weights[t], u.cache, scores);
    return chunkAt(docs, scores, 0, scores.length > docs.length);
  }

  // Chunk k (from 1) of a term is in the file of chunk k for its group of neighbouring terms, by
  // its later ordinal (kb.search.BrowserIndexExporter.TERMS_PER_FILE, repeated in each word shard
  // as `pg`).
  function chunkFile(s, k) {
    var perFile = k <= s.perFile.length ? s.perFile[k - 1] : 1;
    return "p-" + k + "-" + Math.floor(s.later / perFile);
  }

  // One expansion's postings: its first chunk, then each later chunk at hand, in order. A later
  // chunk's file may have been loaded for a neighbouring term; what it adds only makes scores
  // known sooner. Undefined when a file at hand lacks the term (data of two builds).
  function stream(x, files, lack) {
    var shard = x.entry.shard, t = x.entry.term;
    var first = firstChunk(shard, t);
    var s = {
      boost: x.boost, id: unpack(shard).ids[t], later: unpack(shard).later[t], df: shard.f[t],
      docs: first.docs,
      scores: first.scores,
      rest: first.rest, next: 1, perFile: shard.pg || []
    };
    while (s.docs.length < s.df) {
      var name = chunkFile(s, s.next), chunk = files[name];
      if (!chunk) break; // not at hand (or not loaded: asked for only once it is the next needed)
      if (!packed(name, chunk)) {
        if (!lack.failed) lack.failed = name;
        return undefined;
      }
      var at = chunk.t.indexOf(s.id);
      if (at < 0) {
        if (!lack.failed) { lack.failed = name; lack.incomplete = true; }
        return undefined;
      }
      var p = decode(chunk.d[at], chunk.sc[at], shard, t);
      s.docs = s.docs.concat(p.docs);
      s.scores = s.scores.concat(p.scores);
      s.rest = p.rest;
      s.next++;
    }
    return s;
  }

  // The most a question not yet seen in this stream can get from it.
  function bound(s) {
    return s.docs.length >= s.df ? 0 : s.boost * s.rest;
  }

  // The query's words in groups whose scores add up: each word alone, or the words of one Han
  // run, which a question matches only if it matches them all (kb.search.FaqSearcher.query).
  function groupsOf(runs) {
    var groups = [];
    runs.forEach(function (run, w) {
      var last = groups[groups.length - 1];
      if (run < 0 || !last || last.run !== run) groups.push({ run: run, members: [w] });
      else last.members.push(w);
    });
    return groups;
  }

  // What the postings at hand say: {sure, open, unseen}. `sure`: questions whose score is known,
  // best first, ties to the earlier question; `open`: the others seen, with the most they can
  // reach; `unseen`: the most a question not seen at all can reach. `groups`: groupsOf the words.
  function scores(words, groups) {
    var known = new Map(), n = words.length;
    words.forEach(function (streams, w) {
      streams.forEach(function (s) {
        for (var i = 0; i < s.docs.length; i++) {
          var score = s.boost * s.scores[i], best = known.get(s.docs[i]);
          if (!best) { best = new Array(n).fill(0); known.set(s.docs[i], best); }
          if (score > best[w]) best[w] = score;
        }
      });
    });
    var limits = words.map(function (streams) {
      return streams.reduce(function (m, s) { return Math.max(m, bound(s)); }, 0);
    });
    var sure = [], open = [];
    known.forEach(function (best, doc) {
      var low = 0, high = 0, exact = true;
      groups.forEach(function (g) {
        var sum = 0, top = 0, all = true, settled = true, never = false;
        g.members.forEach(function (w) {
          sum += best[w];
          top += Math.max(best[w], limits[w]);
          if (best[w] === 0) all = false;
          if (best[w] === 0 && limits[w] === 0) never = true; // nothing left that could match
          if (best[w] < limits[w]) settled = false;
        });
        if (g.run < 0) {
          low += sum;
          high += top;
          if (!settled) exact = false;
        } else if (!never) {
          // Lucene adds a run's words in double and hands on a float, as each word's own clause.
          if (all) low += Math.fround(sum);
          high += Math.fround(top);
          if (!settled) exact = false;
        }
      });
      if (exact && low === 0) return; // seen for a word of a run it does not match whole
      (exact ? sure : open).push({ doc: doc, score: Math.fround(low), high: Math.fround(high) });
    });
    sure.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
    var unseen = 0;
    groups.forEach(function (g) {
      var sum = 0, every = true;
      g.members.forEach(function (w) { sum += limits[w]; if (limits[w] === 0) every = false; });
      if (g.run < 0) unseen += sum;
      else if (every) unseen += Math.fround(sum);
    });
    return { sure: sure, open: open, unseen: Math.fround(unseen) };
  }

  // Whether the first k sure hits are the top k: nothing open or unseen can reach the k-th.
  function certain(known, k) {
    var sure = known.sure, open = known.open;
    if (!open.length && known.unseen === 0) return true;
    if (sure.length < k) return false;
    var last = sure[k - 1];
    if (known.unseen >= last.score) return false;
    return open.every(function (o) {
      return o.high < last.score || (o.high === last.score && o.doc > last.doc);
    });
  }

  // The chunk that can change the most: the next of the stream with the highest bound, leaving
  // out the words of a run that some word of it matches nowhere.
  function nextChunk(words, groups) {
    var next = null;
    groups.forEach(function (g) {
      if (g.members.some(function (w) { return !words[w].length; })) return;
      g.members.forEach(function (w) {
        words[w].forEach(function (s) {
          if (bound(s) > 0 && (!next || bound(s) > bound(next))) next = s;
        });
      });
    });
    return chunkFile(next, next.next);
  }

  function hitsOf(sure, k) {
    return sure.slice(0, k).map(function (h) { return { doc: h.doc, score: h.score }; });
  }

  // ---- the steps a search box drives ------------------------------------------------------

  // A step's answer: what it ranked (when it got that far) and what it lacks.
  function answer(lack, ranked) {
    return {
      needs: lack.failed ? [] : lack.needs, failed: lack.failed, incomplete: lack.incomplete,
      hits: ranked ? ranked.hits : null, first: ranked ? ranked.first : null,
      highlight: ranked ? ranked.highlight : null, perChunk: ranked ? ranked.perChunk : 0
    };
  }

  // One step of ranking `query` over the files at hand: {needs, failed, incomplete, hits, first,
  // highlight, perChunk}. `hits`: the top MAX_RESULTS [{doc, score}], once certain, else null;
  // `first`: the top FIRST_SHOWN, once certain (perhaps before `hits`), else null; `needs`: the
  // files to load before the next step can say more (empty once `hits` is known; search/a.js
  // first, for a query on a site in Chinese, `lang` being the page's language); `failed`: a
  // file the query needs that could not be loaded (`incomplete`: one that lacks what the others
  // say it holds), when the search cannot finish; `highlight`: the set of words the query
  // matches; `perChunk`: questions per question file. Pure: the same files, the same answer.
  function plan(query, files, lang) {
    var lack = lacking(), analysed = queryWords(query, lang, files, lack);
    if (!analysed) return answer(lack, null);
    var data = analysed.data;
    var words = analysed.words.map(function (w) { return w.word; });
    var runs = analysed.words.map(function (w) { return w.run; });
    var prefix = prefixIndex(query, words, data), groups = groupsOf(runs);
    var expanded = words.map(function (word, i) {
      return runs[i] < 0 ? expandWord(word, i === prefix, files, lack, data)
        : expandHan(word, files, lack, data);
    });
    if (lack.failed || lack.needs.length) return answer(lack, null);
    var highlight = new Set(words), perChunk = 0;
    expanded.forEach(function (xs) {
      xs.forEach(function (x) { highlight.add(x.entry.word); perChunk = x.entry.shard.n; });
    });
    var streams = expanded.map(function (xs) {
      return xs.map(function (x) { return stream(x, files, lack); });
    });
    if (lack.failed) return answer(lack, null);
    var known = scores(streams, groups), hits = null, first = null;
    if (certain(known, MAX_RESULTS)) {
      hits = hitsOf(known.sure, MAX_RESULTS);
      first = hits.slice(0, FIRST_SHOWN);
    } else {
      if (certain(known, FIRST_SHOWN)) first = hitsOf(known.sure, FIRST_SHOWN);
      var name = nextChunk(streams, groups);
      file(files, name, lack); // not at hand by construction: either needed or failed
    }
    return answer(lack, { hits: hits, first: first, highlight: highlight, perChunk: perChunk });
  }

  // The questions of ranked hits, for the list: {needs, failed, questions}, `questions` being
  // [{doc, score, url, number, question, page, text}] once every question file is at hand.
  function questions(hits, perChunk, files) {
    var lack = lacking(), chunks = [];
    hits.forEach(function (h) {
      var chunk = file(files, "d-" + Math.floor(h.doc / perChunk), lack);
      if (chunk) chunks.push(chunk);
    });
    if (lack.failed || lack.needs.length) {
      return { needs: lack.failed ? [] : lack.needs, failed: lack.failed, questions: null };
    }
    return {
      needs: [], failed: null,
      questions: hits.map(function (h, i) {
        var d = chunks[i].docs[h.doc % perChunk];
        return { doc: h.doc, score: h.score, url: d[0], number: d[1], question: d[2], page: d[3], text: d[4] };
      })
    };
  }

  // The words of a text as the site's language has them (for Chinese, once search/a.js is among
  // `files`; before, as in English): what the search box marks in results.
  function words(text, lang, files) {
    var payload = isChinese(lang) && files ? files.a : null;
    if (!payload) return surfaceWords(text);
    return chineseWords(text, chinese(payload)).map(function (w) { return w.word; });
  }

  // The raw words of a text, as the site's language finds them: for Chinese, runs of Han
  // characters apart from the rest. Use with match(), or copy for exec().
  function wordPattern(lang) { return isChinese(lang) ? CHINESE_WORD : WORD; }

  function isHan(word) { return HAN_START.test(word); }

  return {
    plan: plan, questions: questions, words: words, fold: fold, WORD: WORD, isChinese: isChinese,
    wordPattern: wordPattern, isHan: isHan,
    MAX_RESULTS: MAX_RESULTS, FIRST_SHOWN: FIRST_SHOWN
  };
})();

if (typeof module !== "undefined" && module.exports) module.exports = kbRank;
