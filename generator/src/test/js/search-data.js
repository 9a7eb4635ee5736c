// Search data laid out as kb.search.BrowserIndexExporter writes them, made from a few words and
// scores for tests of kb-rank.js, and a loop that ranks over them as kb-search.js does.
"use strict";

const FIRST_CHUNK = 10; // kb.search.ImpactPostings: chunks of 10, 40, 160, ... postings
const GROWTH = 4;
const TERMS_PER_FILE = [64, 128, 256, 256];
const DOCS_PER_CHUNK = 8;

function codePoints(text) {
  return Array.from(text);
}

function compareCodePoints(a, b) {
  const x = codePoints(a), y = codePoints(b);
  for (let i = 0; i < x.length && i < y.length; i++) {
    const d = x[i].codePointAt(0) - y[i].codePointAt(0);
    if (d) return d;
  }
  return x.length - y.length;
}

function hex(key) {
  return codePoints(key).map((c) => c.codePointAt(0).toString(16)).join("-");
}

// kb.search.ScoreCodes: a float's bits in six base64 characters, the highest first.
const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

function floatText(value) {
  const bytes = Buffer.alloc(4);
  bytes.writeFloatBE(value);
  let bits = bytes.readUInt32BE(), out = "";
  for (let shift = 30; shift >= 0; shift -= 6) out += BASE64[Math.floor(bits / 2 ** shift) % 64];
  return out;
}

// Scores as kb.search.ScoreCodes writes the ones it cannot rebuild: code 0, then the float.
function scoreCodes(floats) {
  return floats.map((f) => "AA" + floatText(f)).join("");
}

function chunkStart(k) {
  let start = 0;
  for (let i = 0, size = FIRST_CHUNK; i < k; i++, size *= GROWTH) start += size;
  return start;
}

function chunkCount(postings) {
  let count = 1;
  while (chunkStart(count) < postings.length) count++;
  return count;
}

// Chunk k of a term's postings: its questions, and its scores followed, when postings follow, by
// the best of those (the "rest").
function chunkFloats(postings, k) {
  const from = chunkStart(k), to = Math.min(postings.length, chunkStart(k + 1));
  const scores = postings.slice(from, to + 1).map((p) => p[1]);
  return { docs: postings.slice(from, to).map((p) => p[0]), scores: scores };
}

function chunk(postings, k) {
  const c = chunkFloats(postings, k);
  return { docs: c.docs, scores: scoreCodes(c.scores) };
}

// kb.search.FrontCoding: each word as the length of the prefix it shares with the one before
// (a character of PREFIX_CODES) and the rest of it.
const PREFIX_CODES = "!#$%'()*+,-/:;=?@[]^`{|}~";

function frontCoded(words) {
  let last = "", out = "";
  for (const word of words) {
    let shared = 0;
    while (shared < Math.min(last.length, word.length, PREFIX_CODES.length - 1)
      && last[shared] === word[shared]) shared++;
    if (shared > 0 && /[\uD800-\uDBFF]/.test(word[shared - 1])) shared--;
    out += PREFIX_CODES[shared] + word.slice(shared);
    last = word;
  }
  return out;
}

// kb.search.BrowserIndexExporter.runs: consecutive ids as [first, length] pairs.
function runs(ids) {
  const out = [];
  ids.forEach((id, i) => {
    if (i > 0 && id === ids[i - 1] + 1) out[out.length - 1]++;
    else out.push(id, 1);
  });
  return out;
}

/**
 * Every file of a site's search data, by name ("w-74", "p-1-0", "d-0"), as kb-search.js's data
 * scripts hand them over.
 *
 * `words` maps each vocabulary word to its index term, or to null for a stop word; `postings`
 * maps each term to {question: score}, scores being float32 values; `questions` is how many
 * questions the site has. Options: `split`, keys whose shard is split by one more character (as
 * a large one is).
 */
