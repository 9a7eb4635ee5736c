package kb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import kb.markdown.HtmlText;
import kb.markdown.Question;
import kb.markdown.RenderedPage;
import kb.markdown.Subsection;
import kb.parallel.ParallelLoop;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Writes one Lucene document per question: the question and answer, analysed by {@link
 * SearchAnalysis} and scored together with BM25F (the question weighs twice the answer, see {@link
 * FaqSearcher}). One last document holds the vocabulary: every surface word of all questions,
 * recorded while they are analysed. Documents are added from every core, so their ids follow no
 * order: each carries its question's position. The index records the language of its analysis,
 * which {@link FaqSearcher#open(Directory)} analyses queries for.
 */
public final class SearchIndexWriter {

  static final String QUESTION = "question";
  static final String ANSWER = "answer";
  static final String WORDS = "words";
  static final String POSITION = "position";
  static final String URL = "url";
  static final String NUMBER = "number";
  static final String PAGE_TITLE = "page_title";

  /** The commit data key of the language whose analysis the index was written with. */
  static final String LANGUAGE = "language";

  private static final FieldType WORDS_TYPE = wordsType();
  private static final FieldType QUESTION_TYPE = textType(true);
  private static final FieldType ANSWER_TYPE = textType(false);

  private final SearchAnalysis analysis;

  public SearchIndexWriter(SearchAnalysis analysis) {
    this.analysis = analysis;
  }

  /** Between the page and the section a subsection's result names: "Quick start › Install". */
  static final String TRAIL = " \u203A ";

  /**
   * The search documents of a brand's pages, in index order: per page, its intro (when it has
   * text), then each {@code ##} section (a numbered question on an FAQ page) followed by its {@code
   * ###} subsections and code tab panels, each holding its own text only.
   */
  public static List<QuestionDoc> docs(List<RenderedPage> pages) {
    return docs(pages, new int[pages.size() + 1]);
  }

  /**
   * As {@link #docs(List)}, setting {@code pageStarts[i]} to page i's first document, and the last
   * to their count.
   */
  static List<QuestionDoc> docs(List<RenderedPage> pages, int[] pageStarts) {
    List<QuestionDoc> docs = new ArrayList<>();
    for (int p = 0; p < pages.size(); p++) {
      RenderedPage page = pages.get(p);
      pageStarts[p] = docs.size();
      String intro = page.introHtml().isBlank() ? "" : HtmlText.of(page.introHtml());
      if (!intro.isBlank()) {
        String anchor = page.titleAnchor().isEmpty() ? "" : "#" + page.titleAnchor();
        docs.add(
            new QuestionDoc(
                docs.size(), page.outputPath() + anchor, 0, page.title(), page.category(), intro));
      }
      boolean numbered = page.kind().numbered();
      for (Question q : page.questions()) {
        String url = page.outputPath() + "#" + q.anchor();
        int number = numbered ? q.number() : 0;
        docs.add(new QuestionDoc(docs.size(), url, number, q.title(), page.title(), q.leadText()));
        String trail = page.title() + TRAIL + q.title();
        boolean inLead = true; // the panels before the first ### are in the section's lead
        for (Subsection sub : q.subsections()) {
          String subUrl = page.outputPath() + "#" + sub.anchor();
          inLead &= !sub.tab().isEmpty();
          // A code tab's result is named with its label: "Subscribe (Python)".
          String title = sub.tab().isEmpty() ? sub.title() : sub.title() + " (" + sub.tab() + ")";
          String where = inLead ? page.title() : trail;
          docs.add(new QuestionDoc(docs.size(), subUrl, 0, title, where, sub.text()));
        }
      }
    }
    pageStarts[pages.size()] = docs.size();
    return List.copyOf(docs);
  }

  /**
   * Indexes the questions into a scratch folder, removed afterwards, and exports the browser's
   * search data: for builds that keep no Lucene index ({@code kb check}, {@code kb serve}). See
   * {@link #write(List, Path, Runnable)} for {@code documentsAdded}.
   */
  public SearchIndex write(List<QuestionDoc> docs, Runnable documentsAdded) {
    return write(docs, null, null, documentsAdded);
  }

  /**
   * Indexes the questions into {@code folder}, an empty folder, where the index stays, and exports
   * the browser's search data, running {@code documentsAdded} once every question is added: what
   * follows (the vocabulary, Lucene's flush, the export) leaves a core idle at times, for other
   * work to take.
   */
  public SearchIndex write(List<QuestionDoc> docs, Path folder, Runnable documentsAdded) {
    return write(docs, folder, null, documentsAdded);
  }

  /**
   * As {@link #write(List, Path, Runnable)} for {@code segments}' documents, indexed by its groups,
   * each taken from the build cache where an earlier build kept it; {@code folder} null for a
   * scratch folder.
   */
  public SearchIndex write(IndexSegments segments, Path folder) {
    return write(segments.docs(), folder, segments, () -> {});
  }

  /** Into {@code folder}, or a scratch folder removed afterwards when it is null. */
  private SearchIndex write(
      List<QuestionDoc> docs, Path folder, IndexSegments segments, Runnable documentsAdded) {
    if (folder != null) {
      return writeInto(folder, docs, segments, documentsAdded);
    }
    Path scratch = null;
    try {
      scratch = Files.createTempDirectory("kb-lucene-");
      return writeInto(scratch, docs, segments, documentsAdded);
    } catch (IOException e) {
      throw new UncheckedIOException("building the search index", e);
    } finally {
      delete(scratch);
    }
  }

  /** Indexes {@code docs}, by {@code segments}' groups unless null, and exports the search data. */
  private SearchIndex writeInto(
      Path folder, List<QuestionDoc> docs, IndexSegments segments, Runnable documentsAdded) {
    // A folder, memory-mapped: the export reads hundreds of thousands of small postings lists,
    // several times faster from mapped files than from Lucene's in-heap directory.
    try (Directory directory = FSDirectory.open(folder)) {
      if (segments == null) {
        write(docs, directory, documentsAdded);
      } else {
        write(directory, segments);
      }
      List<SearchDataFile> browser;
      try (FaqSearcher searcher = FaqSearcher.open(directory)) {
        browser = new BrowserIndexExporter().export(searcher, docs);
      }
      if (List.of(directory.listAll()).contains(IndexWriter.WRITE_LOCK_NAME)) {
        directory.deleteFile(IndexWriter.WRITE_LOCK_NAME); // the writer's lock, not the index's
      }
      return new SearchIndex(browser);
    } catch (IOException e) {
      throw new UncheckedIOException("building the search index", e);
    }
  }

  private static void delete(Path folder) {
    if (folder == null) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A scratch folder left in the temporary directory is harmless.
    }
  }

  /** Writes the documents into an empty directory and commits. */
  public void write(List<QuestionDoc> docs, Directory directory) {
    write(docs, directory, () -> {});
  }

  private void write(List<QuestionDoc> docs, Directory directory, Runnable documentsAdded) {
    SurfaceWordCollector words = new SurfaceWordCollector();
    Analyzer analyzer = analysis.index(words);
    // Threads add documents in any order, each into a segment of its own; the segments are kept as
    // they are (merging them cost more than all indexing). Scores do not depend on the segments,
    // and every reader maps documents back to questions by their position field.
    IndexWriterConfig config =
        config(analyzer)
            .setRAMBufferSizeMB(256)
            // A compound file would copy every segment once more, to save open files when read.
            .setUseCompoundFile(false)
            .setMergePolicy(NoMergePolicy.INSTANCE);
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      ParallelLoop.forEach(docs.size(), i -> add(writer, document(docs.get(i))));
      documentsAdded.run();
      writer.addDocument(vocabulary(words.words()));
      flushInParallel(writer);
      writer.setLiveCommitData(Map.of(LANGUAGE, analysis.language()).entrySet());
      writer.commit();
    } catch (IOException | UncheckedIOException e) {
      throw new UncheckedIOException("writing the search index", asIo(e));
    }
  }

  /**
   * The groups' segments merged into one, with the vocabulary of them all: the export reads every
   * term of every segment, so one segment is read several times faster than fifty.
   */
  private void write(Directory directory, IndexSegments groups) {
    List<IndexSegments.Segment> segments = groups.segments(analysis);
    Set<String> words = new HashSet<>();
    segments.forEach(segment -> words.addAll(segment.words()));
    IndexWriterConfig config =
        config(analysis.index(new SurfaceWordCollector())).setUseCompoundFile(false);
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      writer.addIndexes(
          segments.stream()
              .flatMap(segment -> segment.reader().leaves().stream())
              .map(leaf -> (CodecReader) leaf.reader())
              .toArray(CodecReader[]::new));
      writer.addDocument(vocabulary(words));
      writer.setLiveCommitData(Map.of(LANGUAGE, analysis.language()).entrySet());
      writer.commit();
    } catch (IOException | UncheckedIOException e) {
      throw new UncheckedIOException("writing the search index", asIo(e));
    } finally {
      for (IndexSegments.Segment segment : segments) {
        try {
          segment.reader().close();
        } catch (IOException e) {
          // an in-memory reader: nothing to release but memory
        }
      }
    }
  }

  /**
   * What every writer of an index sets: BM25, a new index, and no commit on close (each commits
   * once whole, so that a write that fails or is stopped half-way is dropped at once, not flushed
   * and committed first: a second at 10,000 pages).
   */
  static IndexWriterConfig config(Analyzer analyzer) {
    return new IndexWriterConfig(analyzer)
        .setSimilarity(new BM25Similarity())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
        .setCommitOnClose(false);
  }

  /** Each thread's segment flushed on a core of its own; commit would flush them one by one. */
  private static void flushInParallel(IndexWriter writer) {
    ParallelLoop.forEach(
        Runtime.getRuntime().availableProcessors(),
        core -> {
          try {
            while (writer.flushNextBuffer()) {
              // until no segment is left in memory
            }
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private static void add(IndexWriter writer, Document document) {
    try {
      writer.addDocument(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static IOException asIo(Exception e) {
    return e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e;
  }

  /**
   * The vocabulary document: every distinct surface word once, last in the index. It has no
   * question or answer, so it never matches a query nor changes their statistics; indexing the
   * vocabulary once instead of every question's words halves the indexing work.
   */
  private static Document vocabulary(Set<String> words) {
    Document document = new Document();
    document.add(new NumericDocValuesField(POSITION, Integer.MAX_VALUE));
    document.add(new Field(WORDS, new WordList(words), WORDS_TYPE));
    return document;
  }

  /**
   * The vocabulary's words as tokens, as they are: each is a surface word already, and its parts
   * are words of their own, so analysing them again (one thread, a third of a second at 10,000
   * pages) would give the same terms.
   */
  private static final class WordList extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final Collection<String> words;
    private Iterator<String> next;

    WordList(Collection<String> words) {
      this.words = words;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = words.iterator();
    }

    @Override
    public boolean incrementToken() {
      if (!next.hasNext()) {
        return false;
      }
      clearAttributes();
      term.append(next.next());
      return true;
    }
  }

  static Document document(QuestionDoc doc) {
    Document document = new Document();
    document.add(new NumericDocValuesField(POSITION, doc.id()));
    document.add(new StoredField(URL, doc.url()));
    document.add(new StoredField(NUMBER, doc.number()));
    document.add(new StoredField(PAGE_TITLE, doc.pageTitle()));
    // Stored: what kb search prints. The answer is indexed only: it is the bulk of the text.
    document.add(new Field(QUESTION, doc.question(), QUESTION_TYPE));
    document.add(new Field(ANSWER, doc.answer(), ANSWER_TYPE));
    return document;
  }

  /**
   * A text field without positions: BM25 needs only term frequencies and norms, and no query is a
   * phrase, so positions would be written and flushed for nothing.
   */
  private static FieldType textType(boolean stored) {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    type.setStored(stored);
    type.freeze();
    return type;
  }

  private static FieldType wordsType() {
    FieldType type = new FieldType();
    type.setIndexOptions(IndexOptions.DOCS);
    type.setTokenized(true);
    type.setOmitNorms(true);
    type.freeze();
    return type;
  }
}
