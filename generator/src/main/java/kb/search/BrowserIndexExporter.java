package kb.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import kb.parallel.ParallelLoop;

/**
 * Exports what a browser needs to rank exactly like {@link FaqSearcher}, as plain script files (no
 * fetch, no WebAssembly, so it works from {@code file://}):
 *
 * <ul>
 *   <li>{@code search/w-<first code point in hex>.js}: the vocabulary words starting with that
 *       character, each with its index term; per term its id, how many questions it matches, and
 *       its first {@link ImpactPostings} chunk: the 10 questions it scores best, with the float
 *       score Lucene gives each at boost 1, and the best score of the rest when more follow (so has
 *       every chunk but a term's last). A large shard is split by one more character ({@code
 *       w-<hex>-<hex>.js}, and so on), keeping only the word equal to its key. The shard of a first
 *       character that is split holds {@code tree}: every shard below it, each as its last
 *       character followed by its own parts in parentheses ({@code "a(b)c"} under {@code "x"}: the
 *       shards of {@code xa}, {@code xab} and {@code xc}; no word holds a parenthesis). A query
 *       then loads every shard on its way at once, after the first, not one level at a time.
 *       Packed, as most of a site's data is here: {@code w} the words, {@link FrontCoding
 *       front-coded}; {@code t} each word's term in the shard (left out when word {@code i} has
 *       term {@code i}); {@code g} the terms' ids as {@link #runs}; {@code f} how many questions
 *       each matches; {@code d} the question ids of every term's first chunk ({@code min(f, c)}
 *       each) one after another; {@code sc} their scores, with each term's best rest, as {@link
 *       ScoreCodes} in one string, with {@code l}, {@code i} and {@code q} to rebuild them.
 *   <li>{@code search/p-<k>-<g>.js}: chunk {@code k} (from 1) of the postings of terms matching
 *       more than 10 questions; chunks grow fourfold. Chunks of neighbouring terms share a file:
 *       chunk {@code k} of the term with later ordinal {@code o} (its place among the terms with
 *       later chunks, which the word shards give as runs, {@code o}) is in group {@code g = o /
 *       TERMS_PER_FILE[k - 1]} (one term per file from the end of that list on), which the word
 *       shards repeat as {@code pg}. Neighbouring terms are often the words one prefix expands to.
 *       {@code t} the terms' ids, {@code d} their questions, {@code sc} their scores (the shard's
 *       codes).
 *   <li>{@code search/d-<n>.js}: questions {@code n*8} to {@code n*8+7}: URL, number, question,
 *       page title and the start of the answer for snippets.
 *   <li>For a site in Chinese, whose bigrams start with hundreds of distinct characters, the word
 *       shards are cut instead by ranges of first characters, each shard named by its first
 *       character ({@code w-<hex>.js}), and {@code search/a.js} lists where each range starts, with
 *       the Traditional-Simplified pairs the site's words need.
 * </ul>
 *
 * A query loads the shards of its words' first characters, the further postings chunks it needs
 * until its top results are certain, and the chunks of the questions it shows: what it loads grows
 * with the results, not with the site. Scores are written as {@link ScoreCodes}, from which the
 * browser rebuilds the exact floats Lucene computed.
 */
public final class BrowserIndexExporter {

  static final int DOCS_PER_CHUNK = 8;
  static final int SNIPPET_SOURCE_CHARS = 480;

  /**
   * A Han character is about as wide as two Latin letters, so a Chinese snippet of half as many
   * characters fills the result list's lines as an English one does (kb-search.js halves its window
   * too).
   */
  static final int CHINESE_SNIPPET_SOURCE_CHARS = SNIPPET_SOURCE_CHARS / 2;

  static final int SPLIT_ABOVE_BYTES = 16_000;

  /**
   * How many terms with later chunks (neighbours by their ordinal among those terms) share a file
   * of their chunk 1, chunk 2, ...: fewer of them have a chunk the farther it is, so at 1,000
   * Chinese pages a file holds about 9 KB of chunk 1, 12 KB of chunk 2, 19 KB of chunk 3 and 23 KB
   * of chunk 4; from chunk 5 on (2,560 postings) a term has a file to itself. A one-word query
   * loads none of these files; every file costs the build a file creation, which on a slow disk
   * costs more than its bytes.
   */
  static final int[] TERMS_PER_FILE = {64, 128, 256, 256};

