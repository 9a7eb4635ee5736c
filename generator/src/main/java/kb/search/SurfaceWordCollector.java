package kb.search;

import java.util.HashSet;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The distinct surface words an index analyzer saw, gathered while documents are indexed: the
 * vocabulary then costs no second pass over the text. Each analysing thread fills a set of its own
 * (Lucene reuses an analyzer's chain per thread), so threads never wait on one another.
 */
final class SurfaceWordCollector {

  private final Queue<WordSet> perThread = new ConcurrentLinkedQueue<>();

  /** A filter that passes every token on and records its text; one per analysis chain. */
  TokenStream recording(TokenStream surfaceWords) {
    WordSet seen = new WordSet();
    perThread.add(seen);
    return new Recorder(surfaceWords, seen);
  }

  /**
   * Every word recorded so far, each once, in no order: the vocabulary is indexed, never stored, so
   * Lucene sorts it (sorting it here too took a second at 10,000 pages, on one core).
   */
  Set<String> words() {
    Set<String> words = new HashSet<>();
    for (WordSet seen : perThread) {
      words.addAll(seen.words());
    }
    return words;
  }

  private static final class Recorder extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final WordSet seen;

    Recorder(TokenStream input, WordSet seen) {
      super(input);
      this.seen = seen;
    }

    @Override
    public boolean incrementToken() throws java.io.IOException {
      if (!input.incrementToken()) {
        return false;
      }
      seen.add(term.buffer(), term.length());
      return true;
    }
  }
}
