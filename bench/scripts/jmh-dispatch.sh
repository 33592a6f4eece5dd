#!/usr/bin/env bash
# JMH on the interpreter's dispatch loop (DispatchBenchmark): ns per loop iteration per kernel.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$root/bin/jdk.sh"
panlua_find_jdk
cd "$root"
[ -f bench/target/benchmarks.jar ] || panlua_mvn -q -DskipTests package -pl bench -am
"$PANLUA_JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED --add-exports java.base/jdk.internal.misc=ALL-UNNAMED -jar bench/target/benchmarks.jar \
  org.panlua.bench.vm.DispatchBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s \
  -jvmArgsAppend "--enable-native-access=ALL-UNNAMED --add-exports java.base/jdk.internal.misc=ALL-UNNAMED -Xss16m" "$@"
