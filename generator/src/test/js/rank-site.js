// Ranks queries in Node over a built site's own search data with kb-rank.js, for the JUnit
// differential tests (kb.search.NodeRanking):
//   node rank-site.js KB_RANK_JS SEARCH_FOLDER QUERIES OUT
// QUERIES holds one query a line; the site's language is its index.html's, as a page has it. OUT
// gets four lines a query: the URLs of its top hits, the files it loaded (in order, question files
// last), the file it failed on or nothing, and the hits' scores; the items of a line are separated
// by tabs.
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");
const { rankOver } = require("./search-data.js");

const [kbRankJs, searchFolder, queriesFile, outFile] = process.argv.slice(2);
const kbRank = require(path.resolve(kbRankJs));

// A data file run as a page runs it, a script calling kbSearch.data(name, payload); null when
// it is not there or hands over nothing. Read once, as a page keeps what it loaded.
const received = new Map();
const page = vm.createContext({ kbSearch: { data: (name, payload) => received.set(name, payload) } });
function read(name) {
  if (!received.has(name)) {
    const file = path.join(searchFolder, name + ".js");
    if (fs.existsSync(file)) vm.runInContext(fs.readFileSync(file, "utf8"), page, { filename: file });
    if (!received.has(name)) received.set(name, null);
  }
  return received.get(name);
}

const home = fs.readFileSync(path.join(searchFolder, "..", "index.html"), "utf8");
const lang = (home.match(/<html lang="([^"]*)"/) || [])[1] || "";

const lines = [];
const queries = fs.readFileSync(queriesFile, "utf8").split("\n");
queries.pop(); // the text after the last line break
for (const query of queries) {
  const { plan, steps, files } = rankOver(kbRank, query, read, lang);
  const loaded = steps.flat();
  let urls = [], scores = [], failed = plan.failed || "";
  if (!failed) {
    const asked = kbRank.questions(plan.hits, plan.perChunk, files).needs;
    asked.forEach((name) => (files[name] = read(name)));
    loaded.push(...asked);
    const shown = kbRank.questions(plan.hits, plan.perChunk, files);
    failed = shown.failed || "";
    urls = failed ? [] : shown.questions.map((q) => q.url);
    scores = failed ? [] : plan.hits.map((h) => String(h.score));
  }
  lines.push(urls.join("\t"), loaded.join("\t"), failed, scores.join("\t"));
}
fs.writeFileSync(outFile, lines.map((l) => l + "\n").join(""));
