package kb.search;

import java.io.IOException;
import java.util.HashSet;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The distinct surface words an index analyzer saw, gathered while documents are indexed: the
 * vocabulary then costs no second pass over the text. Each analysing thread fills a table of its
 * own (Lucene reuses an analyzer's chain per thread), so threads never wait on one another; the
 * table also keeps each word's index term, so a word is stemmed once per thread, not once per use.
 */
final class SurfaceWordCollector {

  private final Queue<WordTerms> perThread = new ConcurrentLinkedQueue<>();

  /**
   * A filter turning surface words into index terms and recording each word, one per analysis
   * chain: it gives what {@code termOf} gives each word, drops a word {@code termOf} gives null for
   * as a stop filter does, and calls {@code termOf} once per distinct word of the chain.
   */
  TokenStream terms(TokenStream surfaceWords, Function<String, String> termOf) {
    WordTerms seen = new WordTerms(termOf);
    perThread.add(seen);
    return new Terms(surfaceWords, seen);
  }

  /**
   * Every word recorded so far, each once, in no order: the vocabulary is indexed, never stored, so
   * Lucene sorts it (sorting it here too took a second at 10,000 pages, on one core).
   */
  Set<String> words() {
    Set<String> words = new HashSet<>();
    for (WordTerms seen : perThread) {
      words.addAll(seen.words());
    }
    return words;
  }

  private static final class Terms extends FilteringTokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final WordTerms seen;

    Terms(TokenStream input, WordTerms seen) {
      super(input);
      this.seen = seen;
    }

    @Override
    protected boolean accept() throws IOException {
      return seen.toTerm(term);
    }
  }
}
