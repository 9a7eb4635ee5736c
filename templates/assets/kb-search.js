// kb site search. Ranks exactly like `kb search` (Lucene): the build exports, per surface word,
// its index term and that term's BM25F score per question, best first, in chunks; this script splits the
// query the way the build splits text, expands words (prefix, typos) by the same rules as
// kb.search.QueryExpander, and adds up scores. Index data are plain scripts loaded on demand, so
// search works from file:// with no server. Results are built from text nodes: no markup from
// content or query is ever interpreted.
(function () {
  "use strict";

  var WORD = /[\p{L}\p{N}_.]+/gu; // used with match() only; exec() loops make their own copy
  var WORD_CHAR = /[\p{L}\p{N}_.]$/u;
  var MAX_WORD = 255; // longer words are not indexed (kb.search.SearchAnalysis.MAX_WORD)
  var EXACT = 1, PREFIX = 0.5, ONE_EDIT = 0.25, TWO_EDITS = 0.125;
  var MAX_EXPANSIONS = 16, MIN_PREFIX = 2, MIN_FUZZY = 3, MAX_RESULTS = 10;
  var FIRST_SHOWN = 5; // results shown as soon as their questions load, before the rest of the list
  // A data file that has not arrived after this long fails the query that waits for it, naming
  // the file, instead of leaving the list as it was for good; a later query asks for it anew.
  // kbSearch.patienceMs changes it; Infinity turns it off.
  var PATIENCE_MS = 15000;
  var MAX_TIMER_MS = 2147483647; // longer (or not a number): no limit, as setTimeout cannot wait
  var PENDING_MS = 1000; // a query with nothing to show after this long says it is searching

  var root = document.body.getAttribute("data-root") || "";
  var loaded = {};
  var waiting = {};
  var givenUp = {}; // how many times each file was given up on: its next request's URL differs

  // ---- loading data scripts -------------------------------------------------------------

  function load(name) {
    if (Object.prototype.hasOwnProperty.call(loaded, name)) {
      return Promise.resolve(loaded[name]);
    }
    return withinPatience(arrival(name), name);
  }

  // Gives up on a file that has not arrived in time; the next query asks for it anew (a request
  // that stalled may never answer), and whichever copy runs first hands its data over.
  function withinPatience(arriving, name) {
    var ms = window.kbSearch.patienceMs;
    if (!(ms > 0 && ms <= MAX_TIMER_MS)) return arriving.payload; // no limit
    return new Promise(function (resolve, reject) {
      var timer = setTimeout(function () {
        givenUp[name] = (givenUp[name] || 0) + 1;
        arriving.giveUp();
        reject(new Error("search data did not arrive within " + ms / 1000 + " s: search/" +
          name + ".js"));
      }, ms);
      arriving.payload.then(function (payload) { clearTimeout(timer); resolve(payload); });
    });
  }

  // The file's payload once its script has run, or null if it failed; asked for once at a time.
  function arrival(name) {
    if (!waiting[name]) {
      var script = document.createElement("script");
      // A browser holds a second request for a URL still loading until the first answers: after
      // a give-up, the URL differs, so the request is made anew. Hosts and file:// ignore it.
      script.src = root + "search/" + name + ".js" + (givenUp[name] ? "?retry=" + givenUp[name] : "");
      var arriving = {
        // Its element goes too: a late answer still runs it, and a page that asked anew holds
        // one element per file, not one per attempt.
        giveUp: function () {
          if (waiting[name] === arriving) delete waiting[name];
          script.remove();
        }
      };
      arriving.payload = new Promise(function (resolve) {
        arriving.arrived = resolve;
        // A failure is not kept: the next query asks again, so a file that was missing or cut
        // short for a moment (a site still uploading, a dropped connection) is found without a
        // reload. A first letter no word starts with costs each query that has it one failed
        // request. A script that ran without handing over its data (cut short, or a host's
        // "not found" page served as a script) failed too.
        function forget() {
          arriving.giveUp();
          resolve(null);
        }
        script.onload = function () {
          if (Object.prototype.hasOwnProperty.call(loaded, name)) resolve(loaded[name]);
          else forget();
        };
        script.onerror = forget;
      });
      waiting[name] = arriving;
      document.head.appendChild(script);
    }
    return waiting[name];
  }

  // A file the data say exists (a shard in a first letter's tree, a later chunk, a question
  // chunk): failing to load it means the site is incomplete, which is said, not searched around.
  function need(name) {
    return load(name).then(function (payload) {
      if (!payload) throw new Error("search data missing: search/" + name + ".js");
      return payload;
    });
  }

  function receive(name, payload) {
    if (payload && payload.w) {
      payload.index = new Map();
      payload.w.forEach(function (word, i) { payload.index.set(word, i); });
    }
    loaded[name] = payload;
    if (waiting[name]) waiting[name].arrived(payload); // an earlier copy, given up on, ran first
  }

  function codePoints(text) { return Array.from(text); }

  function hex(key) {
    return codePoints(key).map(function (c) { return c.codePointAt(0).toString(16); }).join("-");
  }

  // The keys of every shard below a first character, from its shard's `tree`: each part is its
  // last character, followed by its own parts in parentheses when it is split again ("a(b)c"
  // under "x": "xa", "xab", "xc"). Read once per shard.
  function shardKeys(top, first) {
    if (top.keys) return top.keys;
    var keys = [], path = [first], last = first;
    codePoints(top.tree || "").forEach(function (c) {
      if (c === "(") path.push(last);
      else if (c === ")") path.pop();
      else { last = path[path.length - 1] + c; keys.push(last); }
    });
    top.keys = keys;
    top.keySet = new Set(keys);
    return keys;
  }

  function loadShards(top, keys) {
    return Promise.all(keys.map(function (key) { return need("w-" + hex(key)); }))
      .then(function (parts) { return [top].concat(parts); });
  }

  // The shards on the way to `word` (a large shard is split by one more character, again and
  // again), and when the way ends at a split shard of the whole word, every shard below it: the
  // words the typed word may be a prefix of. All but the first load side by side.
  function shardFor(word) {
    var cps = codePoints(word);
    return load("w-" + hex(cps[0])).then(function (top) {
      if (!top) return [];
      var keys = shardKeys(top, cps[0]), way = [], key = cps[0];
      for (var depth = 1; depth < cps.length && top.keySet.has(key + cps[depth]); depth++) {
        key += cps[depth];
        way.push(key);
      }
      if (key === word) {
        keys.forEach(function (k) { if (k.length > key.length && k.lastIndexOf(key, 0) === 0) way.push(k); });
      }
      return loadShards(top, way);
    });
  }

  // Every shard of words sharing the first code point: what a typo search looks through.
  function shardsStartingWith(word) {
    var first = codePoints(word)[0];
    return load("w-" + hex(first)).then(function (top) {
      return top ? loadShards(top, shardKeys(top, first)) : [];
    });
  }

  // ---- analysis: the same split as kb.search.SearchAnalysis ---------------------------------

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
    (text.match(WORD) || []).forEach(function (raw) {
      var word = fold(raw.replace(/^\.+|\.+$/g, ""));
      if (!word || word.length > MAX_WORD) return;
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
    var term = shard.t[i];
    return { word: shard.w[i], term: term, shard: shard, df: term < 0 ? 0 : shard.f[term] };
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
      // No word starts with its first letter: no typo of it does either (typos keep it).
      if (!shards.length) return out;
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
  // Each term's postings come best score first, in chunks. A question's score is known once, for
  // every word, what it has loaded is at least what the word's unloaded postings could still give;
  // chunks are loaded, most promising first, until the top k known scores beat every bound.

  // A chunk's scores, and after them, when postings follow, the best of those: `rest`, the most a
  // question not loaded yet can get from the term. Without it (the term's last chunk, or data
  // written before it existed) the chunk's last score bounds the rest, as it must.
  function decode(docs, base64) {
    var bytes = atob(base64), view = new DataView(new ArrayBuffer(bytes.length));
    for (var b = 0; b < bytes.length; b++) view.setUint8(b, bytes.charCodeAt(b));
    var scores = new Array(docs.length);
    for (var k = 0; k < docs.length; k++) scores[k] = view.getFloat32(k * 4, true);
    var rest = bytes.length > docs.length * 4 ? view.getFloat32(docs.length * 4, true)
      : docs.length ? scores[docs.length - 1] : 0;
    return { docs: docs, scores: scores, rest: rest };
  }

  function stream(x) {
    var shard = x.entry.shard, t = x.entry.term;
    var first = decode(shard.d[t], shard.s[t]);
    return {
      boost: x.boost, id: shard.g[t], df: shard.f[t], docs: first.docs, scores: first.scores,
      rest: first.rest, next: 1, perFile: shard.pg || []
    };
  }

  // The most a question not yet seen in this stream can get from it.
  function bound(s) {
    return s.docs.length >= s.df ? 0 : s.boost * s.rest;
  }

  // Chunk k of a term is in the file of chunk k for its group of neighbouring terms
  // (kb.search.BrowserIndexExporter.TERMS_PER_FILE, repeated in each word shard as `pg`).
  function more(s) {
    var perFile = s.next <= s.perFile.length ? s.perFile[s.next - 1] : 1;
    var name = "p-" + s.next + "-" + Math.floor(s.id / perFile);
    return need(name).then(function (file) {
      var at = file.t.indexOf(s.id);
      if (at < 0) throw new Error("search data incomplete: search/" + name + ".js");
      var p = decode(file.d[at], file.s[at]);
      s.docs = s.docs.concat(p.docs);
      s.scores = s.scores.concat(p.scores);
      s.rest = p.rest;
      s.next++;
    });
  }

  // The top k hits. `firstK` and `onFirst`, both optional: the first firstK hits are handed to
  // onFirst as soon as they are certain, when that is before the top k are (a later chunk may be
  // needed for the k-th only), so their questions can load while that chunk does.
  function topHits(wordQueries, k, firstK, onFirst) {
    var words = wordQueries.map(function (xs) { return xs.map(stream); });
    function step() {
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
        for (var w = 0; w < n; w++) {
          low += best[w];
          high += Math.max(best[w], limits[w]);
          if (best[w] < limits[w]) exact = false;
        }
        (exact ? sure : open).push({ doc: doc, score: Math.fround(low), high: Math.fround(high) });
      });
      sure.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
      var unseen = Math.fround(limits.reduce(function (a, b) { return a + b; }, 0));
      if (certain(sure, open, unseen, k)) return Promise.resolve(sure.slice(0, k));
      if (onFirst && certain(sure, open, unseen, firstK)) {
        onFirst(sure.slice(0, firstK));
        onFirst = null;
      }
      var next = null;
      words.forEach(function (streams) {
        streams.forEach(function (s) { if (bound(s) > 0 && (!next || bound(s) > bound(next))) next = s; });
      });
      return more(next).then(step);
    }
    return step();
  }

  // Whether the first k sure hits are the top k: nothing open or unseen can reach the k-th.
  function certain(sure, open, unseen, k) {
    if (!open.length && unseen === 0) return true;
    if (sure.length < k) return false;
    var last = sure[k - 1];
    if (unseen >= last.score) return false;
    return open.every(function (o) {
      return o.high < last.score || (o.high === last.score && o.doc > last.doc);
    });
  }

  // The top hits of a query, ranked, before any question text is loaded: {query, hits: [{doc,
  // score}], highlight, perChunk}. `onFirst`, optional, gets the same for the first FIRST_SHOWN
  // hits when they are certain before the rest (see topHits).
  function rank(query, onFirst) {
    var words = surfaceWords(query);
    var prefix = prefixIndex(query, words);
    return Promise.all(words.map(function (word, i) { return expandWord(word, i === prefix); }))
      .then(function (expanded) {
        var highlight = new Set(words), perChunk = 0;
        expanded.forEach(function (xs) {
          xs.forEach(function (x) { highlight.add(x.entry.word); perChunk = x.entry.shard.n; });
        });
        function ranked(hits) {
          return { query: query, hits: hits, highlight: highlight, perChunk: perChunk };
        }
        var first = onFirst && function (hits) { onFirst(ranked(hits)); };
        return topHits(expanded, MAX_RESULTS, FIRST_SHOWN, first).then(ranked);
      });
  }

  // The whole result of a query, every hit with its question: what the search box ends up showing.
  function search(query) {
    return rank(query).then(function (ranked) {
      return withDocs(ranked.hits, ranked.perChunk).then(function (docs) {
        return { query: query, hits: docs, highlight: ranked.highlight };
      });
    });
  }

  // Hits only come from loaded word shards, and each shard says how many questions a chunk holds.
  function withDocs(hits, perChunk) {
    var chunks = {};
    hits.forEach(function (h) { chunks[Math.floor(h.doc / perChunk)] = true; });
    return Promise.all(Object.keys(chunks).map(function (c) { return need("d-" + c); }))
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
  // kbSearch.timings: one entry per query whose list was shown complete (a query overtaken by a
  // newer one gets none), pushed once the whole list is in the page: {query, firstMs, ms}, in ms
  // from the query's input event: `firstMs` until its first FIRST_SHOWN results (or all, if fewer)
  // were in the page, `ms` until the whole list was; equal when the list took one step.
  var active = -1, sequence = 0, timings = [];
  var answered = 0; // the sequence number of the last query whose list or error is in the page
  // The sequence number of the query whose list the reader closed (Escape, a click elsewhere): a
  // list or message that query shows later fills the panel but leaves it closed.
  var dismissed = -1;

  function highlighted(text, words) {
    var fragment = document.createDocumentFragment(), at = 0, match, word = new RegExp(WORD);
    while ((match = word.exec(text)) !== null) {
      if (!matches(match[0], words)) continue;
      // Dots around a word ("port." ending a sentence) are not part of it: leave them unmarked.
      var start = match.index + (match[0].length - match[0].replace(/^\.+/, "").length);
      var end = start + match[0].replace(/^\.+|\.+$/g, "").length;
      if (start > at) fragment.appendChild(document.createTextNode(text.slice(at, start)));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(start, end);
      fragment.appendChild(mark);
      at = end;
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

  // A new list: the first hits of a query, or all of them when `complete`.
  function render(query, hits, highlight, complete) {
    answered = sequence;
    clearList();
    if (!hits.length) {
      var empty = document.createElement("p");
      empty.className = "search-empty";
      empty.textContent = "No questions match \u201c" + query.trim() + "\u201d.";
      panel.appendChild(empty);
    }
    addResults(hits, highlight, 0);
    listed(complete, hits.length);
    reveal();
  }

  // The rest of the list, below the results shown first; a selected result stays selected.
  function renderRest(hits, highlight) {
    addResults(hits, highlight, panel.querySelectorAll(".search-result").length);
    listed(true, panel.querySelectorAll(".search-result").length);
  }

  function addResults(hits, highlight, from) {
    hits.forEach(function (hit, i) {
      var a = document.createElement("a");
      a.className = "search-result";
      a.id = "search-result-" + (from + i);
      a.href = root + hit.url;
      a.setAttribute("role", "option");
      a.setAttribute("aria-selected", "false");
      a.setAttribute("data-score", String(hit.score));
      var title = document.createElement("span");
      title.className = "search-result-title";
      title.appendChild(document.createTextNode("Q" + hit.number + ": "));
      title.appendChild(highlighted(hit.question, highlight));
      var page = document.createElement("span");
      page.className = "search-result-page";
      page.textContent = hit.page;
      var text = document.createElement("span");
      text.className = "search-result-snippet";
      text.appendChild(highlighted(snippet(hit.text, highlight), highlight));
      a.appendChild(title);
      a.appendChild(page);
      a.appendChild(text);
      panel.appendChild(a);
    });
  }

  // The count is announced once, when the list is complete; until then the list is marked busy.
  function listed(complete, count) {
    if (complete) {
      panel.removeAttribute("aria-busy");
      status.textContent = count + (count === 1 ? " result" : " results");
    } else {
      panel.setAttribute("aria-busy", "true");
      status.textContent = "";
    }
  }

  // Shows a query's results in two steps: the first FIRST_SHOWN hits once their questions are
  // loaded, then, once theirs are, the rest of the list below them, in ranking order. The first
  // hits' questions load as soon as those hits are certain, beside any later postings chunk the
  // rest still needs. `current()` says whether this is still the latest query; a newer one cancels
  // either step. Resolves to the query's entry in kbSearch.timings, or null when cancelled.
  function showResults(query, current, started) {
    var shown = null; // the first step: resolves to firstMs once its hits are in the page
    var rankingFailed = false; // then the error is shown: a first step ending later keeps away
    function showFirst(ranked, complete) {
      shown = withDocs(ranked.hits, ranked.perChunk).then(function (docs) {
        if (!current() || rankingFailed) return null;
        render(query, docs, ranked.highlight, complete);
        return performance.now() - started;
      });
      // An early step's failure is reported once ranking ends, through the chain below; if
      // ranking fails as well, or a newer query came, it is dropped and the ranking's error or
      // the newer list is what shows. Until then it is not reported as unhandled.
      shown.catch(function () {});
    }
    return rank(query, function (first) { showFirst(first, false); }).then(function (ranked) {
      if (!current()) return null;
      var rest = ranked.hits.slice(FIRST_SHOWN);
      var early = shown !== null; // the first step began before ranking ended: its list is busy
      if (!early) {
        showFirst({ hits: ranked.hits.slice(0, FIRST_SHOWN), perChunk: ranked.perChunk,
          highlight: ranked.highlight }, !rest.length);
      }
      return shown.then(function (firstMs) {
        if (firstMs === null || !current()) return null;
        if (!rest.length && !early) {
          return { query: query, firstMs: firstMs, ms: firstMs };
        }
        return withDocs(rest, ranked.perChunk).then(function (more) {
          if (!current()) return null;
          renderRest(more, ranked.highlight);
          return { query: query, firstMs: firstMs, ms: performance.now() - started };
        });
      });
    }, function (error) {
      rankingFailed = true;
      throw error;
    });
  }

  // An empty list, nothing selected: what a new list or message starts from.
  function clearList() {
    panel.textContent = "";
    active = -1;
    input.removeAttribute("aria-activedescendant");
  }

  // The search could not finish: the site's search data are incomplete. Said in the list and
  // announced, instead of a partial or empty list that would look like the answer.
  function failed(error) {
    answered = sequence;
    var text = "Search is unavailable: " + error.message + ".";
    say("search-error", text, false);
    status.textContent = text;
  }

  // A query still waiting for data: the list it replaces, if any, is no answer to it.
  function pending(query) {
    say("search-pending", "Searching for \u201c" + query.trim() + "\u201d\u2026", true);
    status.textContent = "";
  }

  // A message in place of the list, marked busy while a query is still on its way.
  function say(kind, text, busy) {
    clearList();
    var message = document.createElement("p");
    message.className = "search-empty " + kind;
    message.textContent = text;
    panel.appendChild(message);
    if (busy) panel.setAttribute("aria-busy", "true");
    else panel.removeAttribute("aria-busy");
    reveal();
  }

  // A closed list has no option to point at; reopened, the selection it kept is pointed at again.
  function open(show) {
    panel.hidden = !show;
    input.setAttribute("aria-expanded", show ? "true" : "false");
    var items = panel.querySelectorAll(".search-result");
    if (show && active >= 0 && active < items.length) {
      input.setAttribute("aria-activedescendant", items[active].id);
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }

  // What the query shows opens the panel, unless the reader closed it since typing it.
  function reveal() {
    if (dismissed !== sequence) open(true);
  }

  function dismiss() {
    dismissed = sequence;
    open(false);
  }

  // The reader asks for the list again: clicking or focusing the box, or an arrow key. Before
  // anything is shown, the list opens when it comes.
  function reopen() {
    dismissed = -1;
    if (panel.childNodes.length) open(true);
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
      if (!surfaceWords(query).length) {
        panel.textContent = "";
        panel.removeAttribute("aria-busy");
        open(false);
        return;
      }
      setTimeout(function () {
        if (mine === sequence && answered !== mine) pending(query);
      }, PENDING_MS);
      showResults(query, function () { return mine === sequence; }, started).then(function (timing) {
        if (timing) timings.push(timing);
      }, function (error) {
        if (mine === sequence) failed(error);
      });
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        if (panel.hidden) { reopen(); return; } // shown first: nothing is chosen unseen
        // With nothing selected (active is -1), up goes to the last result.
        select(event.key === "ArrowDown" ? active + 1 : active < 0 ? -1 : active - 1);
      } else if (event.key === "Enter" && !panel.hidden) {
        var items = panel.querySelectorAll(".search-result");
        var target = items[active < 0 ? 0 : active];
        if (target) { event.preventDefault(); window.location.href = target.href; }
      } else if (event.key === "Escape" && dismissed !== sequence && surfaceWords(input.value).length) {
        // Closes the list, or the one on its way, and keeps the query; once it is closed, the
        // browser's own Escape (Chromium and Safari empty a search box) goes ahead.
        event.preventDefault();
        dismiss();
      }
    });
    input.addEventListener("focus", reopen);
    input.addEventListener("click", reopen);
    document.addEventListener("click", function (event) {
      if (!event.target.closest(".search")) dismiss();
    });
  }

  window.kbSearch = {
    data: receive, search: search, timings: timings, patienceMs: PATIENCE_MS, fold: fold
  };
})();
