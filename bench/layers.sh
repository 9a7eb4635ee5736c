#!/usr/bin/env bash
# Times `kb build --brand futu` of two revisions of kb on one generated corpus, in one run, in turn
# (A B A B ...), and prints each one's median CPU and wall seconds and the median of the ratios
# A/B pair by pair: how much a performance layer (in A, not in B, or the reverse) gains end to end.
#
#   bench/layers.sh REV_A REV_B [PAGES]     PAGES defaults to 10000
#
# Environment: KB_BENCH_RUNS (runs of each, default 3), KB_BENCH_DIR (work folder, default
# bench/target/layers). Each revision's kb.jar is built in a git worktree of its own under the
# work folder; the sites go to /dev/shm when it is a tmpfs (see bench/run.sh), else the work folder.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
work=${KB_BENCH_DIR:-$here/target/layers}
runs=${KB_BENCH_RUNS:-3}
[ $# -ge 2 ] || { echo "usage: bench/layers.sh REV_A REV_B [PAGES]" >&2; exit 2; }
rev_a=$1 rev_b=$2 pages=${3:-10000}
out=$work
[ "$(stat -f -c %T /dev/shm 2>/dev/null)" = tmpfs ] && out=/dev/shm/kb-layers
mkdir -p "$work" "$out"

say() { printf '%s\n' "$*" >&2; }

# jar REV: builds kb.jar of REV (once) and prints its path.
jar() {
  local sha; sha=$(git -C "$repo" rev-parse --short "$1^{commit}")
  local tree=$work/rev-$sha
  if [ ! -f "$tree/generator/target/kb.jar" ]; then
    say "building kb.jar of $1 ($sha) ..."
    rm -rf "$tree"
    git -C "$repo" worktree prune
    git -C "$repo" worktree add -q --detach "$tree" "$sha"
    mvn -B -q -f "$tree/pom.xml" -pl generator -Dmaven.test.skip=true \
      -Dspotless.check.skip=true package >&2
  fi
  echo "$tree/generator/target/kb.jar"
}

jar_a=$(jar "$rev_a")
jar_b=$(jar "$rev_b")
say "building the corpus generator ..."
mvn -B -q -f "$repo/pom.xml" -Dmaven.test.skip=true -Dspotless.check.skip=true package >&2
bench_cp=$here/target/classes:$(cat "$here/target/classpath.txt")
corpus=$work/corpus-$pages
[ -d "$corpus" ] || java -cp "$bench_cp" kb.bench.CorpusGenerator "$pages" "$corpus" >&2

# once JAR: one timed build; prints "cpu wall" in seconds.
once() {
  rm -rf "$out/site"
  local t; t=$(mktemp)
  local templates; templates=$(dirname "$(dirname "$(dirname "$1")")")/templates
  /usr/bin/time -f '%U %S %e' -o "$t" java -jar "$1" build --content "$corpus/content" \
    --templates "$templates" --brand futu --out "$out/site" --quiet >/dev/null
  awk '{ printf "%.2f %.2f\n", $1 + $2, $3 }' "$t"
  rm -f "$t"
}

say "warming up ..."
once "$jar_a" >/dev/null
once "$jar_b" >/dev/null
results=$work/results-$(date -u +%Y%m%dT%H%M%S).tsv
printf 'run\tcpu_a\twall_a\tcpu_b\twall_b\n' >"$results"
for r in $(seq 1 "$runs"); do
  if [ $((r % 2)) -eq 1 ]; then
    a=$(once "$jar_a"); b=$(once "$jar_b")
  else
    b=$(once "$jar_b"); a=$(once "$jar_a")
  fi
  printf '%s\t%s\t%s\n' "$r" "${a/ /$'\t'}" "${b/ /$'\t'}" | tee -a "$results" >&2
done
rm -rf "$out/site"
python3 - "$results" "$rev_a" "$rev_b" "$pages" <<'EOF'
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
med = lambda key: statistics.median(float(r[key]) for r in rows)
ratio = lambda key: statistics.median(float(r[key + "_a"]) / float(r[key + "_b"]) for r in rows)
print(f"{sys.argv[4]} pages, {len(rows)} runs each: A = {sys.argv[2]}, B = {sys.argv[3]}")
print("| | A | B | A/B |")
print("|---|---|---|---|")
for key, name in (("cpu", "CPU s (user + sys)"), ("wall", "wall s")):
    print(f"| {name} | {med(key + '_a'):.1f} | {med(key + '_b'):.1f} | {ratio(key):.3f} |")
EOF
