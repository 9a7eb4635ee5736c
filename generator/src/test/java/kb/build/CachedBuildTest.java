package kb.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kb.TestFolders;
import kb.cache.BuildCache;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.Diagnostic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A build that takes what it can from the build cache writes, after any edit, the very bytes a
 * build without a cache writes: the cache changes how long a build takes, never what it makes.
 */
class CachedBuildTest {

  /** The edits' seed: another may be given with {@code -Dkb.test.seed=N} to try other edits. */
  private static final long SEED = Long.getLong("kb.test.seed", 0x6b62_6361_6368_65L);

  private static final Set<String> BRANDS = Set.of("futu", "moomoo");

  @TempDir Path dir;

  private Path content;
  private Path templates;
  private Path cachedOut;
  private final Recording progress = new Recording();
  private final Random random = new Random(SEED);
  private int builds;
  private int step;

  /** What the last cold build wrote, by relative path. */
  private Map<String, byte[]> lastCold;

  /** What a build reported through {@link BuildProgress#cacheUsed}. */
  private record Used(int taken, int results) {}

  /** Records the notes and the cache use that a build reports. */
  private static final class Recording implements BuildProgress {
    final List<String> notes = Collections.synchronizedList(new ArrayList<>());
    final Map<String, Used> used = new ConcurrentHashMap<>();

    @Override
    public void pagesRendered(String brand, int done, int total) {}

    @Override
    public void note(String message) {
      notes.add(message);
    }

    @Override
    public void cacheUsed(String brand, int taken, int results) {
      used.put(brand, new Used(taken, results));
    }
  }

  @BeforeEach
  void copyShipped() {
    Path repo = TestFolders.copyOfShipped(dir.resolve("repo"));
    content = repo.resolve("content");
    templates = repo.resolve("templates");
    cachedOut = dir.resolve("out-cached");
  }

  private BuildOptions options(Path out) {
    return new BuildOptions(content, templates, out, BuildOptions.ALL);
  }

  /** Builds with the cache into the same folder as ever, and how each brand reported using it. */
  private Map<String, Used> buildCached() {
    progress.used.clear();
    new SiteBuild(progress).withCache().run(options(cachedOut));
    return Map.copyOf(progress.used);
  }

  /**
   * Builds with the cache and without (into a new folder), checks that both wrote the same sites,
   * and returns how each brand used the cache.
   */
  private Map<String, Used> buildBothWays(String what) throws IOException {
    Map<String, Used> used = buildCached();
    Path cold = dir.resolve("out-cold-" + ++builds);
    new SiteBuild().run(options(cold));
    assertFalse(
        Files.exists(cold.resolve(BuildCache.FOLDER)), "a build without a cache keeps none");
    Map<String, byte[]> coldFiles = siteFiles(cold);
    assertSameSites(coldFiles, siteFiles(cachedOut), what);
    TestFolders.delete(cold);
    lastCold = coldFiles;
    assertEquals(BRANDS, used.keySet(), what + ": each brand reports its cache use " + used);
    assertEquals(List.of(), progress.notes, what + ": nothing to note");
    return used;
  }

