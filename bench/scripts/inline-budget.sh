#!/usr/bin/env bash
# What each C2 compilation of the inner loop (FastLoop.run) inlined, and whether it ran out of
# C2's inlining budget: C2 counts the loop's own bytecode and everything inlined into it against
# one limit (DesiredMethodLimit, 8000 bytes) and, past it, inlines nothing more at the loop's
# own call sites. It parses the loop's cases from the highest opcode down, so the first to lose
# are MOVE, LOADK, GETUPVAL, GETFIELD (hw-notes.md section 7, "The inlining budget").
#
#   bench/scripts/inline-budget.sh [-v] SCRIPT.lua [ARGS...]
#
# Prints one line per C2 compilation: the bytes inlined and how many of the loop's own call
# sites failed with "size > DesiredMethodLimit" (0 is the aim). -v also lists, per call site
# of the loop, the bytes its inlining took. Runs the built jar (cli/target/panlua-cli.jar), or
# the one PANLUA_JAR names.
. "$(dirname "${BASH_SOURCE[0]}")/fastloop-compile.sh"
fastloop_compile 2,13p PrintInlining "$@"
VERBOSE="$verbose" python3 - "$out" <<'EOF'
import os, re, sys

# PrintInlining writes one line per call site, indented by depth, each compilation's sites in
# one block, roughly in bytecode order: a new block starts where the loop's own sites go back
# to its start (by more than the jumps within one). C1's compilations, which inline far less
# and never say "DesiredMethodLimit" or "(hot)", are left out.
# (The depth is where the '@' stands: flags such as '!' may come before it.)
site = re.compile(r'^[\s!%sbn]*@ (\d+)\s+(\S+) \((\d+) bytes\)\s+(.*)$')
rows = [(l.index('@'), m) for l in open(sys.argv[1]).read().split('\n') for m in [site.match(l)] if m]
if not rows:
    sys.exit('no inlining printed: did the script run long enough for C2 to compile the loop?')
depth = min(d for d, _ in rows)
compiles, current, last = [], None, None
for d, m in rows:
    own = d == depth
    bci, name, size, verdict = int(m.group(1)), m.group(2), int(m.group(3)), m.group(4)
    if own and (current is None or bci < last - 600):
        current = {'sites': [], 'failed': 0, 'c2': False}
        compiles.append(current)
    if own:
        last = bci
        current['sites'].append([bci, name.split('::')[-1], 0, verdict])
        if 'DesiredMethodLimit' in verdict:
            current['failed'] += 1
    if current is None:
        continue
    if 'DesiredMethodLimit' in verdict or 'hot method too big' in verdict or '(hot)' in verdict:
        current['c2'] = True
    if verdict.startswith('inline') and current['sites']:
        current['sites'][-1][2] += size
for c in compiles:
    if not c['c2']:
        continue
    print('inlined %5d bytes, %2d of the loop\'s %2d call sites over the budget'
          % (sum(s[2] for s in c['sites']), c['failed'], len(c['sites'])))
    if os.environ.get('VERBOSE'):
        for bci, name, size, verdict in c['sites']:
            print('    @%-5d %-20s %5d  %s' % (bci, name, size, verdict))
EOF
