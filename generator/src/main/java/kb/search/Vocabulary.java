package kb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import kb.parallel.ParallelLoop;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * Every surface word of a brand's questions, with its index term and how many questions that term
 * matches. Queries are expanded against it (prefix, typo) in Java and, from the exported copy, in
 * the browser. Words sort by code point. Thread-safe; the words never change.
 */
public final class Vocabulary {

  /**
   * One surface word.
   *
   * @param word the word as the surface analysis gives it, lower case
   * @param term its index term, or null for a stop word
   */
  public record Entry(String word, String term) {}

  /** By word, in code point order: looked up by binary search. */
  private final List<Entry> words;

  private final IndexSearcher searcher;
  private final Map<String, Integer> dfs = new ConcurrentHashMap<>();

  private Vocabulary(List<Entry> words, IndexSearcher searcher) {
    this.words = words;
    this.searcher = searcher;
  }

  /**
   * How many questions an entry's term matches, 0 for a stop word. Counted when first asked: only
   * the words a query expands to need it.
   */
  public int df(Entry entry) {
    return entry.term() == null ? 0 : dfs.computeIfAbsent(entry.term(), t -> count(searcher, t));
  }

  /** Reads the vocabulary field of an index; term document counts come from {@code searcher}. */
  public static Vocabulary read(IndexSearcher searcher, SearchAnalysis analysis) {
    try {
      IndexReader reader = searcher.getIndexReader();
      Terms terms = MultiTerms.getTerms(reader, SearchIndexWriter.WORDS);
      List<String> read = new ArrayList<>();
      if (terms != null) {
        TermsEnum each = terms.iterator();
        for (BytesRef bytes = each.next(); bytes != null; bytes = each.next()) {
          read.add(bytes.utf8ToString());
        }
      }
      // Each word's term on all cores: one at a time it was half a second at 10,000 pages.
      List<Entry> entries =
          ParallelLoop.map(read.size(), i -> new Entry(read.get(i), analysis.termOf(read.get(i))));
      return new Vocabulary(inCodePointOrder(entries), searcher);
    } catch (IOException e) {
      throw new UncheckedIOException("reading the search vocabulary", e);
    }
  }

  /**
   * How many questions hold the term in their question or answer: the union of the two fields'
   * postings, what {@code FaqSearcher.termQuery} matches, without scoring.
   */
  private static int count(IndexSearcher searcher, String term) {
    try {
      FixedBitSet docs = new FixedBitSet(Math.max(1, searcher.getIndexReader().maxDoc()));
      BytesRef bytes = new BytesRef(term);
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        for (String field : List.of(SearchIndexWriter.QUESTION, SearchIndexWriter.ANSWER)) {
          PostingsEnum postings = leaf.reader().postings(new Term(field, bytes), PostingsEnum.NONE);
          if (postings == null) {
            continue;
          }
          for (int doc = postings.nextDoc();
              doc != DocIdSetIterator.NO_MORE_DOCS;
              doc = postings.nextDoc()) {
            docs.set(leaf.docBase + doc);
          }
        }
      }
      return docs.cardinality();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The entries sorted by word, distinct. Lucene gives the words in the order of their UTF-8 bytes,
   * which is code point order already, so a sorted list is only checked: building a search tree of
   * them one by one took 0.44-0.58 s for 314,694 words (a harness, the old comparator), on the
   * search stage's one thread.
   */
  static List<Entry> inCodePointOrder(List<Entry> entries) {
    for (int i = 1; i < entries.size(); i++) {
      if (compareCodePoints(entries.get(i - 1).word(), entries.get(i).word()) >= 0) {
        TreeMap<String, Entry> sorted = new TreeMap<>(Vocabulary::compareCodePoints);
        entries.forEach(entry -> sorted.put(entry.word(), entry));
        return List.copyOf(sorted.values());
      }
    }
    return List.copyOf(entries);
  }

  public Entry get(String word) {
    int at = firstNotBefore(word);
    return at < words.size() && words.get(at).word().equals(word) ? words.get(at) : null;
  }

  /** Words that start with {@code prefix}, the prefix itself included if it is a word. */
  public Collection<Entry> withPrefix(String prefix) {
    String end = prefix + Character.toString(Character.MAX_CODE_POINT);
    return words.subList(firstNotBefore(prefix), firstNotBefore(end));
  }

  /** Where the first word not before {@code word} is, in code point order; the size if none is. */
  private int firstNotBefore(String word) {
    int low = 0;
    int high = words.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (compareCodePoints(words.get(middle).word(), word) < 0) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  /** All words, sorted by code point. */
  public Collection<Entry> all() {
    return words;
  }

  /** Distinct index terms, sorted by code point. */
  public List<String> terms() {
    List<String> terms = new ArrayList<>();
    for (Entry entry : words) {
      if (entry.term() != null) {
        terms.add(entry.term());
      }
    }
    return terms.stream().distinct().sorted(Vocabulary::compareCodePoints).toList();
  }

  /** Code point order: the order of UTF-8 bytes, and the order the browser sorts in. */
  static int compareCodePoints(String a, String b) {
    // Below the surrogates UTF-16 order is code point order: two words are compared unit by unit
    // up to where they differ, and by code points only where a unit from U+D800 up decides.
    int common = Math.min(a.length(), b.length());
    for (int k = 0; k < common; k++) {
      char x = a.charAt(k);
      char y = b.charAt(k);
      if (x != y) {
        if (x < Character.MIN_SURROGATE && y < Character.MIN_SURROGATE) {
          return Integer.compare(x, y);
        }
        return byCodePoints(a, b);
      }
    }
    return Integer.compare(a.length(), b.length());
  }

  private static int byCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
