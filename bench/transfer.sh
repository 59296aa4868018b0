#!/usr/bin/env bash
# Export and import benchmark on a 10-year demo journal: the whole journal as Groundwork JSON, restored into an empty
# journal, and merged into itself; in-process (as the app runs it) and then as commands, start-up included.
# Usage: bench/transfer.sh [runs]   (after mvn verify)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mvn -q -B -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
classpath="target/classes:target/test-classes:$(cat "$work/cp.txt")"
java -jar target/groundwork.jar demo --years 10 --data-dir "$work/journal" >/dev/null
java -cp "$classpath" app.groundwork.bench.TransferBench "$work/journal" "$work" "$runs"
seconds() { local start end; start=$(date +%s%N); "$@" >/dev/null; end=$(date +%s%N); echo "$(( (end - start) / 1000000 )) ms"; }
echo "command: export --format json: $(seconds java -jar target/groundwork.jar export --format json --out "$work/cli.json" --data-dir "$work/journal")"
echo "command: import --format groundwork into an empty journal: $(seconds java -jar target/groundwork.jar import "$work/cli.json" --format groundwork --data-dir "$work/cli-restore")"
cmp -s "$work/cli.json" <(java -jar target/groundwork.jar export --format json --out "$work/cli-again.json" --data-dir "$work/cli-restore" >/dev/null; cat "$work/cli-again.json") \
    && echo "round trip: the second export is byte for byte the first" || echo "round trip: the exports differ"
