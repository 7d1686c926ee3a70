#!/usr/bin/env bash
# Start-up benchmark: time to first frame and peak memory (max RSS) of Second Look against an
# empty JavaFX window, started the same way (java -cp, same JVM flags), alternating runs.
#   src/test/bench/startup.sh [RUNS] [--image]   (default 7 runs; needs Xvfb or a display, and GNU time)
# With --image it times the packaged Linux app image (jlinked runtime with its CDS archive; build it
# first with packaging/linux/build.sh --image) instead of the plain jar.
# Prints the median of each and the ratios. The goal: both ratios at most 1.5.
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs=${1:-7}
image=${2:-}
java=${JAVA:-$(ls -d /usr/lib/jvm/temurin-2*/bin/java /usr/lib/jvm/*-2[1-9]*/bin/java 2>/dev/null | head -1)}
[ -x /usr/bin/time ] || { echo "startup.sh: needs GNU time (apt-get install time)" >&2; exit 2; }
[ -f target/second-look.jar ] || mvn -B -q -DskipTests package
mvn -B -q test-compile
flags=(--enable-native-access=ALL-UNNAMED -Dsun.misc.unsafe.memory.access=allow -Xshare:auto)
display=()
[ -n "${DISPLAY:-}" ] || display=(xvfb-run -a)

measure() { # prints "ms kb"
  local out
  out=$("${display[@]}" /usr/bin/time -f 'maxrss=%M' "$java" "${flags[@]}" "$@" 2>&1)
  echo "$(grep -o 'first-frame-ms=[0-9]*' <<<"$out" | cut -d= -f2) $(grep -o 'maxrss=[0-9]*' <<<"$out" | cut -d= -f2)"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

app_ms=(); app_kb=(); empty_ms=(); empty_kb=()
for i in $(seq "$runs"); do
  if [ "$image" = --image ]; then
    out=$("${display[@]}" /usr/bin/time -f 'maxrss=%M' target/dist/SecondLook/bin/SecondLook --startup-probe 2>&1)
    ms=$(grep -o 'first-frame-ms=[0-9]*' <<<"$out" | cut -d= -f2); kb=$(grep -o 'maxrss=[0-9]*' <<<"$out" | cut -d= -f2)
  else
    read -r ms kb < <(measure -cp target/second-look.jar org.secondlook.app.Launcher --startup-probe)
  fi
  app_ms+=("$ms"); app_kb+=("$kb")
  read -r ms kb < <(measure -cp target/second-look.jar:target/test-classes org.secondlook.bench.EmptyWindowProbe); empty_ms+=("$ms"); empty_kb+=("$kb")
done
a_ms=$(printf '%s\n' "${app_ms[@]}" | median); e_ms=$(printf '%s\n' "${empty_ms[@]}" | median)
a_kb=$(printf '%s\n' "${app_kb[@]}" | median); e_kb=$(printf '%s\n' "${empty_kb[@]}" | median)
echo "runs=$runs java=$java"
echo "second-look   first-frame-ms median=$a_ms  peak-rss-MiB median=$((a_kb / 1024))  (all ms: ${app_ms[*]})"
echo "empty window  first-frame-ms median=$e_ms  peak-rss-MiB median=$((e_kb / 1024))  (all ms: ${empty_ms[*]})"
awk -v a="$a_ms" -v e="$e_ms" -v am="$a_kb" -v em="$e_kb" \
  'BEGIN {printf "ratio time=%.2f memory=%.2f (goal <= 1.5 each)\n", a/e, am/em}'
