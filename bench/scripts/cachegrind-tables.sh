#!/usr/bin/env bash
# Simulated D1 misses of table-heavy loops (org.panlua.bench.cache.TableLoop) under cachegrind.
#
#   bench/scripts/cachegrind-tables.sh [WORKLOAD...]
#
# WORKLOAD is one of array strings hashints records nodes32 nodes48 nodes32at16 words8 tvalue16
# (the default: all of these), fillints fillstrings (growth; run them with SIZE=1024 PASSES=2000)
# or colliding healthyboxed healthyinline (hash flooding; run them with SIZE=100000 PASSES=5
# WARMUP=3, they are slow); see TableLoop's javadoc for what each does.
# Environment: FFM (1: FFM accesses instead of the raw ones), PASSES (default 200), SIZE (default 16384), WARMUP (default TableLoop's 100 passes),
# OUT (default bench/target/cachegrind),
# BENCH_CP (default bench/target/benchmarks.jar; build it first with bin/test -DskipTests -pl bench -am).
#
# Cachegrind (valgrind 3.19) cannot start or stop counting from inside a JVM, and JVM start-up,
# class loading and the JIT cost far more than the loop. So each workload runs twice: with
# 0 measured passes (same start-up, same data, same 100 warm-up passes, same JIT work: the
# "empty loop")
# and with PASSES measured passes. The difference between the two runs is the cost of
# PASSES passes of the compiled loop alone; the script prints it per table access.
#
# The cache is the one of the machines this was measured on (AMD EPYC, 32 KiB 8-way L1d per
# core, 64-byte lines), given explicitly so that the figures do not depend on valgrind's
# auto-detection: I1 32 KiB 8-way, D1 32 KiB 8-way, LL 32 MiB 16-way, all with 64-byte lines.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$root/bin/jdk.sh"
panlua_find_jdk || exit 1
java="$PANLUA_JAVA_HOME/bin/java"

passes="${PASSES:-200}"
size="${SIZE:-16384}"
warmup="${WARMUP:-}"
out="${OUT:-$root/bench/target/cachegrind}"
cp="${BENCH_CP:-$root/bench/target/benchmarks.jar}"
workloads=("$@")
[ ${#workloads[@]} -gt 0 ] || workloads=(array strings hashints records nodes32 nodes48 nodes32at16 words8 tvalue16)

command -v valgrind >/dev/null || { echo "valgrind is not installed (apt-get install -y valgrind)" >&2; exit 1; }
mkdir -p "$out"

# Synchronous compilation (-Xbatch): the loop is compiled by C2, with the table access inlined,
# during TableLoop's 100 warm-up passes, deterministically, so both runs do the same JIT work.
# (Not -XX:-TieredCompilation: there Tables.getInteger gets compiled on its own first and is
# then "already compiled into a big method" and called, not inlined.) Serial GC: no GC threads
# (the loop allocates nothing anyway). JIT code is generated at run time, hence --smc-check.
jvm_flags=(-Xbatch -XX:+UseSerialGC -Xms128m -Xmx128m -XX:-UsePerfData --enable-native-access=ALL-UNNAMED)
# The JDK's raw accessors, as in the JMH runs and the launcher (Mem.RAW); FFM=1 measures the
# portable FFM accesses instead (section 4 of hw-notes.md was measured that way).
[ "${FFM:-0}" = 1 ] || jvm_flags+=(--add-exports java.base/jdk.internal.misc=ALL-UNNAMED)
valgrind_flags=(--tool=cachegrind --cache-sim=yes --smc-check=all-non-file
                --I1=32768,8,64 --D1=32768,8,64 --LL=33554432,16,64)

# Prints "Irefs Drefs D1misses LLdmisses" from a cachegrind log.
counts() {
    awk '/I   refs:/ {gsub(",", "", $4); i = $4}
         /D   refs:/ {gsub(",", "", $4); d = $4}
         /D1  misses:/ {gsub(",", "", $4); m = $4}
         /LLd misses:/ {gsub(",", "", $4); l = $4}
         END {print i, d, m, l}' "$1"
}

printf '%-11s %12s %12s %10s %9s %9s %10s %8s %9s\n' workload "dDrefs" "dD1miss" "dLLdmiss" \
    "Irefs/acc" "Drefs/acc" "D1miss/acc" "D1 rate" "whole-run"
for w in "${workloads[@]}"; do
    for p in 0 "$passes"; do
        log="$out/$w.$p.log"
        valgrind "${valgrind_flags[@]}" --cachegrind-out-file="$out/$w.$p.cgout" \
            "$java" "${jvm_flags[@]}" -cp "$cp" org.panlua.bench.cache.TableLoop "$w" "$p" "$size" $warmup \
            >"$out/$w.$p.stdout" 2>"$log"
    done
    read -r i0 d0 m0 l0 < <(counts "$out/$w.0.log")
    read -r i1 d1 m1 l1 < <(counts "$out/$w.$passes.log")
    awk -v w="$w" -v i0="$i0" -v d0="$d0" -v m0="$m0" -v l0="$l0" -v i1="$i1" -v d1="$d1" -v m1="$m1" \
        -v l1="$l1" -v n="$passes" -v s="$size" 'BEGIN {
            di = i1 - i0; dd = d1 - d0; dm = m1 - m0; dl = l1 - l0; acc = n * s
            printf "%-11s %12d %12d %10d %9.2f %9.2f %10.4f %7.2f%% %8.2f%%\n", w, dd, dm, dl,
                di / acc, dd / acc, dm / acc, 100 * dm / dd, 100 * m1 / d1
        }'
done
echo "(d = run with $passes passes minus run with 0 passes; acc = $passes x $size table accesses;"
echo " whole-run = D1 miss rate of the whole $passes-pass run, JVM included; logs in $out)"
