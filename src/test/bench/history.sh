#!/usr/bin/env bash
# History benchmark: whole command-line runs (JVM start to exit) of `sessions list`, `sessions list --search` and
# `sessions show` on a database of 1,000 sessions against one of 100,000, alternating runs.
#   src/test/bench/history.sh [RUNS]   (default 7 runs)
# Prints the median wall time of each command on each database and the ratio 100,000 : 1,000. The goal: each ratio
# at most 1.1. The databases are made once in target/bench-history/ (about 300 MB for 100,000 sessions); the page
# cache is left as it is, so the runs read a warm file, as a second command in a row does.
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs=${1:-7}
jar=${JAR:-target/second-look.jar} # JAR=... times another build of the app, e.g. an earlier one
java=${JAVA:-$(ls -d /usr/lib/jvm/temurin-2*/bin/java /usr/lib/jvm/*-2[1-9]*/bin/java 2>/dev/null | head -1)}
[ -f target/second-look.jar ] || mvn -B -q -DskipTests package
[ -f target/test-classes/org/secondlook/bench/HistoryFixture.class ] || mvn -B -q test-compile
dir=target/bench-history
mkdir -p "$dir"
for n in 1000 100000; do
  [ -f "$dir/sessions-$n.db" ] || "$java" --enable-native-access=ALL-UNNAMED \
    -cp target/second-look.jar:target/test-classes org.secondlook.bench.HistoryFixture "$dir/sessions-$n.db" "$n"
done

commands=("sessions list" "sessions list --search nakamura" "sessions show 500")
run_ms() { # prints the wall time of one whole run in ms
  local start end
  start=$(date +%s%N)
  "$java" --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -jar "$jar" \
    $1 --db "$2" >/dev/null
  end=$(date +%s%N)
  echo $(((end - start) / 1000000))
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "runs=$runs java=$java load: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
echo "sizes: 1,000 = $(du -h "$dir/sessions-1000.db" | cut -f1), 100,000 = $(du -h "$dir/sessions-100000.db" | cut -f1)"
for command in "${commands[@]}"; do
  small=(); large=()
  for i in $(seq "$runs"); do
    small+=("$(run_ms "$command" "$dir/sessions-1000.db")")
    large+=("$(run_ms "$command" "$dir/sessions-100000.db")")
  done
  s=$(printf '%s\n' "${small[@]}" | median); l=$(printf '%s\n' "${large[@]}" | median)
  awk -v c="$command" -v s="$s" -v l="$l" -v sa="${small[*]}" -v la="${large[*]}" 'BEGIN {
    printf "%-32s 1,000: %5d ms  100,000: %5d ms  ratio %.2f (goal <= 1.10)\n    all 1,000: %s\n    all 100,000: %s\n",
      c, s, l, l / s, sa, la }'
done