  /** Runs of terms per core: enough that no core idles while another finishes a long run. */
  private static final int RUNS_PER_CORE = 8;

  public List<SearchDataFile> export(FaqSearcher searcher, List<QuestionDoc> docs) {
    List<String> terms = searcher.vocabulary().terms();
    TermScores scores = searcher.termScores();
    Map<String, ImpactPostings> postings = postings(scores, terms);
    Map<String, Integer> termIds = new HashMap<>();
    for (String term : terms) {
      termIds.put(term, termIds.size());
    }
    // Every file is made on its own, so all of them are made on all cores, in a fixed order.
    List<SearchDataFile> files = new ArrayList<>();
    boolean chinese = searcher.analysis().chinese();
    int[] later = laterOrdinals(terms, postings);
    files.addAll(
        wordShards(
            searcher.vocabulary(),
            chinese,
            new TermTable(postings, termIds, later, scores.codes())));
    files.addAll(laterChunks(terms, postings, later));
    files.addAll(docChunks(docs, chinese ? CHINESE_SNIPPET_SOURCE_CHARS : SNIPPET_SOURCE_CHARS));
    return List.copyOf(files);
  }

  /**
   * Every question each term matches, with the score Lucene gives it at boost 1, in impact order.
   * The sorted terms are cut into runs scored on all cores, each run walking the index forward.
   */
  private static Map<String, ImpactPostings> postings(TermScores scores, List<String> terms) {
    int runs = Math.max(1, Math.min(terms.size() / 256, RUNS_PER_CORE * cores()));
    List<List<String>> cut = new ArrayList<>();
    for (int r = 0; r < runs; r++) {
      long size = terms.size();
      cut.add(terms.subList((int) (size * r / runs), (int) (size * (r + 1) / runs)));
    }
    List<List<ImpactPostings>> scored =
        ParallelLoop.map(
            runs, r -> scores.of(cut.get(r)).stream().map(ImpactPostings::of).toList());
    Map<String, ImpactPostings> postings = new HashMap<>();
    for (int r = 0; r < runs; r++) {
      for (int i = 0; i < cut.get(r).size(); i++) {
        postings.put(cut.get(r).get(i), scored.get(r).get(i));
      }
    }
    return postings;
  }

  private static int cores() {
    return Runtime.getRuntime().availableProcessors();
  }

  /**
   * Each term's place among the terms with later chunks, in id order, or -1 for a term without:
   * later chunks are grouped into files by this ordinal, so each file is full.
   */
  private static int[] laterOrdinals(List<String> terms, Map<String, ImpactPostings> postings) {
    int[] later = new int[terms.size()];
    int next = 0;
    for (int id = 0; id < terms.size(); id++) {
      later[id] = postings.get(terms.get(id)).chunkCount() > 1 ? next++ : -1;
    }
    return later;
  }

  /** The files of chunks 1 and later: for each chunk number, one file per group of terms. */
  private static List<SearchDataFile> laterChunks(
      List<String> terms, Map<String, ImpactPostings> postings, int[] later) {
    int[] chunks = terms.stream().mapToInt(term -> postings.get(term).chunkCount()).toArray();
    List<LaterFile> files = new ArrayList<>();
    for (int k = 1; ; k++) {
      int perFile = termsPerFile(k);
      LaterFile last = null;
      for (int id = 0; id < terms.size(); id++) {
        if (chunks[id] <= k) {
          continue;
        }
        int group = later[id] / perFile;
        if (last == null || group != last.group()) {
          last = new LaterFile(k, group, new ArrayList<>());
          files.add(last);
        }
        last.ids().add(id);
      }
      if (last == null) {
        break;
      }
    }
    return ParallelLoop.map(files.size(), i -> laterChunk(files.get(i), terms, postings));
  }

  /** One file of later chunks: chunk {@code k} of the terms {@code ids}, in group {@code group}. */
  private record LaterFile(int k, int group, List<Integer> ids) {}

  private static int termsPerFile(int k) {
    return k <= TERMS_PER_FILE.length ? TERMS_PER_FILE[k - 1] : 1;
  }

