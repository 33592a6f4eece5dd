# Sourced by the scripts that look at C2's compilations of the inner loop (dispatch-spills.sh,
# inline-budget.sh, hot-code.sh): parses [-v] SCRIPT.lua [ARGS...] and runs the script with one
# CompileCommand for FastLoop.run, its output in $out (removed at exit), -v in $verbose. A
# caller may set the array fastloop_prefix to run the JVM under another command (perf record).
#
#   fastloop_compile USAGE_LINES COMPILE_COMMAND "$@"
#
# Runs the built jar (cli/target/panlua-cli.jar), or the one PANLUA_JAR names (another
# build's, to compare).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$root/bin/jdk.sh"
panlua_find_jdk

fastloop_compile() {
  local usage="$1" command="$2"
  shift 2
  verbose=""
  if [ "${1:-}" = "-v" ]; then verbose=1; shift; fi
  [ $# -ge 1 ] || { sed -n "$usage" "$0"; exit 2; }
  local jar="${PANLUA_JAR:-$root/cli/target/panlua-cli.jar}"
  [ -f "$jar" ] || "$root/bin/panlua" -e '' >/dev/null
  out="$(mktemp)"
  trap 'rm -f "$out"' EXIT
  # The launcher's heap flags, without its cache: what is printed is the compilation itself.
  ${fastloop_prefix[@]+"${fastloop_prefix[@]}"} "$PANLUA_JAVA_HOME/bin/java" -Xss16m -XX:+UseSerialGC -Xmn2m -XX:+UnlockDiagnosticVMOptions \
    -XX:CompileCommand=quiet -XX:CompileCommand="$command",org/panlua/core/vm/FastLoop.run \
    -jar "$jar" "$@" >"$out" 2>&1 || true
}
