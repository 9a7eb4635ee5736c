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

  /** A group's documents as a segment, open for reading, and the surface words they hold. */
  record Segment(DirectoryReader reader, Set<String> words) {}

  private final BuildCache cache;
  private final List<QuestionDoc> docs;
  private final List<Group> groups;

  private IndexSegments(BuildCache cache, List<QuestionDoc> docs, List<Group> groups) {
    this.cache = cache;
    this.docs = docs;
    this.groups = List.copyOf(groups);
  }

  /** The site's search documents ({@link SearchIndexWriter#docs}), which the groups divide. */
  public List<QuestionDoc> docs() {
    return docs;
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
    int[] starts = new int[pages.size() + 1];
    List<QuestionDoc> docs = SearchIndexWriter.docs(pages, starts);
    List<Group> groups = new ArrayList<>();
    for (int first = 0; first < pages.size(); first += PAGES_PER_GROUP) {
      int last = Math.min(pages.size(), first + PAGES_PER_GROUP);
      KeyBuilder key =
          KeyBuilder.of("index group")
              .add(analysis.language())
              .add(starts[first])
              .add(last - first);
      for (int p = first; p < last; p++) {
        List<QuestionDoc> pageDocs = docs.subList(starts[p], starts[p + 1]);
        CacheKey pageKey = pageKeys.apply(pages.get(p));
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
      groups.add(new Group(starts[first], starts[last], key.build()));
    }
    return new IndexSegments(cache, docs, groups);
  }

  List<Group> groups() {
    return groups;
  }

  /** Each group's segment, taken from the cache or indexed now, on every core. */
  List<Segment> segments(SearchAnalysis analysis) {
    Segment[] segments = new Segment[groups.size()];
    ParallelLoop.forEach(groups.size(), g -> segments[g] = segment(groups.get(g), docs, analysis));
    return List.of(segments);
  }

  private Segment segment(Group group, List<QuestionDoc> docs, SearchAnalysis analysis) {
    int size = group.to() - group.from();
    return cache.get(
        group.key(),
        bytes -> read(bytes, size),
        () -> index(docs.subList(group.from(), group.to()), analysis),
        IndexSegments::write);
  }

  private static Segment index(List<QuestionDoc> docs, SearchAnalysis analysis) {
    Directory directory = new ByteBuffersDirectory();
    SurfaceWordCollector words = new SurfaceWordCollector();
    IndexWriterConfig config =
        SearchIndexWriter.config(analysis.index(words))
            .setRAMBufferSizeMB(256)
            .setUseCompoundFile(true) // three files a segment to keep, not a dozen
            .setMergePolicy(NoMergePolicy.INSTANCE);
    try {
      try (IndexWriter writer = new IndexWriter(directory, config)) {
        for (QuestionDoc doc : docs) {
          writer.addDocument(SearchIndexWriter.document(doc));
        }
        writer.commit();
      }
      return new Segment(DirectoryReader.open(directory), words.words());
    } catch (IOException e) {
      throw new UncheckedIOException("indexing a group of pages", e);
    }
  }

  private static byte[] write(Segment segment) {
    ValueWriter out = new ValueWriter().strings(new TreeSet<>(segment.words()));
    Directory directory = segment.reader().directory();
    try {
      String[] files = directory.listAll();
      out.number(files.length);
      for (String file : files) {
        try (IndexInput in = directory.openInput(file, IOContext.READONCE)) {
          byte[] bytes = new byte[Math.toIntExact(in.length())];
          in.readBytes(bytes, 0, bytes.length);
          out.string(file).bytes(bytes);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading an in-memory segment", e);
    }
    return out.toBytes();
  }

  /**
   * The segment {@link #write} wrote, opened for reading, if it holds the group's {@code size}
   * documents.
   *
   * @throws RuntimeException when the bytes are not such a segment
   */
  private static Segment read(byte[] kept, int size) {
    ValueReader in = new ValueReader(kept);
    Set<String> words = Set.copyOf(in.strings());
    int files = in.count(8);
    Directory directory = new ByteBuffersDirectory();
    try {
      for (int i = 0; i < files; i++) {
        String name = in.string();
        byte[] bytes = in.bytes();
        try (IndexOutput out = directory.createOutput(name, IOContext.DEFAULT)) {
          out.writeBytes(bytes, bytes.length);
        }
      }
      in.end();
      DirectoryReader reader = DirectoryReader.open(directory);
      if (reader.maxDoc() != size) {
        reader.close();
        throw new ValueReader.DamagedValue(reader.maxDoc() + " documents, not " + size);
      }
      return new Segment(reader, words);
    } catch (IOException e) {
      throw new UncheckedIOException("reading a kept segment", e);
    }
  }
}
