package kb.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The words of the generated corpus, drawn with Zipf frequencies like real text: a few hundred
 * common words of a trading-API FAQ first, then thousands of made-up rare words (product names,
 * jargon), so the vocabulary grows with the corpus as a real one does. Immutable, thread-safe.
 */
final class Lexicon {

  static final String[] FUNCTION_WORDS = {
    "the", "a", "to", "of", "and", "in", "is", "for", "on", "with", "that", "it", "be", "as", "by",
    "this", "you", "can", "or", "if", "are", "not", "from", "at", "will", "when", "your", "then"
  };

  private static final String COMMON =
      "opend quote order account market data api request connection port server client trade"
          + " permission login password token version python java socket protocol interface"
          + " subscription stock option future warrant price snapshot kline ticker orderbook"
          + " broker position fund cash margin limit frequency error code message response"
          + " timeout heartbeat callback handler push realtime history download install upgrade"
          + " configuration parameter file folder directory path log level command line telnet"
          + " windows linux macos ubuntu centos docker image container process thread memory cpu"
          + " network proxy firewall address ip local remote encryption key rsa certificate"
          + " verification phone device lock session user setting option default value"
          + " number string field type list table record query filter sort page size count"
          + " time date timezone daylight trading hours session premarket afterhours"
          + " exchange hk us cn sg jp au lv1 lv2 bmp quota authority subscribe unsubscribe"
          + " modify cancel place deal fill partial status state simulate paper real environment"
          + " library package module function method class object instance return result"
          + " program application gui desktop mobile terminal browser start stop restart exit"
          + " crash fail failure problem issue reason cause solution check confirm enable disable"
          + " support provide allow require need use run open close connect disconnect retry"
          + " send receive update refresh load save read write delete create copy move"
          + " questionnaire agreement evaluation disclaimer risk warning notice regulation"
          + " customer service help document guide example sample demo test debug output input"
          + " multiple single first last latest previous next new old same different other"
          + " automatically manually correctly successfully normally usually generally";

  private static final String[] SYLLABLES = {
    "ka", "ro", "mi", "ten", "sul", "vor", "ax", "bel", "qu", "dri", "fen", "lo", "zan", "pri",
    "mo", "tek", "sha", "ur", "gle", "nix", "por", "ta", "vin", "el", "cro", "dex", "ly", "ont"
  };

  /** The Zipf exponent of word frequencies by rank. */
  static final double EXPONENT = 1.05;

  private final List<String> words;
  private final double[] cumulative;

  Lexicon(List<String> words, double exponent) {
    this.words = List.copyOf(words);
    this.cumulative = new double[words.size()];
    double sum = 0;
    for (int rank = 0; rank < words.size(); rank++) {
      sum += 1 / Math.pow(rank + 2.7, exponent);
      cumulative[rank] = sum;
    }
    for (int i = 0; i < cumulative.length; i++) {
      cumulative[i] /= sum;
    }
  }

  /** The common words, then {@code rare} made-up words, all drawn from one seed. */
  static Lexicon create(long seed, int rare) {
    List<String> words = new ArrayList<>(List.of(COMMON.split(" ")));
    SplittableRandom random = new SplittableRandom(seed);
    Set<String> seen = new HashSet<>(words);
    while (words.size() < rare + COMMON.split(" ").length) {
      StringBuilder word = new StringBuilder();
      int syllables = 2 + random.nextInt(3);
      for (int s = 0; s < syllables; s++) {
        word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
      }
      if (seen.add(word.toString())) {
        words.add(word.toString());
      }
    }
    return new Lexicon(words, EXPONENT);
  }

  /** A content word, Zipf-distributed over the lexicon. */
  String word(SplittableRandom random) {
    int at = Arrays.binarySearch(cumulative, random.nextDouble());
    return words.get(Math.min(words.size() - 1, at < 0 ? -at - 1 : at));
  }

  /** The word of a frequency rank, 0 being the most frequent. */
  String atRank(int rank) {
    return words.get(rank);
  }

  int size() {
    return words.size();
  }
}
