#!/usr/bin/env bash
# The benchmark: kb against Hugo (site build) and Pagefind (browser search) on one generated
# corpus, in one run, printed as a table of medians and ratios (kb / peer, below 1.0 kb wins).
#
#   bench/run.sh              N = 1000 and N = 10000 pages
#   bench/run.sh 200          one size (200 is the smoke test: a few minutes)
#   bench/run.sh --zh 1000    the multilingual corpus alone: N pages in each of en, zh-CN and zh-HK;
#                             builds of every language of one brand (kb) against Hugo's
#                             multilingual mode and pagefind_extended, and two-character queries on
#                             the zh-CN pages of both (default sizes 1000 and 10000 too)
#
# Environment: KB_BENCH_RUNS (build runs per tool, default 3), KB_BENCH_DIR (work folder, default
# bench/target/work), KB_BENCH_OUT (where the tools write their sites: by default /dev/shm/kb-bench
# when /dev/shm is a writable tmpfs with 3 GiB free, else the work folder; removed after each size
# unless it is the work folder), KB_JAVA_OPTS (JVM options the ./kb launcher adds to its own; kb
# always runs through the launcher, as a user runs it). Each size also gets one kb build of one
# brand and one of both brands with the heap capped at 1 GiB (-Xmx1g), the memory target; a build
# that runs out of memory is recorded as failed (NaN) and does not stop the benchmark. Then kb
# builds one brand once to fill its build cache and, KB_BENCH_RUNS times, again after editing one
# page (against Hugo's full build). Then `kb serve --brand futu` times its rebuild after each of 3 edits to one page. Once per run, `kb serve`
# on the shipped content times each of 5 edits of a question until the page open in Chromium has
# reloaded with it (kb.bench.LiveReloadBench; 500 ms, docs/commands.md). Each size also times kb
# serve against hugo server from an edit of one page to the open page showing it in Chromium
# (kb.bench.EditReloadBench, 5 edits each). Installs what is missing:
# hugo and time (apt-get), chromium (apt-get), pagefind (npm, into bench/target/pagefind). Never
# commits anything; all it writes is under the work folder and the output folder.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
work=${KB_BENCH_DIR:-$here/target/work}
runs=${KB_BENCH_RUNS:-3}
# Sites are written to memory by default. On a disk like this machine's (ext4 without a journal),
# creating a file within minutes of deleting many checks the deleted inodes one by one, and every
# run deletes the last run's output first. kb writes 33,000 files at 10,000 pages to Hugo's 10,000:
# one kb build right after such a deletion took 28.5 s (25 s of it in the kernel), the next 18.7 s.
# That is noise from the harness, not the speed of either tool.
# The sites of 10,000 pages take about 1.2 GB there at once: a small /dev/shm (a container's 64 MB)
# is passed over for the work folder.
shm_free_kb=$(df -Pk /dev/shm 2>/dev/null | awk 'NR == 2 { print $4 }' || true)
if [ -z "${KB_BENCH_OUT:-}" ] && [ -w /dev/shm ] &&
  [ "$(stat -f -c %T /dev/shm 2>/dev/null)" = tmpfs ] &&
  [ "${shm_free_kb:-0}" -ge $((3 * 1024 * 1024)) ]; then
  outputs=/dev/shm/kb-bench
else
  outputs=${KB_BENCH_OUT:-$work}
fi
kb=$repo/kb
chinese=0
if [ "${1:-}" = --zh ]; then chinese=1; shift; fi
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)

say() { printf '%s\n' "$*" >&2; }

install_peers() {
  local missing=()
  command -v hugo >/dev/null || missing+=(hugo)
  [ -x /usr/bin/time ] || missing+=(time)
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]} ..."
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q >/dev/null
    apt-get install -y -q "${missing[@]}" >/dev/null
  fi
  pagefind_dir=$here/target/pagefind
  if [ ! -x "$pagefind_dir/node_modules/.bin/pagefind" ]; then
    say "installing pagefind 1.x (npm) into $pagefind_dir ..."
    mkdir -p "$pagefind_dir"
    (cd "$pagefind_dir" && npm install --silent --no-audit --no-fund --no-save pagefind@1 >/dev/null)
  fi
  # The platform binary itself, so timing and memory are Pagefind's, not a node wrapper's.
  # Pagefind 1.6's @pagefind/linux-x64 ships only pagefind_extended (the build that segments
  # Chinese and Japanese); the English rows take whichever binary is there, the Chinese ones
  # need the extended one.
  pagefind=$(find "$pagefind_dir/node_modules/@pagefind" -path '*/bin/pagefind*' -type f \
    ! -name '*.sha256' | sort | head -n 1)
  pagefind_extended=$(find "$pagefind_dir/node_modules/@pagefind" -path '*/bin/pagefind_extended*' \
    -type f ! -name '*.sha256' | sort | head -n 1)
  if [ "$chinese" -eq 1 ] && [ -z "$pagefind_extended" ]; then
    say "no pagefind_extended under $pagefind_dir"; exit 1
  fi
}

