#!/usr/bin/env bash
# Start-up benchmark: time from launching the JVM until the window is mapped on screen, for Groundwork
# (on a 10-year demo journal) and for a bare JavaFX window started the same way. Needs Xvfb and xdotool
# (Debian: xvfb xdotool libgtk-3-0). Usage: bench/startup.sh [runs]   (after mvn verify)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
work=$(mktemp -d)
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
Xvfb :77 -screen 0 1280x860x24 >/dev/null 2>&1 & xvfb=$!
export DISPLAY=:77
sleep 1
mvn -q -B -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
classpath="target/classes:target/test-classes:$(cat "$work/cp.txt")"
java -jar target/groundwork.jar demo --years 10 --data-dir "$work/journal" >/dev/null
printf 'theme=light\ntextSize=14\nwelcomeRead=true\n' > "$work/journal/settings.properties"

time_window() {   # $1 = window title, rest = command
  local title=$1; shift
  local start end
  start=$(date +%s%N)
  "$@" >>"$work/run.log" 2>&1 & local pid=$!
  # poll rather than --sync, which only looks twice a second
  until xdotool search --onlyvisible --name "^$title\$" >/dev/null 2>&1; do
    sleep 0.005
    if (( $(date +%s%N) - start > 60000000000 )); then echo "no window: $title" >&2; tail -20 "$work/run.log" >&2; exit 1; fi
  done
  end=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo $(( (end - start) / 1000000 ))
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

for _ in $(seq "$runs"); do time_window "Bare window" java -cp "$classpath" app.groundwork.bench.BareWindow; done > "$work/bare.txt"
export GROUNDWORK_HOME="$work/journal"
for _ in $(seq "$runs"); do time_window "Groundwork" java -cp "$classpath" app.groundwork.Main; done > "$work/app.txt"
bare=$(median < "$work/bare.txt"); app=$(median < "$work/app.txt")
echo "bare JavaFX window: median ${bare} ms  ($(tr '\n' ' ' < "$work/bare.txt"))"
echo "Groundwork:         median ${app} ms  ($(tr '\n' ' ' < "$work/app.txt"))"
awk -v a="$app" -v b="$bare" 'BEGIN { printf "ratio: %.2f (target ≤ 1.25)\n", a / b }'
