#!/usr/bin/env bash
# Where the inner loop's time goes, instruction by instruction: runs a script under `perf
# record` with C2's machine code of FastLoop.run printed, puts each sample on the instruction
# of the compilation it fell in, and prints the compilation that took the most samples as
# straight-line regions (a region ends at an unconditional jump), the hottest first, with each
# instruction's samples. A sample lands on the instruction after a slow one (a load that
# missed, a mispredicted jump) as often as on the slow one. Stack accesses ((%rsp)) are C2's
# spills; the region ending in `jmp *` is the dispatch.
#
#   bench/scripts/hot-code.sh [-v] SCRIPT.lua [ARGS...]
#
# Prints the 8 hottest regions (-v: 20, and every instruction of them, not only the sampled
# ones). Needs perf (linux-perf), python3 and objdump; runs the built jar
# (cli/target/panlua-cli.jar), or the one PANLUA_JAR names. Sampling is by CPU clock, so the
# figures are shares of time, not counts of events, and they move with the machine's load.
. "$(dirname "${BASH_SOURCE[0]}")/fastloop-compile.sh"
command -v perf >/dev/null || { echo "hot-code.sh: perf is not installed (apt-get install linux-perf)" >&2; exit 1; }
samples="$(mktemp)"
fastloop_prefix=(perf record -q -F 4000 -o "$samples")
fastloop_compile 10,15p print "$@"
perf script -i "$samples" -F ip >"$samples.ips" 2>/dev/null
trap 'rm -f "$out" "$samples" "$samples.ips"' EXIT
VERBOSE="$verbose" PYTHONPATH="$root/bench/scripts" python3 - "$out" "$samples.ips" <<'PY'
import collections, os, sys
from c2code import compilations

verbose = bool(os.environ.get('VERBOSE'))
ips = collections.Counter(int(x, 16) for x in open(sys.argv[2]).read().split())
total = sum(ips.values())
found = compilations(sys.argv[1])
if not found:
    sys.exit('no C2 compilation of FastLoop.run printed: did the script run long enough?')
share = [(sum(n for ip, n in ips.items() if c.contains(ip)), c) for c in found]
for n, c in share:
    print('%s %6d bytes  %5d samples (%4.1f%% of the process)' % ('%' if c.osr else ' ', len(c.code), n, 100.0 * n / total))
n, c = max(share, key=lambda x: x[0])
if n == 0:
    sys.exit('no samples in the loop')
regions, current = [], []
for a, t in c.instructions():
    current.append((a, t))
    if t.startswith('jmp') or t.startswith('ret'):
        regions.append(current)
        current = []
regions.append(current)
weight = lambda r: sum(ips.get(a, 0) for a, _ in r)
print('\nhottest regions of the compilation with the most samples (offsets in the compiled code):')
for r in sorted(regions, key=weight, reverse=True)[:20 if verbose else 8]:
    w = weight(r)
    stack = sum(1 for _, t in r if '(%rsp)' in t)
    print('\n%5d samples (%4.1f%% of the loop), %x-%x: %d instructions, %d stack accesses'
          % (w, 100.0 * w / n, r[0][0] - c.base, r[-1][0] - c.base, len(r), stack))
    for a, t in r:
        if verbose or ips.get(a, 0):
            print('  %5d  %5x  %s' % (ips.get(a, 0), a - c.base, t))
PY
