#!/usr/bin/env bash
# The collector's step times on a large live heap and a full collection's throughput
# (org.panlua.bench.gc.GcPauses). Build first: bin/test -q -DskipTests -pl bench -am.
#
#   bench/scripts/gc-pauses.sh [live-objects] [churn-iterations]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$root/bin/jdk.sh"
panlua_find_jdk || exit 1
cp="${BENCH_CP:-$root/bench/target/benchmarks.jar}"
exec "$PANLUA_JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED \
    --add-exports java.base/jdk.internal.misc=ALL-UNNAMED -XX:+UseSerialGC \
    -cp "$cp" org.panlua.bench.gc.GcPauses "$@"
