#!/usr/bin/env bash
# Start-up benchmark: time to the first frame, CPU time and peak memory (max RSS) of Second Look against an empty
# JavaFX window, each a whole process, alternating runs.
#   src/test/bench/startup.sh [RUNS]   (default 7 runs; needs Xvfb or a display, and GNU time)
# Three ways are timed in every round, one after another:
#   empty  the baseline: an empty JavaFX window started the plain way (java -cp ... EmptyWindowProbe, same JDK,
#          no archive of its own)
#   jar    java -jar target/second-look.jar --startup-probe
#   image  target/dist/SecondLook/bin/SecondLook --startup-probe (the packaged app image with its AOT cache), when
#          it was built (packaging/linux/build.sh --image)
# Prints the median of each measure and its ratio to the empty window. The goals: image first frame <= 1.0x, CPU
# <= 1.3x, peak memory <= 1.2x; jar first frame <= 1.4x. Absolute times drift with the machine's load (printed);
# the ratios of alternating runs drift much less.
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs=${1:-7}
jar=${JAR:-target/second-look.jar} # JAR=... times another build of the app, e.g. an earlier one
java=${JAVA:-$(ls -d /usr/lib/jvm/temurin-2*/bin/java /usr/lib/jvm/*-2[1-9]*/bin/java 2>/dev/null | head -1)}
[ -x /usr/bin/time ] || { echo "startup.sh: needs GNU time (apt-get install time)" >&2; exit 2; }
[ -f target/second-look.jar ] || mvn -B -q -DskipTests package
[ -f target/test-classes/org/secondlook/bench/EmptyWindowProbe.class ] || mvn -B -q test-compile
flags=(--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow)
display=()
[ -n "${DISPLAY:-}" ] || display=(xvfb-run -a)
image=target/dist/SecondLook/bin/SecondLook
ways=(empty jar)
[ -x "$image" ] && ways+=(image)

command_for() {
  case $1 in
    empty) echo "$java ${flags[*]} -cp target/second-look.jar:target/test-classes org.secondlook.bench.EmptyWindowProbe" ;;
    jar) echo "$java ${flags[*]} -jar $jar --startup-probe" ;;
    image) echo "$image --startup-probe" ;;
  esac
}
measure() { # prints "first-frame-ms cpu-ms max-rss-kb"
  local out
  # shellcheck disable=SC2046
  out=$("${display[@]}" /usr/bin/time -f 'cpu=%U+%S maxrss=%M' $(command_for "$1") 2>&1)
  local ms cpu kb
  ms=$(grep -o 'first-frame-ms=[0-9]*' <<<"$out" | cut -d= -f2)
  cpu=$(grep -o 'cpu=[0-9.]*+[0-9.]*' <<<"$out" | cut -d= -f2 | awk -F+ '{printf "%d", ($1 + $2) * 1000}')
  kb=$(grep -o 'maxrss=[0-9]*' <<<"$out" | cut -d= -f2)
  [ -n "$ms" ] || { echo "startup.sh: $1 printed no first frame:" >&2; echo "$out" >&2; exit 1; }
  echo "$ms $cpu $kb"
}
median() { tr ' ' '\n' | sed '/^$/d' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

declare -A ms cpu kb
echo "runs=$runs java=$java ways: ${ways[*]}"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
for i in $(seq "$runs"); do
  for way in "${ways[@]}"; do
    read -r m c k < <(measure "$way")
    ms[$way]+="$m "; cpu[$way]+="$c "; kb[$way]+="$k "
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
e_ms=$(median <<<"${ms[empty]}"); e_cpu=$(median <<<"${cpu[empty]}"); e_kb=$(median <<<"${kb[empty]}")
for way in "${ways[@]}"; do
  m=$(median <<<"${ms[$way]}"); c=$(median <<<"${cpu[$way]}"); k=$(median <<<"${kb[$way]}")
  awk -v w="$way" -v m="$m" -v c="$c" -v k="$k" -v em="$e_ms" -v ec="$e_cpu" -v ek="$e_kb" -v all="${ms[$way]}" 'BEGIN {
    printf "%-6s first frame %6d ms (%.2fx)  CPU %6d ms (%.2fx)  peak RSS %4d MiB (%.2fx)   all first-frame ms: %s\n",
      w, m, m / em, c, c / ec, k / 1024, k / ek, all }'
done
echo "goals: image first frame <= 1.00x, CPU <= 1.30x, peak RSS <= 1.20x; jar first frame <= 1.40x"
