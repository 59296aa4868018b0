#!/usr/bin/env bash
# Progress benchmark: how long a range's figures take to be ready for the charts on a 10-year demo journal
# (everything, and the last year). Usage: bench/progress.sh [runs]   (after mvn verify)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-40}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mvn -q -B -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
classpath="target/classes:target/test-classes:$(cat "$work/cp.txt")"
java -jar target/groundwork.jar demo --years 10 --data-dir "$work/journal" >/dev/null
java -cp "$classpath" app.groundwork.bench.ProgressBench "$work/journal" "$runs"
