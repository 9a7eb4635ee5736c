package kb.search;

import java.util.Arrays;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The distinct surface words an index analyzer saw, gathered while documents are indexed: the
 * vocabulary then costs no second pass over the text. Each analysing thread fills a set of its own
 * (Lucene reuses an analyzer's chain per thread), so threads never wait on one another.
 */
final class SurfaceWordCollector {

  private final Queue<CharArraySet> perThread = new ConcurrentLinkedQueue<>();

  /** A filter that passes every token on and records its text; one per analysis chain. */
  TokenStream recording(TokenStream surfaceWords) {
    CharArraySet seen = new CharArraySet(1 << 12, false);
    perThread.add(seen);
    return new Recorder(surfaceWords, seen);
  }

  /** Every word recorded so far, sorted. */
  Set<String> words() {
    Set<String> words = new TreeSet<>();
    for (CharArraySet seen : perThread) {
      for (Object word : seen) {
        words.add(new String((char[]) word));
      }
    }
    return words;
  }

  private static final class Recorder extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final CharArraySet seen;

    Recorder(TokenStream input, CharArraySet seen) {
      super(input);
      this.seen = seen;
    }

    @Override
    public boolean incrementToken() throws java.io.IOException {
      if (!input.incrementToken()) {
        return false;
      }
      if (!seen.contains(term.buffer(), 0, term.length())) {
        seen.add(Arrays.copyOf(term.buffer(), term.length()));
      }
      return true;
    }
  }
}