function searchData(words, postings, questions, options = {}) {
  const split = new Set(options.split || []);
  const terms = [...new Set(Object.values(words).filter((t) => t !== null))].sort(compareCodePoints);
  const ids = new Map(terms.map((t, i) => [t, i]));
  const ranked = new Map(
    terms.map((t) => [
      t,
      Object.entries(postings[t] || {})
        .map(([doc, score]) => [Number(doc), Math.fround(score)])
        .sort((a, b) => b[1] - a[1] || a[0] - b[0]),
    ])
  );
  // Each term's place among the terms with later chunks, or -1.
  const later = new Map();
  let next = 0;
  terms.forEach((t) => later.set(t, ranked.get(t).length > FIRST_CHUNK ? next++ : -1));
  const files = {};

  function shard(key, entries, tree) {
    const local = new Map();
    const t = entries.map((w) => {
      const term = words[w];
      if (term === null) return -1;
      if (!local.has(term)) local.set(term, local.size);
      return local.get(term);
    });
    const own = [...local.keys()];
    const first = own.map((term) => chunkFloats(ranked.get(term), 0));
    const payload = {
      n: DOCS_PER_CHUNK, c: FIRST_CHUNK, pg: TERMS_PER_FILE, w: frontCoded(entries), t: t,
      g: runs(own.map((term) => ids.get(term))), f: own.map((term) => ranked.get(term).length),
      o: runs(own.map((term) => later.get(term)).filter((o) => o >= 0)),
      d: first.flatMap((c) => c.docs), sc: scoreCodes(first.flatMap((c) => c.scores)),
      l: floatText(1), i: "",
    };
    // One weight per distinct document frequency: unused, as every score is written whole.
    new Set(payload.f).forEach(() => (payload.i += floatText(1)));
    if (t.every((term, i) => term === i)) delete payload.t;
    if (tree) payload.tree = tree;
    files["w-" + hex(key)] = payload;
  }

  // The shard of the words starting with `key`, split while `split` names it; returns its tree.
  function shards(key, entries, depth) {
    const below = new Map(), here = [];
    for (const w of entries) {
      if (codePoints(w).length <= depth) here.push(w);
      else {
        const next = codePoints(w).slice(0, depth + 1).join("");
        if (!below.has(next)) below.set(next, []);
        below.get(next).push(w);
      }
    }
    if (!split.has(key) || below.size === 0) {
      shard(key, entries, "");
      return "";
    }
    let tree = "";
    for (const next of [...below.keys()].sort(compareCodePoints)) {
      const parts = shards(next, below.get(next), depth + 1);
      tree += codePoints(next).pop() + (parts ? "(" + parts + ")" : "");
    }
    shard(key, here, depth === 1 ? tree : "");
    return tree;
  }

  const byFirst = new Map();
  for (const w of Object.keys(words).sort(compareCodePoints)) {
    const first = codePoints(w)[0];
    if (!byFirst.has(first)) byFirst.set(first, []);
    byFirst.get(first).push(w);
  }
  byFirst.forEach((entries, first) => shards(first, entries, 1));

  terms.forEach((term, id) => {
    for (let k = 1; k < chunkCount(ranked.get(term)); k++) {
      const perFile = k <= TERMS_PER_FILE.length ? TERMS_PER_FILE[k - 1] : 1;
      const name = "p-" + k + "-" + Math.floor(later.get(term) / perFile);
      const file = files[name] || (files[name] = { t: [], d: [], sc: [] });
      const c = chunk(ranked.get(term), k);
      file.t.push(id);
      file.d.push(c.docs);
      file.sc.push(c.scores);
    }
  });

  for (let q = 0; q < questions; q++) {
    const name = "d-" + Math.floor(q / DOCS_PER_CHUNK);
    const file = files[name] || (files[name] = { docs: [] });
    file.docs.push(["faq/page.html#q" + q, q + 1, "Question " + q, "Page", "Answer " + q + "."]);
  }
  return files;
}

/**
 * Ranks `query` over `site` as kb-search.js does, but a step's files all at once: each step's
 * files are loaded, then the engine asked again. `site` is the files by name (a name it lacks is
 * a file that cannot be loaded), or a function giving a file's payload or null. Returns the last
 * step, every step's needs and the files the engine was given.
 */
function rankOver(kbRank, query, site, lang) {
  const load = typeof site === "function" ? site : (name) => (name in site ? site[name] : null);
  const files = {}, steps = [];
  for (;;) {
    const plan = kbRank.plan(query, files, lang);
    if (plan.failed || plan.hits) return { plan, steps, files };
    if (plan.needs.length === 0) throw new Error("no hits and nothing to load for " + query);
    steps.push(plan.needs);
    for (const name of plan.needs) {
      if (name in files) throw new Error(name + " asked for again for " + query);
      files[name] = load(name);
    }
  }
}

module.exports = { searchData, rankOver, hex };
