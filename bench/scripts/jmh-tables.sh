#!/usr/bin/env bash
# Runs the table micro-benchmarks (org.panlua.bench.table) with the short settings used for
# hw-notes.md, and writes the human-readable log and a CSV next to each other.
#
#   bench/scripts/jmh-tables.sh [JMH-REGEX] [extra JMH options...]
#
# Build first: bin/test -q -DskipTests -pl bench -am. Environment: BENCH_CP (default
# bench/target/benchmarks.jar), OUT (default bench/target/jmh).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$root/bin/jdk.sh"
panlua_find_jdk || exit 1
java="$PANLUA_JAVA_HOME/bin/java"
cp="${BENCH_CP:-$root/bench/target/benchmarks.jar}"
out="${OUT:-$root/bench/target/jmh}"
regex="${1:-org.panlua.bench.table}"
shift || true
mkdir -p "$out"
stamp="$(date +%Y%m%d-%H%M%S)"
"$java" --enable-native-access=ALL-UNNAMED -cp "$cp" org.openjdk.jmh.Main "$regex" \
    -f 1 -wi 3 -w 1s -i 5 -r 1s \
    -jvmArgsAppend "--enable-native-access=ALL-UNNAMED --add-exports java.base/jdk.internal.misc=ALL-UNNAMED" \
    -rf csv -rff "$out/tables-$stamp.csv" "$@" | tee "$out/tables-$stamp.log"
