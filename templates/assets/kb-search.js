// kb site search. Ranks exactly like `kb search` (Lucene): the build exports, per surface word,
// its index term and that term's BM25F score in every question; this script only splits the
// query the way the build splits text, expands words (prefix, typos) by the same rules as
// kb.search.QueryExpander, and adds up scores. Index data are plain scripts loaded on demand, so
// search works from file:// with no server. Results are built from text nodes: no markup from
// content or query is ever interpreted.
(function () {
  "use strict";

  var WORD = /[\p{L}\p{N}_.]+/gu; // used with match() only; exec() loops make their own copy
  var WORD_CHAR = /[\p{L}\p{N}_.]$/u;
  var EXACT = 1, PREFIX = 0.5, ONE_EDIT = 0.25, TWO_EDITS = 0.125;
  var MAX_EXPANSIONS = 16, MIN_PREFIX = 2, MIN_FUZZY = 3, MAX_RESULTS = 10;

  var root = document.body.getAttribute("data-root") || "";
  var loaded = {};
  var waiting = {};

  // ---- loading data scripts -------------------------------------------------------------

  function load(name) {
    if (Object.prototype.hasOwnProperty.call(loaded, name)) {
      return Promise.resolve(loaded[name]);
    }
    if (!waiting[name]) {
      waiting[name] = new Promise(function (resolve) {
        var script = document.createElement("script");
        script.src = root + "search/" + name + ".js";
        script.onload = function () { resolve(loaded[name] || null); };
        script.onerror = function () { loaded[name] = null; resolve(null); };
        document.head.appendChild(script);
      });
    }
    return waiting[name];
  }

  function receive(name, payload) {
    if (payload && payload.w) {
      payload.index = new Map();
      payload.w.forEach(function (word, i) { payload.index.set(word, i); });
      payload.postings = [];
    }
    loaded[name] = payload;
  }

  function codePoints(text) { return Array.from(text); }

  function hex(key) {
    return codePoints(key).map(function (c) { return c.codePointAt(0).toString(16); }).join("-");
  }

  // The shard holding words that start with `start` (one or two code points).
  function shardFor(word) {
    var cps = codePoints(word);
    return load("w-" + hex(cps[0])).then(function (top) {
      if (!top || !top.split || cps.length < 2) return top ? [top] : [];
      var key = cps[0] + cps[1];
      return top.split.indexOf(key) < 0 ? [top] : load("w-" + hex(key)).then(function (part) {
        return part ? [top, part] : [top];
      });
    });
  }

  // Every shard of words sharing the first code point: what a typo search looks through.
  function shardsStartingWith(word) {
    var first = codePoints(word)[0];
    return load("w-" + hex(first)).then(function (top) {
      if (!top) return [];
      if (!top.split) return [top];
      return Promise.all(top.split.map(function (key) { return load("w-" + hex(key)); }))
        .then(function (parts) { return [top].concat(parts.filter(Boolean)); });
    });
  }

  // ---- analysis: the same split as kb.search.SearchAnalysis ---------------------------------

  function surfaceWords(text) {
    var out = [];
    (text.toLowerCase().match(WORD) || []).forEach(function (raw) {
      var word = raw.replace(/^\.+|\.+$/g, "");
      if (!word) return;
      out.push(word);
      if (/[._]/.test(word)) {
        var parts = [];
        word.split(/[._]+/).forEach(function (part) {
          if (part && part !== word && parts.indexOf(part) < 0) parts.push(part);
        });
        out.push.apply(out, parts);
      }
    });
    return out;
  }

  function compareCodePoints(a, b) {
    var x = codePoints(a), y = codePoints(b);
    for (var i = 0; i < x.length && i < y.length; i++) {
      var d = x[i].codePointAt(0) - y[i].codePointAt(0);
      if (d) return d;
    }
    return x.length - y.length;
  }

  // ---- vocabulary entries ------------------------------------------------------------------

  function entry(shard, i) {
    return { word: shard.w[i], term: shard.t[i], shard: shard, df: df(shard, shard.t[i]) };
  }

  function find(shards, word) {
    for (var s = 0; s < shards.length; s++) {
      var i = shards[s].index.get(word);
      if (i !== undefined) return entry(shards[s], i);
    }
    return null;
  }

  function eachEntry(shards, fn) {
    shards.forEach(function (shard) {
      for (var i = 0; i < shard.w.length; i++) fn(shard, i);
    });
  }

  function postings(shard, term) {
    var cached = shard.postings[term];
    if (cached) return cached;
    var deltas = shard.d[term], docs = new Array(deltas.length), doc = 0;
    for (var i = 0; i < deltas.length; i++) { doc += deltas[i]; docs[i] = doc; }
    var bytes = atob(shard.s[term]), view = new DataView(new ArrayBuffer(bytes.length));
    for (var b = 0; b < bytes.length; b++) view.setUint8(b, bytes.charCodeAt(b));
    var scores = new Array(docs.length);
    for (var k = 0; k < docs.length; k++) scores[k] = view.getFloat32(k * 4, true);
    return (shard.postings[term] = { docs: docs, scores: scores });
  }

  function df(shard, term) {
    return term < 0 ? 0 : shard.d[term].length;
  }

  function byFrequency(a, b) {
    return b.df - a.df || compareCodePoints(a.word, b.word);
  }

  // ---- query expansion: the rules of kb.search.QueryExpander -----------------------------

  function prefixIndex(query, words) {
    if (!query || !WORD_CHAR.test(query)) return -1;
    var raws = query.match(WORD) || [];
    var lastWords = raws.length ? surfaceWords(raws[raws.length - 1]).length : 0;
    return lastWords === 0 ? -1 : words.length - lastWords;
  }

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

  function expandWord(word, isPrefix) {
    var length = codePoints(word).length;
    return shardFor(word).then(function (shards) {
      var out = [];
      var exact = find(shards, word);
      if (exact && exact.term >= 0) out.push({ entry: exact, boost: EXACT });
      var prefixMatched = false;
      if (isPrefix && length >= MIN_PREFIX) {
        var longer = [];
        eachEntry(shards, function (shard, i) {
          var w = shard.w[i];
          if (shard.t[i] >= 0 && w !== word && w.lastIndexOf(word, 0) === 0) longer.push(entry(shard, i));
        });
        longer.sort(byFrequency).slice(0, MAX_EXPANSIONS).forEach(function (e) {
          out.push({ entry: e, boost: PREFIX });
        });
        prefixMatched = longer.length > 0;
      }
      if (exact || prefixMatched || length < MIN_FUZZY) return out;
      return shardsStartingWith(word).then(function (all) {
        return out.concat(fuzzy(word, all));
      });
    });
  }

  function fuzzy(word, shards) {
    var typed = codePoints(word), max = typed.length <= 5 ? 1 : 2, near = [];
    eachEntry(shards, function (shard, i) {
      if (shard.t[i] < 0) return;
      var candidate = codePoints(shard.w[i]);
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

  function rank(wordQueries) {
    var total = new Map();
    wordQueries.forEach(function (expansions) {
      var best = new Map();
      expansions.forEach(function (x) {
        var p = postings(x.entry.shard, x.entry.term);
        for (var i = 0; i < p.docs.length; i++) {
          var score = x.boost * p.scores[i];
          if (score > (best.get(p.docs[i]) || 0)) best.set(p.docs[i], score);
        }
      });
      best.forEach(function (score, doc) { total.set(doc, (total.get(doc) || 0) + score); });
    });
    var hits = [];
    total.forEach(function (sum, doc) { hits.push({ doc: doc, score: Math.fround(sum) }); });
    return hits.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
  }

  function search(query) {
    var words = surfaceWords(query);
    var prefix = prefixIndex(query, words);
    return Promise.all(words.map(function (word, i) { return expandWord(word, i === prefix); }))
      .then(function (expanded) {
        var hits = rank(expanded).slice(0, MAX_RESULTS);
        var highlight = new Set(words), perChunk = 0;
        expanded.forEach(function (xs) {
          xs.forEach(function (x) { highlight.add(x.entry.word); perChunk = x.entry.shard.n; });
        });
        return withDocs(hits, perChunk).then(function (docs) {
          return { query: query, hits: docs, highlight: highlight };
        });
      });
  }

  // Hits only come from loaded word shards, and each shard says how many questions a chunk holds.
  function withDocs(hits, perChunk) {
    var chunks = {};
    hits.forEach(function (h) { chunks[Math.floor(h.doc / perChunk)] = true; });
    return Promise.all(Object.keys(chunks).map(function (c) { return load("d-" + c); }))
      .then(function () {
        return hits.map(function (h) {
          var d = loaded["d-" + Math.floor(h.doc / perChunk)].docs[h.doc % perChunk];
          return { doc: h.doc, score: h.score, url: d[0], number: d[1], question: d[2], page: d[3], text: d[4] };
        });
      });
  }

  // ---- the search box -------------------------------------------------------------------

  var input = document.getElementById("search-input");
  var panel = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  var active = -1, sequence = 0, timings = [];

  function highlighted(text, words) {
    var fragment = document.createDocumentFragment(), at = 0, match, word = new RegExp(WORD);
    while ((match = word.exec(text)) !== null) {
      if (!matches(match[0], words)) continue;
      if (match.index > at) fragment.appendChild(document.createTextNode(text.slice(at, match.index)));
      var mark = document.createElement("mark");
      mark.textContent = match[0];
      fragment.appendChild(mark);
      at = match.index + match[0].length;
    }
    if (at < text.length) fragment.appendChild(document.createTextNode(text.slice(at)));
    return fragment;
  }

  function matches(token, words) {
    return surfaceWords(token).some(function (w) { return words.has(w); });
  }

  function snippet(text, words) {
    var match, first = -1, word = new RegExp(WORD);
    while ((match = word.exec(text)) !== null) {
      if (matches(match[0], words)) { first = match.index; break; }
    }
    var start = first < 70 ? 0 : text.lastIndexOf(" ", first - 50) + 1;
    var end = Math.min(text.length, start + 200);
    if (end < text.length) end = Math.max(text.lastIndexOf(" ", end), start + 120);
    return (start > 0 ? "… " : "") + text.slice(start, end) + (end < text.length ? " …" : "");
  }

  function render(result) {
    panel.textContent = "";
    active = -1;
    input.removeAttribute("aria-activedescendant");
    if (!result.hits.length) {
      var empty = document.createElement("p");
      empty.className = "search-empty";
      empty.textContent = "No questions match \u201c" + result.query.trim() + "\u201d.";
      panel.appendChild(empty);
    }
    result.hits.forEach(function (hit, i) {
      var a = document.createElement("a");
      a.className = "search-result";
      a.id = "search-result-" + i;
      a.href = root + hit.url;
      a.setAttribute("role", "option");
      a.setAttribute("aria-selected", "false");
      a.setAttribute("data-score", String(hit.score));
      var title = document.createElement("span");
      title.className = "search-result-title";
      title.appendChild(document.createTextNode("Q" + hit.number + ": "));
      title.appendChild(highlighted(hit.question, result.highlight));
      var page = document.createElement("span");
      page.className = "search-result-page";
      page.textContent = hit.page;
      var text = document.createElement("span");
      text.className = "search-result-snippet";
      text.appendChild(highlighted(snippet(hit.text, result.highlight), result.highlight));
      a.appendChild(title);
      a.appendChild(page);
      a.appendChild(text);
      panel.appendChild(a);
    });
    status.textContent = result.hits.length + (result.hits.length === 1 ? " result" : " results");
    open(true);
  }

  function open(show) {
    panel.hidden = !show;
    input.setAttribute("aria-expanded", show ? "true" : "false");
  }

  function select(index) {
    var items = panel.querySelectorAll(".search-result");
    if (!items.length) return;
    active = (index + items.length) % items.length;
    items.forEach(function (item, i) { item.setAttribute("aria-selected", i === active ? "true" : "false"); });
    input.setAttribute("aria-activedescendant", items[active].id);
    items[active].scrollIntoView({ block: "nearest" });
  }

  if (input && panel) {
    input.addEventListener("input", function (event) {
      var query = input.value, mine = ++sequence, started = event.timeStamp;
      if (!surfaceWords(query).length) { panel.textContent = ""; open(false); return; }
      search(query).then(function (result) {
        if (mine !== sequence) return;
        render(result);
        timings.push({ query: query, ms: performance.now() - started });
      });
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown") { event.preventDefault(); select(active + 1); }
      else if (event.key === "ArrowUp") { event.preventDefault(); select(active - 1); }
      else if (event.key === "Enter") {
        var items = panel.querySelectorAll(".search-result");
        var target = items[active < 0 ? 0 : active];
        if (target) { event.preventDefault(); window.location.href = target.href; }
      } else if (event.key === "Escape") { open(false); }
    });
    input.addEventListener("focus", function () { if (panel.childNodes.length) open(true); });
    document.addEventListener("click", function (event) {
      if (!event.target.closest(".search")) open(false);
    });
  }

  window.kbSearch = { data: receive, search: search, timings: timings };
})();