build_tools() {
  say "building kb.jar and the benchmark classes ..."
  mvn -B -q -f "$repo/pom.xml" -Dmaven.test.skip=true -Dspotless.check.skip=true package >&2
  # The launcher's first run makes its class archive for the new jar: not part of any timing.
  "$kb" --version >/dev/null
  bench_cp=$here/target/classes:$(cat "$here/target/classpath.txt")
}

# timed NAME CMD...: runs CMD under /usr/bin/time, appends wall seconds and peak RSS to results.
timed() {
  local name=$1; shift
  local t; t=$(mktemp)
  if ! /usr/bin/time -f '%e %M' -o "$t" "$@" >"$dir/$name.log" 2>&1; then
    cat "$dir/$name.log" >&2; rm -f "$t"; return 1
  fi
  read -r seconds rss < <(tail -n 1 "$t"); rm -f "$t"
  printf '%s\tbuild_s\t%s\t%s\n%s\trss_kb\t%s\t%s\n' "$n" "$name" "$seconds" "$n" "$name" "$rss" >>"$results"
  printf '%s' "$seconds"
}

kb_build() { rm -rf "$out/kb-out"; timed "kb-$1" "$kb" build --brand "$1" \
  --content "$dir/content" --templates "$repo/templates" --out "$out/kb-out"; }
# kb_build_capped BRAND: one build with the heap capped at 1 GiB, recorded as kb-BRAND-1g.
kb_build_capped() {
  rm -rf "$out/kb-out"
  local seconds
  if seconds=$(KB_JAVA_OPTS="${KB_JAVA_OPTS:-} -Xmx1g" timed "kb-$1-1g" "$kb" build --brand "$1" \
    --content "$dir/content" --templates "$repo/templates" --out "$out/kb-out"); then
    printf '%ss' "$seconds"
  else
    printf '%s\tbuild_s\tkb-%s-1g\tNaN\n' "$n" "$1" >>"$results"
    printf 'failed (recorded as NaN)'
  fi
}
hugo_build() { rm -rf "$out/hugo-public"; timed hugo hugo --quiet --source "$dir/hugo" \
  --destination "$out/hugo-public"; }
pagefind_index() { timed pagefind "$pagefind" --site "$out/hugo-public"; }

# kb_incremental: `kb serve --brand futu` on the corpus; appends a sentence to one page three times
# and records the rebuild time kb serve prints after each edit ("... rebuilt futu in N ms"). The
# page is restored afterwards.
kb_incremental() {
  local log="$dir/kb-serve.log" page="$dir/content/faq/p00001.md" edits=3
  cp "$page" "$dir/page.orig"
  "$kb" serve --brand futu --port 0 --content "$dir/content" \
    --templates "$repo/templates" >"$log" 2>&1 &
  local pid=$!
  wait_for() { # wait_for PATTERN COUNT: until the log holds COUNT lines matching PATTERN
    for _ in $(seq 1 600); do
      [ "$(grep -c -- "$1" "$log")" -ge "$2" ] && return 0
      kill -0 "$pid" 2>/dev/null || return 1
      sleep 0.5
    done
    return 1
  }
  local ok=1 i
  wait_for "^serving futu" 1 || ok=0
  for i in $(seq 1 "$edits"); do
    [ "$ok" -eq 1 ] || break
    sleep 2 # let the watcher settle, so each edit is its own rebuild
    printf '\nEdited for the benchmark, %s.\n' "$i" >>"$page"
    wait_for "rebuilt futu in" "$i" || ok=0
  done
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
  cp "$dir/page.orig" "$page"
  grep -o 'rebuilt futu in [0-9]*' "$log" | awk -v n="$n" '{print n "\tincremental_ms\tkb\t" $4}' \
    >>"$results"
  [ "$ok" -eq 1 ] && grep -o 'rebuilt futu in [0-9]* ms' "$log" | tr '\n' ' ' || cat "$log" >&2
}