  private static SearchDataFile laterChunk(
      LaterFile file, List<String> terms, Map<String, ImpactPostings> postings) {
    int k = file.k();
    List<Integer> ids = file.ids();
    JsonWriter json = new JsonWriter().beginObject();
    json.name("t").numbers(ids.stream().mapToInt(Integer::intValue).toArray());
    json.name("d").beginArray();
    ids.forEach(id -> json.numbers(postings.get(terms.get(id)).chunkDocs(k)));
    json.endArray();
    json.name("sc").beginArray();
    ids.forEach(id -> json.value(postings.get(terms.get(id)).chunkScores(k)));
    json.endArray();
    String name = "p-" + k + "-" + file.group();
    // Question numbers and scores: no text of the site for the checks to read.
    return new SearchDataFile("search/" + name + ".js", script(name, json.endObject()), "");
  }

  private static List<SearchDataFile> wordShards(
      Vocabulary vocabulary, boolean chinese, TermTable table) {
    if (chinese) {
      List<List<Vocabulary.Entry>> ranges = ranges(List.copyOf(vocabulary.all()), table.postings());
      List<SearchDataFile> files = new ArrayList<>();
      files.add(chineseAnalysis(ranges));
      ranges.forEach(range -> files.add(shard(prefix(range.get(0).word(), 1), range, "", table)));
      return files;
    }
    Map<String, List<Vocabulary.Entry>> byFirst = new TreeMap<>(Vocabulary::compareCodePoints);
    for (Vocabulary.Entry entry : vocabulary.all()) {
      byFirst.computeIfAbsent(prefix(entry.word(), 1), k -> new ArrayList<>()).add(entry);
    }
    return byFirstCharacter(byFirst, table);
  }

  /**
   * The words of a Chinese site, cut in code point order into shards of about {@link
   * #SPLIT_ABOVE_BYTES} each, never between words of the same first character: a shard per first
   * character would make a file per distinct character of the text, hundreds for one page, as every
   * bigram starts a word.
   */
  private static List<List<Vocabulary.Entry>> ranges(
      List<Vocabulary.Entry> words, Map<String, ImpactPostings> postings) {
    List<List<Vocabulary.Entry>> ranges = new ArrayList<>();
    List<Vocabulary.Entry> range = new ArrayList<>();
    int size = 0;
    for (int i = 0; i < words.size(); ) {
      int first = words.get(i).word().codePointAt(0);
      int end = i;
      while (end < words.size() && words.get(end).word().codePointAt(0) == first) {
        end++;
      }
      List<Vocabulary.Entry> same = words.subList(i, end);
      int bytes = estimate(same, postings);
      if (!range.isEmpty() && size + bytes > SPLIT_ABOVE_BYTES) {
        ranges.add(range);
        range = new ArrayList<>();
        size = 0;
      }
      range.addAll(same);
      size += bytes;
      i = end;
    }
    if (!range.isEmpty()) {
      ranges.add(range);
    }
    return ranges;
  }

  /**
   * {@code search/a.js}, what the browser needs before it can look up a Chinese site's words:
   * {@code shards}, the first code point of each word shard ({@code w-<its hex>.js} holds the words
   * whose first character is from there to the next shard's); {@code fold}, the
   * Traditional-Simplified pairs whose Simplified character is in the site's words, as one string
   * of pairs. A query character that folds to a character the site lacks finds nothing either way,
   * and every Simplified character folds to itself, so with this part of the table the browser
   * folds as Lucene does wherever it matters.
   */
  private static SearchDataFile chineseAnalysis(List<List<Vocabulary.Entry>> ranges) {
    Set<Integer> used = new HashSet<>();
    ranges.forEach(range -> range.forEach(e -> e.word().codePoints().forEach(used::add)));
    StringBuilder fold = new StringBuilder();
    ChineseFold.traditionalSimplified()
        .forEach(
            (from, to) -> {
              if (used.contains(to)) {
                fold.appendCodePoint(from).appendCodePoint(to);
              }
            });
    JsonWriter json = new JsonWriter().beginObject();
    json.name("shards")
        .numbers(ranges.stream().mapToInt(range -> range.get(0).word().codePointAt(0)).toArray());
    json.name("fold").value(fold.toString());
    return new SearchDataFile("search/a.js", script("a", json.endObject()));
  }

