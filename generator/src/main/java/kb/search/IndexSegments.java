package kb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import kb.cache.BuildCache;
import kb.cache.CacheKey;
import kb.cache.KeyBuilder;
import kb.cache.ValueReader;
import kb.cache.ValueWriter;
import kb.markdown.RenderedPage;
import kb.parallel.ParallelLoop;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;

/**
 * A site's search documents indexed in groups of consecutive pages, each group into a Lucene
 * segment of its own that the build cache keeps: a build after one edit indexes one group again and
 * copies the others' segments. Scores do not depend on how documents lie in segments.
 */
public final class IndexSegments {

  /** Pages a group holds: at 10,000 pages, 50 segments, and an edit indexes 0.5% of them again. */
  static final int PAGES_PER_GROUP = 200;

  /**
   * The documents {@code from} (inclusive) to {@code to} (exclusive) of a site, and a key of
   * everything they are made from.
   */
  public record Group(int from, int to, CacheKey key) {}

  /** A group's documents as a segment, and the surface words they hold. */
  record Segment(Directory directory, Set<String> words) {}

  private final BuildCache cache;
  private final List<Group> groups;

  private IndexSegments(BuildCache cache, List<Group> groups) {
    this.cache = cache;
    this.groups = List.copyOf(groups);
  }

  /**
   * The groups of {@code pages}' documents ({@link SearchIndexWriter#docs}), each keyed by the keys
   * {@code pageKeys} gives its pages (null: the page's documents are hashed instead).
   */
  public static IndexSegments of(
      BuildCache cache,
      SearchAnalysis analysis,
      List<RenderedPage> pages,
      Function<RenderedPage, CacheKey> pageKeys) {
    List<Group> groups = new ArrayList<>();
    int docs = 0;
    for (int first = 0; first < pages.size(); first += PAGES_PER_GROUP) {
      int from = docs;
      List<RenderedPage> group =
          pages.subList(first, Math.min(pages.size(), first + PAGES_PER_GROUP));
      KeyBuilder key =
          KeyBuilder.of("index group").add(analysis.language()).add(from).add(group.size());
      for (RenderedPage page : group) {
        List<QuestionDoc> pageDocs = SearchIndexWriter.docs(List.of(page));
        docs += pageDocs.size();
        CacheKey pageKey = pageKeys.apply(page);
        if (pageKey != null) {
          key.add(pageKey).add(pageDocs.size());
        } else {
          key.add(pageDocs.size());
          for (QuestionDoc doc : pageDocs) {
            key.add(doc.url()).add(doc.number()).add(doc.question()).add(doc.pageTitle());
            key.add(doc.answer());
          }
        }
      }
      groups.add(new Group(from, docs, key.build()));
    }
    return new IndexSegments(cache, groups);
  }

  List<Group> groups() {
    return groups;
  }

  /** Each group's segment, taken from the cache or indexed now, on every core. */
  List<Segment> segments(List<QuestionDoc> docs, SearchAnalysis analysis) {
    Segment[] segments = new Segment[groups.size()];
    ParallelLoop.forEach(groups.size(), g -> segments[g] = segment(groups.get(g), docs, analysis));
    return List.of(segments);
  }

  private Segment segment(Group group, List<QuestionDoc> docs, SearchAnalysis analysis) {
    byte[] kept = cache.find(group.key());
    if (kept != null) {
      try {
        Segment segment = read(kept);
        try (DirectoryReader reader = DirectoryReader.open(segment.directory())) {
          if (reader.maxDoc() == group.to() - group.from()) {
            return segment;
          }
        }
      } catch (IOException | RuntimeException e) {
        // not a segment as written: indexed again below
      }
    }
    try {
      Segment made = index(docs.subList(group.from(), group.to()), analysis);
      cache.keep(group.key(), write(made));
      return made;
    } catch (IOException e) {
      throw new UncheckedIOException("indexing a group of pages", e);
    }
  }

  private static Segment index(List<QuestionDoc> docs, SearchAnalysis analysis) throws IOException {
    Directory directory = new ByteBuffersDirectory();
    SurfaceWordCollector words = new SurfaceWordCollector();
    IndexWriterConfig config =
        new IndexWriterConfig(analysis.index(words))
            .setSimilarity(new BM25Similarity())
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
            .setRAMBufferSizeMB(256)
            .setUseCompoundFile(true) // three files a segment to keep, not a dozen
            .setMergePolicy(NoMergePolicy.INSTANCE);
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      for (QuestionDoc doc : docs) {
        writer.addDocument(SearchIndexWriter.document(doc));
      }
      writer.commit();
    }
    return new Segment(directory, words.words());
  }

  private static byte[] write(Segment segment) throws IOException {
    ValueWriter out = new ValueWriter().strings(new TreeSet<>(segment.words()));
    String[] files = segment.directory().listAll();
    out.number(files.length);
    for (String file : files) {
      try (IndexInput in = segment.directory().openInput(file, IOContext.READONCE)) {
        byte[] bytes = new byte[Math.toIntExact(in.length())];
        in.readBytes(bytes, 0, bytes.length);
        out.string(file).bytes(bytes);
      }
    }
    return out.toBytes();
  }

  private static Segment read(byte[] kept) throws IOException {
    ValueReader in = new ValueReader(kept);
    Set<String> words = Set.copyOf(in.strings());
    int files = in.count(8);
    Directory directory = new ByteBuffersDirectory();
    for (int i = 0; i < files; i++) {
      String name = in.string();
      byte[] bytes = in.bytes();
      try (IndexOutput out = directory.createOutput(name, IOContext.DEFAULT)) {
        out.writeBytes(bytes, bytes.length);
      }
    }
    in.end();
    return new Segment(directory, words);
  }
}