# kb_cached_edits: one kb build of futu that fills the build cache, then $runs builds each after
# appending a sentence to one page, recorded as kb-futu-edit; the page is restored afterwards.
kb_cached_edits() {
  local page="$dir/content/faq/p00001.md" i times=""
  rm -rf "$out/kb-cached"
  cp "$page" "$dir/page.orig"
  "$kb" build --brand futu --quiet --content "$dir/content" --templates "$repo/templates" \
    --out "$out/kb-cached" >&2 || return 1
  for i in $(seq 1 "$runs"); do
    printf '\nEdited for the benchmark, %s.\n' "$i" >>"$page"
    times="$times $(timed kb-futu-edit "$kb" build --brand futu --content "$dir/content" \
      --templates "$repo/templates" --out "$out/kb-cached")s"
  done
  cp "$dir/page.orig" "$page"
  rm -rf "$out/kb-cached"
  printf '%s' "$times"
}

# edit_reload TOOL COMMAND...: kb.bench.EditReloadBench, the same 5 edits of one page timed in
# Chromium from the save to the open page showing them, for kb serve and hugo server alike.
edit_reload() {
  local tool=$1; shift
  java -cp "$bench_cp" kb.bench.EditReloadBench "$n" "$tool" "$dir" "$results" "$@" >&2 ||
    say "$tool edit to reload: failed (not in the table)"
}

bench_size() {
  n=$1
  dir=$work/$n
  out=$outputs/$n # the work folder's $dir itself when the sites stay there
  rm -rf "$dir" "$out"
  mkdir -p "$out"
  say "== $n pages: generating the corpus ..."
  local summary; summary=$(java -cp "$bench_cp" kb.bench.CorpusGenerator "$n" "$dir")
  say "$summary"
  printf '%s\tquestions\tkb\t%s\n' "$n" "$(echo "$summary" | sed -E 's/.* ([0-9]+) questions.*/\1/')" >>"$results"
  cp -r "$here/hugo/." "$dir/hugo/"
  for run in $(seq 1 "$runs"); do
    # Alternate the order so that drift of the machine's speed affects every tool alike.
    local h p kf ka
    if [ $((run % 2)) -eq 1 ]; then
      kf=$(kb_build futu); h=$(hugo_build); p=$(pagefind_index); ka=$(kb_build all)
    else
      ka=$(kb_build all); h=$(hugo_build); p=$(pagefind_index); kf=$(kb_build futu)
    fi
    printf '%s\tbuild_s\thugo+pagefind\t%s\n' "$n" "$(awk "BEGIN{print $h + $p}")" >>"$results"
    say "run $run: kb futu ${kf}s, kb both ${ka}s, hugo ${h}s, pagefind ${p}s"
  done
  say "kb futu with -Xmx1g: $(kb_build_capped futu)"
  say "kb both brands with -Xmx1g: $(kb_build_capped all)"
  say "kb build after editing one page, with the build cache:$(kb_cached_edits)"
  say "kb serve, editing one page: $(kb_incremental)"
  say "edit to reloaded page in Chromium, kb serve against hugo server ..."
  edit_reload hugo hugo server --source "$dir/hugo" --port 1414 --bind 127.0.0.1 \
    --baseURL http://127.0.0.1:1414/
  edit_reload kb "$kb" serve --brand futu --port 0 --content "$dir/content" \
    --templates "$repo/templates"
  [ -d "$out/kb-out/futu" ] || kb_build all >/dev/null
  java -cp "$bench_cp" kb.bench.SearchDataSize "$n" kb "$out/kb-out/futu/search" "$results"
  java -cp "$bench_cp" kb.bench.SearchDataSize "$n" pagefind "$out/hugo-public/pagefind" "$results"
  say "timing queries in headless Chromium ..."
  java -cp "$bench_cp" kb.bench.BrowserBench "$n" "$out/kb-out/futu" "$out/hugo-public" \
    "$dir/queries.txt" "$results" >&2
  if [ "$out" != "$dir" ]; then rm -rf "$out"; fi
}

