// kb site search: the search box. kb-rank.js, loaded before it, ranks; this script loads the
// search data files the ranking asks for (plain scripts added on demand, so search works from
// file:// with no server) and shows the results. Results are built from text nodes: no markup
// from content or query is ever interpreted.
(function () {
  "use strict";

  // The site's words (kb.js reads them from the page); the key itself if kb.js is missing.
  var localized = window.kbMessage || function (key) { return key; };
  var FIRST_SHOWN = kbRank.FIRST_SHOWN; // results shown as soon as their questions load
  // A data file that has not arrived after this long fails the query that waits for it, naming
  // the file, instead of leaving the list as it was for good; a later query asks for it anew.
  // kbSearch.patienceMs changes it; Infinity turns it off.
  var PATIENCE_MS = 15000;
  var MAX_TIMER_MS = 2147483647; // longer (or not a number): no limit, as setTimeout cannot wait
  var PENDING_MS = 1000; // a query with nothing to show after this long says it is searching

  var root = document.body.getAttribute("data-root") || "";
  // The page's language picks the analysis, as the site's language picked the build's.
  var lang = document.documentElement.lang;
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

  // A question chunk the ranking names: failing to load it means the site is incomplete, which
  // is said, not shown around. (kbRank.plan tells the same of the ranking's own files.)
  function need(name) {
    return load(name).then(function (payload) {
      if (!payload) throw new Error("search data missing: search/" + name + ".js");
      return payload;
    });
  }

  function receive(name, payload) {
    loaded[name] = payload;
    if (waiting[name]) waiting[name].arrived(payload); // an earlier copy, given up on, ran first
  }

  // ---- ranking: kb-rank.js's steps, driven ------------------------------------------------

  // The top hits of a query, ranked, before any question text is loaded: kbRank.plan's last step,
  // {hits: [{doc, score}], highlight, perChunk}. Each step names the files it lacks; each is
  // asked for once, and each arrival is a new step, so what one word needs next is asked for
  // without waiting for another word's files. A file that failed counts for this query only: the
  // next one asks again. `onFirst`, optional, gets the same for the first FIRST_SHOWN hits when
  // they are certain before the rest, so their questions can load beside a later postings chunk.
  function rank(query, onFirst) {
    var files = {}, asked = {}, done = false;
    return new Promise(function (resolve, reject) {
      function fail(error) {
        done = true;
        reject(error);
      }
      function step() {
        if (done) return;
        var plan = kbRank.plan(query, files, lang);
        if (plan.failed) {
          fail(new Error("search data " + (plan.incomplete ? "incomplete" : "missing") +
            ": search/" + plan.failed + ".js"));
        } else if (plan.hits) {
          done = true;
          resolve(plan);
        } else {
          if (onFirst && plan.first) {
            onFirst({ hits: plan.first, highlight: plan.highlight, perChunk: plan.perChunk });
            onFirst = null;
          }
          plan.needs.forEach(ask);
        }
      }
      function ask(name) {
        if (asked[name]) return;
        asked[name] = true;
        load(name).then(function (payload) {
          files[name] = payload;
          step();
        }).catch(fail);
      }
      step();
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

  // The hits with their questions, once the files holding those are loaded.
  function withDocs(hits, perChunk) {
    return Promise.all(kbRank.questions(hits, perChunk, loaded).needs.map(need)).then(function () {
      return kbRank.questions(hits, perChunk, loaded).questions;
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
    var fragment = document.createDocumentFragment(), at = 0, match;
    var word = new RegExp(kbRank.wordPattern(lang));
    while ((match = word.exec(text)) !== null) {
      spans(match[0], words).forEach(function (span) {
        var start = match.index + span[0], end = match.index + span[1];
        if (start > at) fragment.appendChild(document.createTextNode(text.slice(at, start)));
        var mark = document.createElement("mark");
        mark.textContent = text.slice(start, end);
        fragment.appendChild(mark);
        at = end;
      });
    }
    if (at < text.length) fragment.appendChild(document.createTextNode(text.slice(at)));
    return fragment;
  }

  // The parts of a raw word to mark, [[start, end]] in UTF-16 units: the word, when it matches,
  // but the dots around it ("port." ending a sentence); in a run of Han characters, on a Chinese
  // site, each bigram that matches, not the whole run between two punctuation marks.
  function spans(token, words) {
    if (kbRank.isChinese(lang) && kbRank.isHan(token)) {
      var cps = Array.from(token), marked = [], out = [], offset = 0;
      if (cps.length === 1) marked[0] = matches(token, words);
      for (var i = 0; i + 1 < cps.length; i++) {
        if (matches(cps[i] + cps[i + 1], words)) marked[i] = marked[i + 1] = true;
      }
      cps.forEach(function (c, k) {
        var last = out[out.length - 1];
        if (marked[k]) {
          if (last && last[1] === offset) last[1] += c.length;
          else out.push([offset, offset + c.length]);
        }
        offset += c.length;
      });
      return out;
    }
    if (!matches(token, words)) return [];
    var start = token.length - token.replace(/^\.+/, "").length;
    return [[start, start + token.replace(/^\.+|\.+$/g, "").length]];
  }

  function matches(token, words) {
    return kbRank.words(token, lang, loaded).some(function (w) { return words.has(w); });
  }

  // `at`, or just after it when it would split a surrogate pair.
  function whole(text, at) {
    var unit = text.charCodeAt(at);
    return unit >= 0xDC00 && unit <= 0xDFFF ? at + 1 : at;
  }

  function snippet(text, words) {
    var match, first = -1, word = new RegExp(kbRank.wordPattern(lang));
    while ((match = word.exec(text)) !== null) {
      var found = spans(match[0], words);
      if (found.length) { first = match.index + found[0][0]; break; }
    }
    var start, end;
    if (kbRank.isChinese(lang)) {
      // A Han character is about as wide as two Latin letters: half the characters make as many
      // lines (kb.search.BrowserIndexExporter.CHINESE_SNIPPET_SOURCE_CHARS), cut anywhere but
      // inside a surrogate pair, as Chinese has no spaces between words.
      start = first < 35 ? 0 : whole(text, first - 25);
      end = whole(text, Math.min(text.length, start + 100));
    } else {
      start = first < 70 ? 0 : text.lastIndexOf(" ", first - 50) + 1;
      end = Math.min(text.length, start + 200);
      if (end < text.length) end = Math.max(text.lastIndexOf(" ", end), start + 120);
    }
    return (start > 0 ? "… " : "") + text.slice(start, end) + (end < text.length ? " …" : "");
  }

  // A new list: the first hits of a query, or all of them when `complete`.
  function render(query, hits, highlight, complete) {
    answered = sequence;
    clearList();
    if (!hits.length) {
      var empty = document.createElement("p");
      empty.className = "search-empty";
      empty.textContent = localized("search_none", { query: query.trim() });
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
      if (hit.number > 0) title.appendChild(document.createTextNode("Q" + hit.number + ": "));
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
      status.textContent = localized(count === 1 ? "search_result_one" : "search_result_other", { n: count });
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
    var text = localized("search_unavailable", { error: error.message });
    say("search-error", text, false);
    status.textContent = text;
  }

  // A query still waiting for data: the list it replaces, if any, is no answer to it.
  function pending(query) {
    say("search-pending", localized("searching", { query: query.trim() }), true);
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
      if (!kbRank.words(query).length) {
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
      } else if (event.key === "Escape" && dismissed !== sequence && kbRank.words(input.value).length) {
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
    data: receive, search: search, timings: timings, patienceMs: PATIENCE_MS
  };
})();