  @Test
  void aCachedBuildWritesWhatAColdBuildWritesAfterEveryKindOfEdit() throws IOException {
    Map<String, Used> first = buildBothWays("the first build");
    for (String brand : BRANDS) {
      assertEquals(0, first.get(brand).taken(), brand + ": an empty cache gives nothing");
      assertTrue(first.get(brand).results() > 0, brand + ": results are kept " + first);
    }
    List<Edit> edits =
        new ArrayList<>(
            List.of(
                new Edit("a sentence changed in a page's answer", this::changeASentence),
                new Edit("a brand value changed", this::changeABrandValue),
                new Edit("a template changed", this::changeATemplate),
                new Edit("a question added to a page", this::addAQuestion),
                new Edit("a page deleted, and the links to it", this::deleteAPage),
                new Edit("an image's bytes replaced", this::replaceAnImage)));
    Collections.shuffle(edits, random);
    List<String> log = new ArrayList<>();
    for (Edit edit : edits) {
      step++;
      Map<String, byte[]> before = lastCold;
      String what =
          "seed " + SEED + ", step " + step + ", " + edit.name() + ": " + edit.apply().get();
      Map<String, Used> used = buildBothWays(what);
      log.add(what + " -> " + new TreeMap<>(used));
      for (String brand : BRANDS) {
        assertTrue(
            used.get(brand).taken() > 0,
            what + ": " + brand + " took something from the cache; all steps " + log);
        assertTrue(used.get(brand).taken() <= used.get(brand).results(), what + " " + used);
      }
      if (edit.name().startsWith("a sentence")) {
        for (String brand : changedBrands(before, lastCold)) {
          assertTrue(
              used.get(brand).taken() < used.get(brand).results(),
              what + ": " + brand + "'s site changed, so something was made again " + used);
        }
        assertFalse(changedBrands(before, lastCold).isEmpty(), what + ": the edit shows");
      }
    }
    assertEquals(List.of("futu.kbc", "moomoo.kbc"), cacheFiles(), "no unfinished cache file left");
  }

  @Test
  void anUnchangedInputIsTakenWholeFromTheCache() throws IOException {
    buildBothWays("the first build");
    Map<String, byte[]> firstCold = lastCold;
    Map<String, Used> again = buildCached();
    assertSameSites(firstCold, siteFiles(cachedOut), "the second build");
    for (String brand : BRANDS) {
      Used used = again.get(brand);
      assertTrue(used.taken() > 0, brand + " " + again);
      assertEquals(used.results(), used.taken(), brand + ": every result taken " + again);
    }
    assertEquals(List.of(), progress.notes);
  }

  @Test
  void aBuildOfOneLanguageKeepsACacheOfItsOwnAndLeavesTheWholeSitesCache() throws IOException {
    buildBothWays("the first build");
    progress.used.clear();
    new SiteBuild(progress)
        .withCache()
        .run(new BuildOptions(content, templates, cachedOut, BuildOptions.ALL, "zh-CN"));
    assertEquals(BRANDS, progress.used.keySet(), progress.used.toString());
    try (var files = Files.list(cachedOut.resolve(BuildCache.FOLDER))) {
      assertEquals(
          Set.of("futu.kbc", "moomoo.kbc", "futu-zh-CN.kbc", "moomoo-zh-CN.kbc"),
          files.map(f -> f.getFileName().toString()).collect(java.util.stream.Collectors.toSet()));
    }
    Map<String, Used> again = buildCached();
    for (String brand : BRANDS) {
      Used used = again.get(brand);
      assertEquals(used.results(), used.taken(), brand + ": every result taken " + again);
    }
  }