  private static List<SearchDataFile> byFirstCharacter(
      Map<String, List<Vocabulary.Entry>> byFirst, TermTable table) {
    List<Map.Entry<String, List<Vocabulary.Entry>>> firsts = List.copyOf(byFirst.entrySet());
    List<List<SearchDataFile>> shards =
        ParallelLoop.map(
            firsts.size(),
            i -> {
              List<SearchDataFile> files = new ArrayList<>();
              shards(firsts.get(i).getKey(), 1, firsts.get(i).getValue(), table, files);
              return files;
            });
    return shards.stream().flatMap(List::stream).toList();
  }

  /**
   * The shard of the words starting with {@code key} ({@code depth} code points); a large one keeps
   * only the word equal to its key and is split by one more character, again and again. Returns the
   * shards below it as a first character's {@code tree} lists them (see the class comment).
   */
  private static String shards(
      String key,
      int depth,
      List<Vocabulary.Entry> words,
      TermTable table,
      List<SearchDataFile> files) {
    Map<String, List<Vocabulary.Entry>> byNext = new TreeMap<>(Vocabulary::compareCodePoints);
    List<Vocabulary.Entry> here = new ArrayList<>();
    for (Vocabulary.Entry entry : words) {
      if (entry.word().codePointCount(0, entry.word().length()) <= depth) {
        here.add(entry);
      } else {
        byNext.computeIfAbsent(prefix(entry.word(), depth + 1), k -> new ArrayList<>()).add(entry);
      }
    }
    if (estimate(words, table.postings()) <= SPLIT_ABOVE_BYTES || byNext.isEmpty()) {
      files.add(shard(key, words, "", table));
      return "";
    }
    int at = files.size();
    files.add(null); // the shard before its parts; made once the tree below it is known
    StringBuilder tree = new StringBuilder();
    byNext.forEach(
        (next, part) -> {
          String below = shards(next, depth + 1, part, table, files);
          tree.appendCodePoint(next.codePointBefore(next.length()));
          if (!below.isEmpty()) {
            tree.append('(').append(below).append(')');
          }
        });
    String topTree = depth == 1 ? tree.toString() : "";
    files.set(at, shard(key, here, topTree, table));
    return tree.toString();
  }

  private static SearchDataFile shard(
      String key, List<Vocabulary.Entry> words, String tree, TermTable table) {
    Map<String, Integer> termIndex = new LinkedHashMap<>();
    int[] termOfWord = new int[words.size()];
    for (int i = 0; i < words.size(); i++) {
      String term = words.get(i).term();
      termOfWord[i] = term == null ? -1 : termIndex.computeIfAbsent(term, t -> termIndex.size());
    }
    List<String> wordList = words.stream().map(Vocabulary.Entry::word).toList();
    List<ImpactPostings> postings = termIndex.keySet().stream().map(table.postings()::get).toList();
    JsonWriter json = new JsonWriter().beginObject();
    json.name("n").value(DOCS_PER_CHUNK);
    json.name("c").value(ImpactPostings.FIRST_CHUNK);
    json.name("pg").numbers(TERMS_PER_FILE);
    json.name("w").value(FrontCoding.encode(wordList));
    if (!isIdentity(termOfWord)) {
      json.name("t").numbers(termOfWord);
    }
    json.name("g").numbers(runs(termIndex.keySet().stream().mapToInt(table.ids()::get).toArray()));
    json.name("o")
        .numbers(
            runs(
                termIndex.keySet().stream()
                    .mapToInt(term -> table.later()[table.ids().get(term)])
                    .filter(ordinal -> ordinal >= 0)
                    .toArray()));
    json.name("f").numbers(postings.stream().mapToInt(ImpactPostings::df).toArray());
    json.name("d")
        .numbers(postings.stream().flatMapToInt(p -> IntStream.of(p.chunkDocs(0))).toArray());
    json.name("sc").value(firstChunkScores(postings));
    table.codes().writeShardFields(postings, json);
    if (!tree.isEmpty()) {
      json.name("tree").value(tree);
    }
    String name = "w-" + hex(key);
    return new SearchDataFile(
        "search/" + name + ".js", script(name, json.endObject()), String.join("\n", wordList));
  }

