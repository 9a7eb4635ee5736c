package kb.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.Diagnostic;
import kb.diagnostic.SourceSpan;

/**
 * Publishes the staged sites of one build together, so that after a failure or a kill at any step
 * every site is its complete previous version or its complete new one, all sites of the build
 * alike. Before the first rename, a journal naming every rename is written into the output folder
 * (as a temporary file renamed into place: it is whole or absent). While it exists every staged
 * folder it names is complete, and the next build rolls the publish forward before anything else; a
 * failure within this build rolls it back instead. Previous versions are deleted only once the
 * journal is, when every new site is in place: no step deletes the last complete copy of a site.
 */
final class PublishJournal {

  static final String NAME = ".kb-publish";

  /** A site's name in the output folder: a folder, or a folder in one other, as .lucene/futu. */
  static final Pattern SITE_NAME =
      Pattern.compile("(?:\\.?[a-z0-9][a-z0-9_-]*/)?[a-z0-9][a-z0-9_-]*");

  private static final String HEADER = "kb publish journal 1";

  /** One site's place, staging folder and old version's place, relative to the output folder. */
  private static final Pattern ENTRY =
      Pattern.compile(
          "((?:\\.?[a-z0-9][a-z0-9_-]*/)?)([a-z0-9][a-z0-9_-]*)"
              + "\t\\1\\.\\2\\.staging-(\\d+)\t\\1\\.\\2\\.old-\\3");

  /** One site's three places, absolute. */
  private record Move(Path target, Path staging, Path old) {}

  private PublishJournal() {}

  /**
   * Moves every staged site into place, each previous version aside, then deletes those.
   *
   * @param shown the output folder as the user named it, for messages
   * @param root the output folder, absolute and normalized
   * @throws BuildFailedException when a step fails; the sites are then as they were, or, when not
   *     even that could be restored, left for the next build to finish publishing
   */
  static void publish(Path shown, Path root, List<StagedSite> sites, PublishSteps steps) {
    List<Move> moves = sites.stream().map(s -> new Move(s.target(), s.folder(), s.old())).toList();
    Path journal = root.resolve(NAME);
    Path temp = root.resolve(NAME + ".tmp");
    try {
      steps.write(temp, text(root, moves));
      steps.move(temp, journal);
    } catch (IOException e) {
      deleteQuietly(temp, steps);
      throw failed(shown, "cannot publish: " + describe(e) + "; nothing was replaced");
    }
    // From here on the staged folders are the journal's: whatever happens, nothing removes them.
    sites.forEach(StagedSite::handOver);
    int done = 0;
    try {
      for (; done < moves.size(); done++) {
        forward(moves.get(done), steps);
      }
    } catch (IOException e) {
      rollBack(shown, moves.subList(0, done + 1), journal, steps, e);
      sites.forEach(StagedSite::takeBack);
      throw failed(shown, "cannot publish: " + describe(e) + "; the previous sites are in place");
    }
    finish(root, moves, steps);
  }

  /**
   * Finishes the publish of a build that was killed while publishing, if there was one: every site
   * it staged is moved into place.
   *
   * @throws BuildFailedException when the journal cannot be read or a site cannot be moved; nothing
   *     is deleted then
   */
  static void recover(Path shown, Path root, PublishSteps steps) throws IOException {
    Path journal = root.resolve(NAME);
    // A temporary journal alone: its build was killed before renaming anything.
    steps.delete(root.resolve(NAME + ".tmp"));
    if (!Files.exists(journal, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Path shownJournal = shown.resolve(NAME);
    List<Move> moves = read(shownJournal, root, journal);
    try {
      for (Move move : moves) {
        forward(move, steps);
      }
    } catch (IOException e) {
      throw new BuildFailedException(
          Diagnostic.input(
                  SourceSpan.of(shownJournal),
                  "cannot finish publishing the sites of a build that was stopped: " + describe(e))
              .withHint("fix the cause and build again; until then kb deletes none of them"));
    }
    finish(root, moves, steps);
  }

  /** Puts one site's staged folder in place, its previous version aside; any state in between. */
  private static void forward(Move move, PublishSteps steps) throws IOException {
    if (exists(move.staging())) {
      if (exists(move.target())) {
        if (exists(move.old())) {
          throw new IOException("both " + move.target() + " and " + move.old() + " exist");
        }
        steps.move(move.target(), move.old());
      }
      steps.move(move.staging(), move.target());
    } else if (!exists(move.target())) {
      throw new IOException("neither " + move.staging() + " nor " + move.target() + " exists");
    }
  }

  /** Undoes {@code moves} newest first, then the journal; when that fails too, leaves both. */
  private static void rollBack(
      Path shown, List<Move> moves, Path journal, PublishSteps steps, IOException cause) {
    try {
      for (int i = moves.size() - 1; i >= 0; i--) {
        Move move = moves.get(i);
        if (!exists(move.staging()) && exists(move.target())) {
          steps.move(move.target(), move.staging());
        }
        if (exists(move.old())) {
          steps.move(move.old(), move.target());
        }
      }
      steps.delete(journal);
    } catch (IOException e) {
      throw failed(
          shown,
          "publishing stopped half way: "
              + describe(cause)
              + "; the next kb build into this folder finishes it");
    }
  }

  /** The journal, then the previous versions; what fails here the next build removes. */
  private static void finish(Path root, List<Move> moves, PublishSteps steps) {
    try {
      steps.delete(root.resolve(NAME));
    } catch (IOException e) {
      return;
    }
    for (Move move : moves) {
      deleteQuietly(move.old(), steps);
    }
  }

  private static byte[] text(Path root, List<Move> moves) {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    for (Move move : moves) {
      text.append(relative(root, move.target()))
          .append('\t')
          .append(relative(root, move.staging()))
          .append('\t')
          .append(relative(root, move.old()))
          .append('\n');
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static List<Move> read(Path shown, Path root, Path journal) throws IOException {
    List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
    if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
      throw unreadable(shown, 1);
    }
    List<Move> moves = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      Matcher entry = ENTRY.matcher(lines.get(i));
      if (!entry.matches()) {
        throw unreadable(shown, i + 1);
      }
      String[] parts = lines.get(i).split("\t");
      moves.add(new Move(root.resolve(parts[0]), root.resolve(parts[1]), root.resolve(parts[2])));
    }
    return moves;
  }

  private static BuildFailedException unreadable(Path shown, int line) {
    return new BuildFailedException(
        Diagnostic.input(SourceSpan.at(shown, line), "not a publish journal kb can read")
            .withHint("move it away and build again"));
  }

  private static String relative(Path root, Path path) {
    return root.relativize(path).toString().replace('\\', '/');
  }

  private static boolean exists(Path path) {
    return Files.exists(path, LinkOption.NOFOLLOW_LINKS);
  }

  private static void deleteQuietly(Path path, PublishSteps steps) {
    try {
      steps.deleteTree(path);
    } catch (IOException e) {
      // A leftover is harmless: the next build into this folder removes it.
    }
  }

  private static BuildFailedException failed(Path shown, String message) {
    return new BuildFailedException(
        Diagnostic.input(SourceSpan.of(shown), message)
            .withHint("pass --out DIR with a folder you can write to"));
  }

  static String describe(Exception e) {
    String type = e.getClass().getSimpleName().replace("Exception", "");
    return e.getMessage() == null ? type : type + " " + e.getMessage();
  }
}
