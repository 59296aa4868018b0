#!/usr/bin/env bash
# Backup benchmark: how long a verified copy of a 10-year demo journal takes (online backup, integrity_check of the
# copy, rows counted table by table), and how long the list of copies takes to read.
# Usage: bench/backup.sh [runs]   (after mvn verify)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-15}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mvn -q -B -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
classpath="target/classes:target/test-classes:$(cat "$work/cp.txt")"
java -jar target/groundwork.jar demo --years 10 --data-dir "$work/journal" >/dev/null
java -cp "$classpath" app.groundwork.bench.BackupBench "$work/journal" "$runs"