  @Test
  void aFailedBuildLeavesTheCacheAsTheLastPassingBuildLeftIt() throws IOException {
    buildBothWays("the first build");
    Map<String, byte[]> kept = cacheBytes();
    Path page = content.resolve("faq/opend.md");
    String text = Files.readString(page);
    Files.writeString(page, text + "\n## A broken question? {#broken}\n\nUse {{no_such_key}}.\n");
    assertThrows(BuildFailedException.class, this::buildCached);
    Map<String, byte[]> after = cacheBytes();
    assertEquals(kept.keySet(), after.keySet(), "no unfinished cache file left");
    kept.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name + " unchanged"));
    Files.writeString(page, text + "\n## A mended question? {#mended}\n\nUse {{app_name}}.\n");
    Map<String, Used> used = buildBothWays("the mended build");
    for (String brand : BRANDS) {
      assertTrue(used.get(brand).taken() > 0, brand + " " + used);
    }
  }

  @Test
  void aDamagedCacheFileIsNotedAndTheBuildStillWritesWhatAColdBuildWrites() throws IOException {
    buildBothWays("the first build");
    Path file = cachedOut.resolve(BuildCache.FOLDER).resolve("futu.kbc");
    byte[] bytes = Files.readAllBytes(file);
    // A byte in the middle of the values, past the header: some value of futu is damaged.
    bytes[bytes.length / 3] ^= 0x5a;
    Files.write(file, bytes);
    Map<String, Used> used = buildCached();
    assertSameSites(lastCold, siteFiles(cachedOut), "a build with a damaged cache value");
    assertEquals(1, progress.notes.size(), progress.notes.toString());
    assertTrue(progress.notes.get(0).contains("damaged"), progress.notes.toString());
    assertTrue(used.get("futu").taken() < used.get("futu").results(), used.toString());
    progress.notes.clear();
    Map<String, Used> mended = buildCached();
    assertEquals(List.of(), progress.notes, "the damaged value was replaced");
    assertEquals(mended.get("futu").results(), mended.get("futu").taken(), mended.toString());
  }

  @Test
  void anEditThatBreaksTheBuildFailsTheCachedBuildWithTheProblemsOfAColdBuild() throws IOException {
    buildBothWays("the first build");
    Map<String, byte[]> good = lastCold;
    List<Edit> breaking =
        List.of(
            new Edit(
                "a term newly forbidden for moomoo, which unchanged pages hold",
                () -> {
                  replaceIn(
                      content.resolve("brands/moomoo.yml"),
                      "forbidden_terms: [futunn,",
                      "forbidden_terms: [Telnet, futunn,");
                  return "brands/moomoo.yml";
                }),
            new Edit(
                "a forbidden term put in a shared image",
                () -> {
                  Path svg = content.resolve("images/telnet_GUI.svg");
                  String text = Files.readString(svg);
                  Files.writeString(svg, text.replaceFirst("</svg>", "<text>futunn</text></svg>"));
                  return "images/telnet_GUI.svg";
                }),
            new Edit(
                "a template linking to a page that does not exist",
                () -> {
                  Path footer = templates.resolve("partials/footer.mustache");
                  Files.writeString(
                      footer, Files.readString(footer) + "<a href=\"no-such-page.html\">x</a>\n");
                  return "templates/partials/footer.mustache";
                }),
            new Edit(
                "a page deleted that other pages link to",
                () -> {
                  Files.delete(content.resolve("reference/subscribe.zh-HK.md"));
                  Files.delete(content.resolve("reference/subscribe.zh-CN.md"));
                  Files.delete(content.resolve("reference/subscribe.md"));
                  return "reference/subscribe.md and its translations";
                }));
    for (Edit edit : breaking) {
      Map<Path, byte[]> sources = sourceFiles();
      String what = edit.name() + ": " + edit.apply().get();
      List<String> cold =
          problems(() -> new SiteBuild().run(options(dir.resolve("out-cold-broken"))));
      List<String> cached = problems(this::buildCached);
      assertFalse(cold.isEmpty(), what + ": the edit breaks the build");
      assertEquals(cold, cached, what + ": the same problems with the cache as without");
      restore(sources);
      buildCached();
      assertSameSites(good, siteFiles(cachedOut), what + ", then undone");
      assertEquals(List.of(), progress.notes, what);
    }
  }

  /**
   * A first build that fails, early (an unknown variable, in every brand) or late (a leak, found by
   * the checks of the second brand once the first brand's site is built), keeps no cache.
   */
  @ParameterizedTest
  @ValueSource(strings = {"Use {{nope}}.", "Download it from futunn.com."})
  void aFirstBuildThatFailsLeavesNoCacheFolder(String answer) throws IOException {
    Path page = content.resolve("faq/opend.md");
    Files.writeString(
        page, Files.readString(page) + "\n## A broken question? {#broken}\n\n" + answer + "\n");
    assertThrows(BuildFailedException.class, this::buildCached);
    assertFalse(
        Files.exists(cachedOut.resolve(BuildCache.FOLDER)),
        "left behind: " + (Files.exists(cachedOut) ? listing(cachedOut) : "nothing"));
  }

  /** An edit of the sources: returns what it did, to be named in failures. */
  private record Edit(String name, EditAction apply) {}

  @FunctionalInterface
  private interface EditAction {
    String get() throws IOException;
  }

  // The edits. Each picks, with the seeded random, what it changes, and says what it did.

  private String changeASentence() throws IOException {
    Path page = pick(pages());
    List<String> lines = new ArrayList<>(Files.readAllLines(page, StandardCharsets.UTF_8));
    List<Integer> prose = proseLines(lines);
    int line = pick(prose);
    lines.set(line, lines.get(line) + " Edited in step " + step + ".");
    write(page, lines);
    return content.relativize(page) + ":" + (line + 1);
  }

  private String changeABrandValue() throws IOException {
    Path brand = content.resolve("brands").resolve(pick(List.of("futu.yml", "moomoo.yml")));
    String text = Files.readString(brand);
    String edited;
    if (random.nextBoolean()) {
      // Shown in faq/opend.md, in every language: {{opend.folder_example}}.
      String version = "5." + (3 + random.nextInt(90)) + "." + (1000 + random.nextInt(9000));
      edited = text.replace("5.2.1408", version);
      assertFalse(edited.equals(text));
      Files.writeString(brand, edited);
      return content.relativize(brand) + ": opend.folder_example at " + version;
    } else {
      // The link of faq/opend.md's first answer in the root language: {{links.api_disclaimer}}.
      Matcher link = Pattern.compile("(?m)^  api_disclaimer: (\\S+)$").matcher(text);
      assertTrue(link.find(), brand.toString());
      String url = link.group(1);
      String changed = url + (url.contains("?") ? "&" : "?") + "edit=" + random.nextInt(1000);
      edited = text.substring(0, link.start(1)) + changed + text.substring(link.end(1));
      Files.writeString(brand, edited);
      return content.relativize(brand) + ": links.api_disclaimer " + changed;
    }
  }

  private String changeATemplate() throws IOException {
    switch (random.nextInt(3)) {
      case 0 -> {
        Path page = templates.resolve("page.mustache");
        String comment = "<!-- edited in step " + step + " -->\n";
        Files.writeString(page, comment + Files.readString(page));
        return "a comment atop templates/page.mustache";
      }
      case 1 -> {
        Path footer = templates.resolve("partials/footer.mustache");
        Files.writeString(footer, Files.readString(footer) + "<!-- edited -->\n");
        return "a comment at the end of templates/partials/footer.mustache";
      }
      default -> {
        Path messages = templates.resolve("messages/en.yml");
        String text = Files.readString(messages);
        String edited = text.replace("\nprevious: Previous\n", "\nprevious: Previous page\n");
        assertFalse(edited.equals(text), "templates/messages/en.yml has 'previous: Previous'");
        Files.writeString(messages, edited);
        return "the message 'previous' in templates/messages/en.yml";
      }
    }
  }

  private String addAQuestion() throws IOException {
    Path page = pick(pages());
    String text = Files.readString(page);
    String id = "edit-" + step + "-" + random.nextInt(1000);
    String question =
        "\n## A question added in step "
            + step
            + "? {#"
            + id
            + "}\n\nA: Its answer, which names {{app_name}}.\n";
    Files.writeString(page, text + (text.endsWith("\n") ? "" : "\n") + question);
    return "#" + id + " at the end of " + content.relativize(page);
  }

  private String deleteAPage() throws IOException {
    // The one page the brands' header links do not name; only quick-start links to it.
    List<Path> files = new ArrayList<>();
    try (Stream<Path> list = Files.list(content.resolve("reference"))) {
      list.filter(p -> p.getFileName().toString().startsWith("unlock-trade.")).forEach(files::add);
    }
    assertFalse(files.isEmpty());
    for (Path file : files) {
      Files.delete(file);
    }
    Pattern link =
        Pattern.compile("\\[([^\\]]*)\\]\\((?:\\.\\./reference/)?unlock-trade\\.md[^)]*\\)");
    for (Path page : pages()) {
      String text = Files.readString(page);
      String unlinked = link.matcher(text).replaceAll("$1");
      if (!unlinked.equals(text)) {
        Files.writeString(page, unlinked);
      }
    }
    return "reference/unlock-trade.md and its translations";
  }

  private String replaceAnImage() throws IOException {
    List<Path> images;
    try (Stream<Path> walk = Files.walk(content)) {
      images =
          walk.filter(Files::isRegularFile)
              .filter(p -> p.toString().matches(".*\\.(svg|png)"))
              .sorted()
              .toList();
    }
    Path image = pick(images);
    byte[] bytes = Files.readAllBytes(image);
    byte[] replaced;
    if (image.toString().endsWith(".svg")) {
      String svg = new String(bytes, StandardCharsets.UTF_8);
      replaced =
          (svg + "\n<!-- replaced in step " + step + " -->\n").getBytes(StandardCharsets.UTF_8);
    } else {
      // Other bytes of the same length: the pixels' last bytes, before the end chunk, changed.
      replaced = bytes.clone();
      for (int i = replaced.length - 40; i < replaced.length - 20; i++) {
        replaced[i] ^= (byte) (1 + random.nextInt(255));
      }
    }
    Files.write(image, replaced);
    return content.relativize(image).toString();
  }

  // Helpers.

  /** Replaces, in {@code file}, each of {@code pairs}' first text by its second. */
  private static void replaceIn(Path file, String... pairs) throws IOException {
    String text = Files.readString(file);
    for (int i = 0; i < pairs.length; i += 2) {
      assertTrue(text.contains(pairs[i]), file + " holds " + pairs[i]);
      text = text.replace(pairs[i], pairs[i + 1]);
    }
    Files.writeString(file, text);
  }

  /** The problems a build failed with, formatted; empty when it passed. */
  private static List<String> problems(Runnable build) {
    try {
      build.run();
      return List.of();
    } catch (BuildFailedException e) {
      return e.diagnostics().stream().map(Diagnostic::format).toList();
    }
  }

  /** Every file of the content and templates folders, and its bytes. */
  private Map<Path, byte[]> sourceFiles() throws IOException {
    Map<Path, byte[]> files = new TreeMap<>();
    for (Path folder : List.of(content, templates)) {
      try (Stream<Path> walk = Files.walk(folder)) {
        for (Path file : walk.filter(Files::isRegularFile).toList()) {
          files.put(file, Files.readAllBytes(file));
        }
      }
    }
    return files;
  }

  /** Puts the content and templates folders back as {@link #sourceFiles} read them. */
  private void restore(Map<Path, byte[]> files) throws IOException {
    for (Path folder : List.of(content, templates)) {
      try (Stream<Path> walk = Files.walk(folder)) {
        for (Path file : walk.filter(Files::isRegularFile).toList()) {
          if (!files.containsKey(file)) {
            Files.delete(file);
          }
        }
      }
    }
    for (Map.Entry<Path, byte[]> file : files.entrySet()) {
      Files.write(file.getKey(), file.getValue());
    }
  }

  private static List<String> listing(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.map(p -> folder.relativize(p).toString()).sorted().toList();
    }
  }

  private List<Path> pages() throws IOException {
    try (Stream<Path> walk = Files.walk(content)) {
      return walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
  }

  private <T> T pick(List<T> from) {
    assertFalse(from.isEmpty());
    return from.get(random.nextInt(from.size()));
  }

  /**
   * The lines of a page that are prose of their own: past the front matter, outside code fences,
   * starting with a letter, no table, brand block or HTML.
   */
  private static List<Integer> proseLines(List<String> lines) {
    List<Integer> prose = new ArrayList<>();
    int frontMatterEnds = lines.subList(1, lines.size()).indexOf("---") + 1;
    boolean fenced = false;
    for (int i = frontMatterEnds + 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("```") || line.startsWith("~~~")) {
        fenced = !fenced;
      } else if (!fenced
          && !line.isEmpty()
          && Character.isLetter(line.codePointAt(0))
          && !line.contains("|")
          && !line.contains("{%")
          && !line.endsWith("  ")) {
        prose.add(i);
      }
    }
    return prose;
  }

  private static void write(Path file, List<String> lines) throws IOException {
    Files.writeString(file, String.join("\n", lines) + "\n");
  }

  /**
   * Every file of an output folder by its relative path, but kb's own: the Lucene indexes (a cached
   * build writes one in segments), the build cache, and the lock and marker files.
   */
  private static Map<String, byte[]> siteFiles(Path out) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(out)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        Path relative = out.relativize(file);
        String top = relative.getName(0).toString();
        String name = file.getFileName().toString();
        if (top.equals(SiteBuild.LUCENE_FOLDER)
            || top.equals(BuildCache.FOLDER)
            || name.startsWith(".kb-")) {
          continue;
        }
        files.put(relative.toString().replace('\\', '/'), Files.readAllBytes(file));
      }
    }
    return files;
  }

  private static void assertSameSites(
      Map<String, byte[]> cold, Map<String, byte[]> cached, String what) {
    assertEquals(cold.keySet(), cached.keySet(), what + ": the same files");
    for (Map.Entry<String, byte[]> file : cold.entrySet()) {
      byte[] made = cached.get(file.getKey());
      if (!Arrays.equals(file.getValue(), made)) {
        fail(
            what
                + ": the cached build's "
                + file.getKey()
                + " differs from the cold build's: "
                + difference(file.getValue(), made));
      }
    }
  }

  /** Where two files first differ, with some text around it. */
  private static String difference(byte[] cold, byte[] cached) {
    int at = Arrays.mismatch(cold, cached);
    return "at byte "
        + at
        + ", cold \""
        + around(cold, at)
        + "\", cached \""
        + around(cached, at)
        + "\"";
  }

  private static String around(byte[] bytes, int at) {
    int from = Math.max(0, at - 80);
    int to = Math.min(bytes.length, at + 80);
    return new String(bytes, from, Math.max(0, to - from), StandardCharsets.UTF_8);
  }

  /** The brands whose site (any of its languages) differs between two output folders. */
  private static List<String> changedBrands(Map<String, byte[]> before, Map<String, byte[]> after) {
    List<String> changed = new ArrayList<>();
    for (String brand : List.of("futu", "moomoo")) {
      Map<String, byte[]> was = brandFiles(before, brand);
      Map<String, byte[]> is = brandFiles(after, brand);
      boolean same =
          was.keySet().equals(is.keySet())
              && was.entrySet().stream()
                  .allMatch(e -> Arrays.equals(e.getValue(), is.get(e.getKey())));
      if (!same) {
        changed.add(brand);
      }
    }
    return changed;
  }

  private static Map<String, byte[]> brandFiles(Map<String, byte[]> files, String brand) {
    Map<String, byte[]> of = new TreeMap<>();
    files.forEach(
        (path, bytes) -> {
          if (path.startsWith(brand + "/")) {
            of.put(path, bytes);
          }
        });
    return of;
  }

  private List<String> cacheFiles() throws IOException {
    try (Stream<Path> list = Files.list(cachedOut.resolve(BuildCache.FOLDER))) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private Map<String, byte[]> cacheBytes() {
    Map<String, byte[]> bytes = new TreeMap<>();
    try (Stream<Path> list = Files.list(cachedOut.resolve(BuildCache.FOLDER))) {
      for (Path file : list.toList()) {
        bytes.put(file.getFileName().toString(), Files.readAllBytes(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes;
  }
}
