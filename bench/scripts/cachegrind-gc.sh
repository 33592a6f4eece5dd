#!/usr/bin/env bash
# Simulated cache misses of the collector's marking and sweeping (org.panlua.bench.gc.GcCache)
# under cachegrind, per object per full collection (hw-notes.md, section 8).
#
#   bench/scripts/cachegrind-gc.sh [WORKLOAD...]      (live, garbage; default both)
#
# Environment: OBJECTS (default 2000000), WARMUP (default 3), PASSES (default 4),
# OUT (default bench/target/cachegrind-gc), JAVA_OPTS (more JVM options, e.g. a layout switch),
# BENCH_CP (default bench/target/benchmarks.jar; build it with bin/test -q -DskipTests -pl bench -am).
#
# As in cachegrind-tables.sh, each workload runs twice, with WARMUP + 0 and WARMUP + PASSES
# full collections; the difference is the cost of PASSES compiled collections alone (JVM start-up,
# building the heap and the JIT cancel out). Same simulated caches: D1 32 KiB 8-way, LL 32 MiB
# 16-way, 64-byte lines. Each run takes a few minutes.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$root/bin/jdk.sh"
panlua_find_jdk || exit 1
java="$PANLUA_JAVA_HOME/bin/java"
objects="${OBJECTS:-2000000}"
warmup="${WARMUP:-3}"
passes="${PASSES:-4}"
out="${OUT:-$root/bench/target/cachegrind-gc}"
cp="${BENCH_CP:-$root/bench/target/benchmarks.jar}"
workloads=("$@")
[ ${#workloads[@]} -gt 0 ] || workloads=(live garbage)
command -v valgrind >/dev/null || { echo "valgrind is not installed (apt-get install -y valgrind)" >&2; exit 1; }
mkdir -p "$out"

# -Xbatch: the collector is compiled during the warm-up collections, the same way in both runs.
jvm_flags=(-Xbatch -XX:+UseSerialGC -Xms256m -Xmx256m -XX:-UsePerfData --enable-native-access=ALL-UNNAMED
           --add-exports java.base/jdk.internal.misc=ALL-UNNAMED ${JAVA_OPTS:-})
valgrind_flags=(--tool=cachegrind --cache-sim=yes --smc-check=all-non-file
                --I1=32768,8,64 --D1=32768,8,64 --LL=33554432,16,64)

counts() {  # "Irefs Drefs D1misses LLdmisses" from a cachegrind log
    awk '/I   refs:/ {gsub(",", "", $4); i = $4}
         /D   refs:/ {gsub(",", "", $4); d = $4}
         /D1  misses:/ {gsub(",", "", $4); m = $4}
         /LLd misses:/ {gsub(",", "", $4); l = $4}
         END {print i, d, m, l}' "$1"
}

printf '%-8s %10s %12s %10s %10s %10s %10s\n' workload objects "dIrefs" "Irefs/obj" "Drefs/obj" "D1miss/obj" "LLmiss/obj"
for w in "${workloads[@]}"; do
    for p in 0 "$passes"; do
        valgrind "${valgrind_flags[@]}" --cachegrind-out-file=/dev/null \
            "$java" "${jvm_flags[@]}" -cp "$cp" org.panlua.bench.gc.GcCache "$w" "$objects" "$warmup" "$p" \
            >"$out/$w.$p.stdout" 2>"$out/$w.$p.log"
    done
    read -r i0 d0 m0 l0 < <(counts "$out/$w.0.log")
    read -r i1 d1 m1 l1 < <(counts "$out/$w.$passes.log")
    awk -v w="$w" -v i0="$i0" -v d0="$d0" -v m0="$m0" -v l0="$l0" -v i1="$i1" -v d1="$d1" -v m1="$m1" \
        -v l1="$l1" -v n="$passes" -v o="$objects" 'BEGIN {
            k = n * o
            printf "%-8s %10d %12.0f %10.1f %10.1f %10.3f %10.3f\n", w, o, i1 - i0, (i1 - i0) / k, (d1 - d0) / k,
                (m1 - m0) / k, (l1 - l0) / k
        }'
done
echo "(per object per full collection: run with $warmup+$passes collections minus run with $warmup+0; logs in $out)"
