package kb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Exports what a browser needs to rank exactly like {@link FaqSearcher}, as plain script files (no
 * fetch, no WebAssembly, so it works from {@code file://}):
 *
 * <ul>
 *   <li>{@code search/w-<first code point in hex>.js}: the vocabulary words starting with that
 *       character, each with its term's postings: question ids and the float score Lucene gives the
 *       question for that term at boost 1. A large shard is split by the first two characters
 *       ({@code w-<hex>-<hex>.js}) and then lists its parts.
 *   <li>{@code search/d-<n>.js}: questions {@code n*16} to {@code n*16+15}: URL, number, question,
 *       page title and the start of the answer for snippets.
 * </ul>
 *
 * A query loads only the shards of its words' first characters and the chunks of the questions it
 * shows. Scores are written as base64 little-endian float32, so the browser reads the exact floats
 * Lucene computed.
 */
public final class BrowserIndexExporter {

  static final int DOCS_PER_CHUNK = 16;
  static final int SNIPPET_SOURCE_CHARS = 480;
  static final int SPLIT_ABOVE_BYTES = 24_000;

  /** One term's matches: question ids ascending and their scores. */
  record Postings(int[] docs, float[] scores) {}

  public List<SearchDataFile> export(FaqSearcher searcher, List<QuestionDoc> docs) {
    Map<String, Postings> postings = new HashMap<>();
    for (String term : searcher.vocabulary().terms()) {
      postings.put(term, postingsOf(searcher, term));
    }
    List<SearchDataFile> files = new ArrayList<>();
    files.addAll(wordShards(searcher.vocabulary(), postings));
    files.addAll(docChunks(docs));
    return List.copyOf(files);
  }

  private static Postings postingsOf(FaqSearcher searcher, String term) {
    try {
      return searcher.searcher().search(FaqSearcher.termQuery(term), new AllHits());
    } catch (IOException e) {
      throw new UncheckedIOException("scoring term " + term, e);
    }
  }

  private static List<SearchDataFile> wordShards(
      Vocabulary vocabulary, Map<String, Postings> postings) {
    Map<String, List<Vocabulary.Entry>> byFirst = new TreeMap<>(Vocabulary::compareCodePoints);
    for (Vocabulary.Entry entry : vocabulary.all()) {
      byFirst.computeIfAbsent(prefix(entry.word(), 1), k -> new ArrayList<>()).add(entry);
    }
    List<SearchDataFile> files = new ArrayList<>();
    for (Map.Entry<String, List<Vocabulary.Entry>> group : byFirst.entrySet()) {
      List<Vocabulary.Entry> words = group.getValue();
      if (estimate(words, postings) <= SPLIT_ABOVE_BYTES) {
        files.add(shard(group.getKey(), words, List.of(), postings));
        continue;
      }
      Map<String, List<Vocabulary.Entry>> byTwo = new TreeMap<>(Vocabulary::compareCodePoints);
      List<Vocabulary.Entry> single = new ArrayList<>();
      for (Vocabulary.Entry entry : words) {
        String key = prefix(entry.word(), 2);
        if (key.equals(group.getKey())) {
          single.add(entry);
        } else {
          byTwo.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
        }
      }
      files.add(shard(group.getKey(), single, List.copyOf(byTwo.keySet()), postings));
      byTwo.forEach((key, part) -> files.add(shard(key, part, List.of(), postings)));
    }
    return files;
  }

  private static SearchDataFile shard(
      String key, List<Vocabulary.Entry> words, List<String> split, Map<String, Postings> all) {
    Map<String, Integer> termIndex = new LinkedHashMap<>();
    int[] termOfWord = new int[words.size()];
    for (int i = 0; i < words.size(); i++) {
      String term = words.get(i).term();
      termOfWord[i] = term == null ? -1 : termIndex.computeIfAbsent(term, t -> termIndex.size());
    }
    JsonWriter json = new JsonWriter().beginObject();
    json.name("n").value(DOCS_PER_CHUNK);
    json.name("w").strings(words.stream().map(Vocabulary.Entry::word).toList());
    json.name("t").numbers(termOfWord);
    json.name("d").beginArray();
    termIndex.keySet().forEach(term -> json.numbers(deltas(all.get(term).docs())));
    json.endArray();
    json.name("s").beginArray();
    termIndex.keySet().forEach(term -> json.value(base64(all.get(term).scores())));
    json.endArray();
    if (!split.isEmpty()) {
      json.name("split").strings(split);
    }
    String name = "w-" + hex(key);
    return new SearchDataFile("search/" + name + ".js", script(name, json.endObject()));
  }

  private static List<SearchDataFile> docChunks(List<QuestionDoc> docs) {
    List<SearchDataFile> files = new ArrayList<>();
    for (int start = 0; start < docs.size(); start += DOCS_PER_CHUNK) {
      JsonWriter json = new JsonWriter().beginObject().name("docs").beginArray();
      for (QuestionDoc doc : docs.subList(start, Math.min(docs.size(), start + DOCS_PER_CHUNK))) {
        json.beginArray()
            .value(doc.url())
            .value(doc.number())
            .value(doc.question())
            .value(doc.pageTitle())
            .value(clip(doc.answer()))
            .endArray();
      }
      String name = "d-" + start / DOCS_PER_CHUNK;
      files.add(
          new SearchDataFile("search/" + name + ".js", script(name, json.endArray().endObject())));
    }
    return files;
  }

  private static String script(String name, JsonWriter payload) {
    return "kbSearch.data(\"" + name + "\"," + payload + ");\n";
  }

  private static int estimate(List<Vocabulary.Entry> words, Map<String, Postings> postings) {
    int bytes = 0;
    for (Vocabulary.Entry entry : words) {
      bytes += entry.word().length() + 4;
      if (entry.term() != null) {
        bytes += postings.get(entry.term()).docs().length * 9;
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

  private static int[] deltas(int[] docs) {
    int[] out = new int[docs.length];
    for (int i = 0; i < docs.length; i++) {
      out[i] = i == 0 ? docs[0] : docs[i] - docs[i - 1];
    }
    return out;
  }

  private static String base64(float[] scores) {
    ByteBuffer bytes = ByteBuffer.allocate(scores.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    for (float score : scores) {
      bytes.putFloat(score);
    }
    return Base64.getEncoder().encodeToString(bytes.array());
  }

  private static String clip(String text) {
    if (text.length() <= SNIPPET_SOURCE_CHARS) {
      return text;
    }
    int cut = text.lastIndexOf(' ', SNIPPET_SOURCE_CHARS);
    return text.substring(0, cut > SNIPPET_SOURCE_CHARS / 2 ? cut : SNIPPET_SOURCE_CHARS) + " …";
  }

  /** Collects every matching question with its exact score, in question order. */
  private static final class AllHits implements CollectorManager<AllHits.Gather, Postings> {

    @Override
    public Gather newCollector() {
      return new Gather();
    }

    @Override
    public Postings reduce(Collection<Gather> collectors) {
      TreeMap<Integer, Float> merged = new TreeMap<>();
      collectors.forEach(c -> merged.putAll(c.hits));
      int[] docs = new int[merged.size()];
      float[] scores = new float[merged.size()];
      int i = 0;
      for (Map.Entry<Integer, Float> hit : merged.entrySet()) {
        docs[i] = hit.getKey();
        scores[i++] = hit.getValue();
      }
      return new Postings(docs, scores);
    }

    static final class Gather extends SimpleCollector {
      private final Map<Integer, Float> hits = new HashMap<>();
      private Scorable scorer;
      private int docBase;

      @Override
      protected void doSetNextReader(LeafReaderContext context) {
        docBase = context.docBase;
      }

      @Override
      public void setScorer(Scorable scorer) {
        this.scorer = scorer;
      }

      @Override
      public void collect(int doc) throws IOException {
        hits.put(docBase + doc, scorer.score());
      }

      @Override
      public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE;
      }
    }
  }
}