# bench_zh_size N: the multilingual corpus of N pages a language; its rows' N is zh-N.
bench_zh_size() {
  n=zh-$1
  dir=$work/$n
  out=$outputs/$n
  rm -rf "$dir" "$out"
  mkdir -p "$out"
  say "== $1 pages in each of en, zh-CN and zh-HK: generating the corpus ..."
  local summary; summary=$(java -cp "$bench_cp" kb.bench.CorpusGenerator --zh "$1" "$dir")
  say "$summary"
  printf '%s\tquestions\tkb\t%s\n' "$n" "$(echo "$summary" | sed -E 's/.* ([0-9]+) questions.*/\1/')" >>"$results"
  cp -r "$here/hugo/." "$dir/hugo/"
  for run in $(seq 1 "$runs"); do
    # kb first, then last, run by run (Pagefind indexes Hugo's output, so it follows Hugo).
    local h p k
    if [ $((run % 2)) -eq 1 ]; then
      k=$(kb_build futu); h=$(hugo_ml_build); p=$(pagefind_ml_index)
    else
      h=$(hugo_ml_build); p=$(pagefind_ml_index); k=$(kb_build futu)
    fi
    printf '%s\tbuild_s\thugo+pagefind\t%s\n' "$n" "$(awk "BEGIN{print $h + $p}")" >>"$results"
    say "run $run: kb futu (3 languages) ${k}s, hugo (3 languages) ${h}s, pagefind_extended ${p}s"
  done
  # What a zh-CN query can load on each side: kb's zh-CN search/ folder and its two search
  # scripts; Pagefind's runtime, its zh-cn WASM and its zh-cn files (kb.bench.PagefindLanguage).
  java -cp "$bench_cp" kb.bench.SearchDataSize "$n" kb "$out/kb-out/futu/zh-CN/search" "$results" \
    "$out/kb-out/futu/zh-CN/assets/kb-search.js" "$out/kb-out/futu/zh-CN/assets/kb-rank.js"
  java -cp "$bench_cp" kb.bench.SearchDataSize "$n" pagefind "$out/hugo-public/pagefind" \
    "$results" --pagefind-language zh-cn
  say "timing two-character queries on the zh-CN pages in headless Chromium ..."
  java -cp "$bench_cp" kb.bench.BrowserBench "$n" "$out/kb-out/futu/zh-CN" "$out/hugo-public" \
    "$dir/queries-zh.txt" "$results" zh-CN >&2
  if [ "$out" != "$dir" ]; then rm -rf "$out"; fi
}
hugo_ml_build() { rm -rf "$out/hugo-public"; timed hugo hugo --quiet --source "$dir/hugo" \
  --config "$dir/hugo/multilingual.toml" --destination "$out/hugo-public"; }
pagefind_ml_index() { timed pagefind "$pagefind_extended" --site "$out/hugo-public"; }

install_peers
build_tools
mkdir -p "$work"
suffix=""
[ "$chinese" -eq 0 ] || suffix=-zh # a --zh run keeps the last full run's results and table
results=$work/results$suffix.tsv
: >"$results"
if [ "$chinese" -eq 1 ]; then
  for size in "${sizes[@]}"; do bench_zh_size "$size"; done
else
  for n in "${sizes[@]}"; do bench_size "$n"; done
  # Once, on the shipped content, whatever the sizes: kb serve's edit-to-reloaded-page time.
  say "kb serve on the shipped content: a question edited 5 times, the page open in Chromium ..."
  java -cp "$bench_cp" kb.bench.LiveReloadBench "$kb" "$repo" "$work/live-reload" "$results" >&2 ||
    say "kb serve live reload: failed (not in the table)"
fi
[ "$outputs" = "$work" ] || rmdir "$outputs" 2>/dev/null || true
say ""
pf_bin=$pagefind
[ "$chinese" -eq 0 ] || pf_bin=$pagefind_extended
{
  echo "kb $(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo '?'), $(date -u +%Y-%m-%d)," \
    "$(nproc) cores, $(hugo version | cut -d' ' -f2), pagefind $("$pf_bin" --version | cut -d' ' -f2) ($(basename "$pf_bin"))"
  java -cp "$bench_cp" kb.bench.BenchTable "$results"
} | tee "$work/table$suffix.md"