  /** Whether each word has a term of its own, in order: then the shard leaves {@code t} out. */
  private static boolean isIdentity(int[] termOfWord) {
    for (int i = 0; i < termOfWord.length; i++) {
      if (termOfWord[i] != i) {
        return false;
      }
    }
    return true;
  }

  /**
   * Term ids as runs of consecutive ids, each as its first id and its length: a shard's terms are
   * mostly neighbours ({@code [40, 3, 47, 1]} is 40, 41, 42, 47).
   */
  static int[] runs(int[] ids) {
    List<Integer> runs = new ArrayList<>();
    for (int i = 0; i < ids.length; ) {
      int end = i + 1;
      while (end < ids.length && ids[end] == ids[end - 1] + 1) {
        end++;
      }
      runs.add(ids[i]);
      runs.add(end - i);
      i = end;
    }
    return runs.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Every term's first chunk of scores, one after another, as one string. */
  private static String firstChunkScores(List<ImpactPostings> postings) {
    StringBuilder out = new StringBuilder();
    postings.forEach(p -> p.appendChunkScores(0, out));
    return out.toString();
  }

  /** What the word shards are made of: every term's postings and id, and how scores are written. */
  private record TermTable(
      Map<String, ImpactPostings> postings,
      Map<String, Integer> ids,
      int[] later,
      ScoreCodes codes) {}

  private static List<SearchDataFile> docChunks(List<QuestionDoc> docs, int snippetChars) {
    int chunks = (docs.size() + DOCS_PER_CHUNK - 1) / DOCS_PER_CHUNK;
    return ParallelLoop.map(chunks, n -> docChunk(docs, n, snippetChars));
  }

  private static SearchDataFile docChunk(List<QuestionDoc> all, int n, int snippetChars) {
    int start = n * DOCS_PER_CHUNK;
    JsonWriter json = new JsonWriter().beginObject().name("docs").beginArray();
    for (QuestionDoc doc : all.subList(start, Math.min(all.size(), start + DOCS_PER_CHUNK))) {
      json.beginArray()
          .value(doc.url())
          .value(doc.number())
          .value(doc.question())
          .value(doc.pageTitle())
          .value(clip(doc.answer(), snippetChars))
          .endArray();
    }
    String name = "d-" + n;
    return new SearchDataFile("search/" + name + ".js", script(name, json.endArray().endObject()));
  }

  private static String script(String name, JsonWriter payload) {
    return "kbSearch.data(\"" + name + "\"," + payload + ");\n";
  }

  private static int estimate(List<Vocabulary.Entry> words, Map<String, ImpactPostings> postings) {
    int bytes = 0;
    for (Vocabulary.Entry entry : words) {
      // Front-coded, a word costs about its length plus its code; a term its question numbers
      // (about 5 characters each) and their score codes (2 each, one more when more follow).
      bytes += entry.word().length() + 2;
      if (entry.term() != null) {
        int df = postings.get(entry.term()).df();
        bytes += Math.min(ImpactPostings.FIRST_CHUNK, df) * 5;
        bytes += Math.min(ImpactPostings.FIRST_CHUNK + 1, df) * 2 + 3;
      }
    }
    return bytes;
  }

  private static String prefix(String word, int codePoints) {
    int end =
        word.offsetByCodePoints(0, Math.min(codePoints, word.codePointCount(0, word.length())));
    return word.substring(0, end);
  }

  /** The code points of a shard key in hex, joined by "-": "po" becomes "70-6f". */
  static String hex(String key) {
    StringBuilder out = new StringBuilder();
    key.codePoints()
        .forEach(c -> out.append(out.length() == 0 ? "" : "-").append(Integer.toHexString(c)));
    return out.toString();
  }

  /** The answer's start: cut at a space in its second half, else at the limit, never in a pair. */
  static String clip(String text, int chars) {
    if (text.length() <= chars) {
      return text;
    }
    int cut = text.lastIndexOf(' ', chars);
    if (cut <= chars / 2) {
      cut = Character.isHighSurrogate(text.charAt(chars - 1)) ? chars - 1 : chars;
    }
    return text.substring(0, cut) + " …";
  }
}
